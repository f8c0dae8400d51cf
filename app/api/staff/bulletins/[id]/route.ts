// Staff save a bulletin: its fields and its items, in order, in one transaction.
import { saveBulletin } from "@/lib/data/staff";
import { jsonRoute } from "@/lib/http";
import { bulletinSchema } from "@/lib/validation/bulletins";
import { parseId } from "@/lib/validation/ids";

export const PUT = jsonRoute<typeof bulletinSchema, { id: string }>({
  schema: bulletinSchema,
  revalidatesPublicPages: true,
  // An id that is not a number reaches the data layer as 0: permission first, then "no such bulletin".
  run: (input, { actor, params }) => saveBulletin(actor, parseId(params.id) ?? 0, input),
});
