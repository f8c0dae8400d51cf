// The calendar file for a church's Freedom Sunday, served at /freedom-sunday/<id>.ics (a rewrite in
// next.config.ts). Public events for anyone; private ones for the church's members.
import { currentActor } from "@/lib/auth/session";
import { serviceCalendar } from "@/lib/calendar";
import { getEventForCalendar } from "@/lib/data/churches";
import { siteUrl } from "@/lib/site";
import { parseId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const id = parseId((await params).eventId);
  const found = id === null ? null : await getEventForCalendar(await currentActor(), id);
  if (!found || !found.ok) {
    const status = found && !found.ok ? found.status : 404;
    return new Response(status === 404 ? "No such event." : "Not allowed.", { status });
  }
  const { event } = found;
  return new Response(serviceCalendar(event, `${siteUrl()}/freedom-sunday/${event.id}`), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="freedom-sunday-${event.id}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
