// The calendar file for a church's Freedom Sunday (served at /freedom-sunday/<id>.ics): a VEVENT in
// the church's time zone, with its VTIMEZONE, from ical-generator.
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod } from "ical-generator";
import { currentActor } from "@/lib/auth/session";
import { getEventForCalendar } from "@/lib/data/churches";
import { siteUrl } from "@/lib/site";
import { serviceWindow } from "@/lib/service-times";
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
  const calendar = ical({
    name: `Freedom Sunday · ${event.churchName}`,
    prodId: "//Intercede//Freedom Sunday//EN",
  });
  calendar.method(ICalCalendarMethod.PUBLISH);
  const window = serviceWindow(event.date, event.serviceTimes, event.timeZone);
  const url = `${siteUrl()}/freedom-sunday/${event.id}`;
  const base = {
    id: `freedom-sunday-${event.id}@intercede`,
    summary: `Freedom Sunday at ${event.churchName}`,
    location: `${event.churchName}, ${event.city}, ${event.country}`,
    description: `${event.serviceTimes ? `Services: ${event.serviceTimes}\n` : ""}${event.notes ? `${event.notes}\n` : ""}${url}`,
    url,
  };
  if (window) {
    calendar.timezone({ name: event.timeZone, generator: getVtimezoneComponent });
    calendar.createEvent({
      ...base,
      start: window.start,
      end: window.end,
      timezone: event.timeZone,
    });
  } else {
    calendar.createEvent({ ...base, start: new Date(`${event.date}T00:00:00Z`), allDay: true });
  }
  return new Response(calendar.toString(), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="freedom-sunday-${event.id}.ics"`,
      "Cache-Control": event.isPublic ? "public, max-age=300" : "private, no-store",
    },
  });
}
