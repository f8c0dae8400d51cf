// The signed-in person changes their name (seen by their church's leaders, never in public).
import { renameAccount } from "@/lib/data/account";
import { jsonRoute } from "@/lib/http";
import { renameSchema } from "@/lib/validation/account";

export const PATCH = jsonRoute({
  schema: renameSchema,
  publicText: false,
  run: (input, { actor }) => renameAccount(actor, input.name),
});
