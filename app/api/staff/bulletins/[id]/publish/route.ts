// Publish a bulletin now or at a chosen time; refused (409, with the flags) while the safety check
// finds something in its stored text that staff have not confirmed. A bulletin scheduled for later
// gets a publish-scheduled job at that moment (lib/jobs), which tells the cache.
import { getBulletinForEdit, publishBulletin } from "@/lib/data/staff";
import { tags } from "@/lib/cache";
import { bulletinRequestIds } from "@/lib/data/bulletins";
import { jsonRoute } from "@/lib/http";
import { enqueue } from "@/lib/jobs";
import { bulletinTexts } from "@/lib/safety/check";
import { appTimeZone, parseLocalDateTime } from "@/lib/time";
import { publishSchema } from "@/lib/validation/bulletins";
import { parseId } from "@/lib/validation/ids";

export const POST = jsonRoute<typeof publishSchema, { id: string }>({
  schema: publishSchema,
  // The text as stored; read only for staff (anyone else gets nothing to check, then 401/403).
  publicText: async (_input, { actor, params }) => {
    const found = await getBulletinForEdit(actor, parseId(params.id) ?? 0);
    return found.ok ? bulletinTexts(found.bulletin) : [];
  },
  // The bulletin's page, the lists, and the pages of the requests it carries.
  invalidates: async (_input, _result, { params }) => {
    const id = parseId(params.id) ?? 0;
    const requestIds = await bulletinRequestIds(id);
    return [tags.bulletin(id), tags.bulletins, tags.requests, ...requestIds.map(tags.request)];
  },
  async run(input, { actor, params, safetyConfirmed }) {
    const bulletinId = parseId(params.id) ?? 0;
    const result = await publishBulletin(actor, bulletinId, {
      // Staff write the time in their own time zone (the form names it).
      at: input.at ? parseLocalDateTime(input.at, actor?.timeZone ?? appTimeZone()) : null,
      safetyConfirmed,
    });
    if (result.ok && result.status === "scheduled") {
      try {
        // One job per bulletin and moment: scheduling it again for the same time queues nothing.
        await enqueue(
          "publish-scheduled",
          { bulletinId },
          {
            runAt: result.publishAt,
            singletonKey: `${bulletinId}@${result.publishAt.toISOString()}`,
          },
        );
      } catch (error) {
        console.error(`[jobs] bulletin ${bulletinId}'s publish job was not queued:`, error);
      }
    }
    return result;
  },
});
