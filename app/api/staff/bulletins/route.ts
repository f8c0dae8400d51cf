// Staff create a bulletin (a draft) from the editor or the import page.
import { saveBulletin } from "@/lib/data/staff";
import { jsonRoute } from "@/lib/http";
import { bulletinSchema } from "@/lib/validation/bulletins";

export const POST = jsonRoute({
  schema: bulletinSchema,
  successStatus: 201,
  run: (input, { actor }) => saveBulletin(actor, null, input),
});
