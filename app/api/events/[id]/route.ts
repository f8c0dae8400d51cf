// Edit a Freedom Sunday plan: only the fields sent change (date, times, attendance, listing, notes, status).
import { updateEvent } from "@/lib/data/churches";
import { jsonRoute } from "@/lib/http";
import { eventUpdateSchema } from "@/lib/validation/churches";
import { parseId } from "@/lib/validation/ids";

export const PATCH = jsonRoute<typeof eventUpdateSchema, { id: string }>({
  schema: eventUpdateSchema,
  revalidatesPublicPages: true,
  run: (input, { actor, params }) => updateEvent(actor, parseId(params.id) ?? 0, input),
});
