// Publish a bulletin now or at a chosen time; refused (409, with the flags) while the safety check
// finds something staff have not confirmed.
import { publishBulletin } from "@/lib/data/staff";
import { jsonRoute } from "@/lib/http";
import { parseLocalDateTime } from "@/lib/time";
import { publishSchema } from "@/lib/validation/bulletins";
import { parseId } from "@/lib/validation/ids";

export const POST = jsonRoute<typeof publishSchema, { id: string }>({
  schema: publishSchema,
  revalidatesPublicPages: true,
  run: (input, { actor, params }) =>
    publishBulletin(actor, parseId(params.id) ?? 0, {
      at: input.at ? parseLocalDateTime(input.at) : null,
      confirmSafety: input.confirmSafety,
    }),
});
