// Edit a Freedom Sunday plan: only the fields sent change (date, times, attendance, listing, notes, status).
import { updateEvent } from "@/lib/data/church-events";
import { tags } from "@/lib/cache";
import { jsonRoute } from "@/lib/http";
import { eventUpdateSchema } from "@/lib/validation/churches";
import { parseId } from "@/lib/validation/ids";

export const PATCH = jsonRoute<typeof eventUpdateSchema, { id: string }>({
  schema: eventUpdateSchema,
  // Service times go into the public calendar file of a public event.
  publicText: (input) =>
    input.serviceTimes ? [{ where: "Service times", text: input.serviceTimes }] : [],
  invalidates: () => [tags.hosts],
  run: (input, { actor, params, safetyConfirmed }) =>
    updateEvent(actor, parseId(params.id) ?? 0, input, { safetyConfirmed }),
});
