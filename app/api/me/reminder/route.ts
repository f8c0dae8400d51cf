// The signed-in person's own prayer reminder: read it, set days and a time (on their own clock) and
// how (notification, e-mail), or stop every reminder with one click. Nothing here is made public.
import { z } from "@/lib/validation/zod";
import { actorFromRequest } from "@/lib/auth/request-actor";
import { getReminder, setReminder, stopReminders } from "@/lib/data/reminders";
import { jsonRoute } from "@/lib/http";
import { reminderSchema } from "@/lib/validation/reminders";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const result = await getReminder(await actorFromRequest(request));
  const headers = { "Cache-Control": "private, no-store" };
  if (!result.ok)
    return Response.json({ ok: false, error: result.error }, { status: result.status, headers });
  return Response.json({ ok: true, reminder: result.reminder }, { headers });
}

export const PUT = jsonRoute({
  schema: reminderSchema,
  publicText: false,
  run: (input, { actor }) => setReminder(actor, input),
});

export const DELETE = jsonRoute({
  schema: z.object({}),
  publicText: false,
  run: (_input, { actor }) => stopReminders(actor),
});
