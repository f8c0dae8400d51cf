// Book the church's Freedom Sunday; public events show on the public page, so its cache is dropped.
import { registerEvent } from "@/lib/data/church-events";
import { tags } from "@/lib/cache";
import { jsonRoute } from "@/lib/http";
import { eventSchema } from "@/lib/validation/churches";
import { parseId } from "@/lib/validation/ids";

export const POST = jsonRoute<typeof eventSchema, { id: string }>({
  schema: eventSchema,
  // Service times go into the public calendar file of a public event.
  publicText: (input) => [{ where: "Service times", text: input.serviceTimes }],
  successStatus: 201,
  invalidates: () => [tags.hosts],
  run: (input, { actor, params, safetyConfirmed }) =>
    registerEvent(actor, parseId(params.id) ?? 0, input, { safetyConfirmed }),
});
