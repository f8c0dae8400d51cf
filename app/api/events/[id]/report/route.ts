// After the service: attendance and commitments; the event becomes "held".
import { reportEvent } from "@/lib/data/church-events";
import { tags } from "@/lib/cache";
import { jsonRoute } from "@/lib/http";
import { reportSchema } from "@/lib/validation/churches";
import { parseId } from "@/lib/validation/ids";

export const POST = jsonRoute<typeof reportSchema, { id: string }>({
  schema: reportSchema,
  // The report is read by the church's members only.
  publicText: false,
  invalidates: () => [tags.hosts],
  run: (input, { actor, params }) => reportEvent(actor, parseId(params.id) ?? 0, input),
});
