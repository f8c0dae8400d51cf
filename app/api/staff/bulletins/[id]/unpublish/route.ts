// Take a bulletin back to draft.
import { z } from "@/lib/validation/zod";
import { unpublishBulletin } from "@/lib/data/staff";
import { tags } from "@/lib/cache";
import { bulletinRequestIds } from "@/lib/data/bulletins";
import { jsonRoute } from "@/lib/http";
import { parseId } from "@/lib/validation/ids";

const schema = z.object({});

export const POST = jsonRoute<typeof schema, { id: string }>({
  schema,
  publicText: false,
  // The bulletin's page, the lists, and the pages of the requests it carries.
  invalidates: async (_input, _result, { params }) => {
    const id = parseId(params.id) ?? 0;
    const requestIds = await bulletinRequestIds(id);
    return [tags.bulletin(id), tags.bulletins, tags.requests, ...requestIds.map(tags.request)];
  },
  run: (_input, { actor, params }) => unpublishBulletin(actor, parseId(params.id) ?? 0),
});
