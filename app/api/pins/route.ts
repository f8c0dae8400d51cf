// Pin a request to your own "My list", or take it off.
import { setPinned } from "@/lib/data/prayers";
import { jsonRoute } from "@/lib/http";
import { pinSchema } from "@/lib/validation/prayers";

export const PUT = jsonRoute({
  schema: pinSchema,
  publicText: false,
  run: (input, { actor }) => setPinned(actor, input.requestId, input.pinned),
});
