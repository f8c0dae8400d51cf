// Staff create a bulletin (a draft) from the editor or the import page. Its text will be public once
// it is published, so the safety check runs now: a flagged draft is saved only once staff confirm.
import { saveBulletin } from "@/lib/data/staff";
import { tags } from "@/lib/cache";
import { jsonRoute } from "@/lib/http";
import { bulletinTexts } from "@/lib/safety/check";
import { bulletinSchema } from "@/lib/validation/bulletins";

export const POST = jsonRoute({
  schema: bulletinSchema,
  publicText: (input) => bulletinTexts(input),
  successStatus: 201,
  // A new draft shows nowhere yet, but an edit to a request it carries shows wherever that appears.
  invalidates: (input) => [
    tags.requests,
    ...input.items.flatMap((item) => (item.requestId ? [tags.request(item.requestId)] : [])),
  ],
  run: (input, { actor, safetyConfirmed }) => saveBulletin(actor, null, input, safetyConfirmed),
});
