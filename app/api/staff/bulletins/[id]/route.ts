// Staff save a bulletin: its fields and its items, in order, in one transaction. The safety check
// runs on its text whether it is a draft (public once published) or already public.
import { saveBulletin } from "@/lib/data/staff";
import { tags } from "@/lib/cache";
import { jsonRoute } from "@/lib/http";
import { bulletinTexts } from "@/lib/safety/check";
import { bulletinSchema } from "@/lib/validation/bulletins";
import { parseId } from "@/lib/validation/ids";

export const PUT = jsonRoute<typeof bulletinSchema, { id: string }>({
  schema: bulletinSchema,
  publicText: (input) => bulletinTexts(input),
  // The bulletin's page, the lists, and every page showing a request it carries (an edit to a
  // carried request shows wherever it appears).
  invalidates: (input, _result, { params }) => [
    tags.bulletin(parseId(params.id) ?? 0),
    tags.bulletins,
    tags.requests,
    ...input.items.flatMap((item) => (item.requestId ? [tags.request(item.requestId)] : [])),
  ],
  // An id that is not a number reaches the data layer as 0: permission first, then "no such bulletin".
  run: (input, { actor, params, safetyConfirmed }) =>
    saveBulletin(actor, parseId(params.id) ?? 0, input, safetyConfirmed),
});
