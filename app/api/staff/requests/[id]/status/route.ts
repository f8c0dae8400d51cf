// Archive a request, or bring it back.
import { setRequestArchived } from "@/lib/data/staff";
import { jsonRoute } from "@/lib/http";
import { requestStatusSchema } from "@/lib/validation/bulletins";
import { parseId } from "@/lib/validation/ids";

export const PUT = jsonRoute<typeof requestStatusSchema, { id: string }>({
  schema: requestStatusSchema,
  publicText: false,
  revalidatesPublicPages: true,
  run: (input, { actor, params }) =>
    setRequestArchived(actor, parseId(params.id) ?? 0, input.status === "archived"),
});
