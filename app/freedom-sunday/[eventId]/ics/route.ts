// The calendar file for a church's Freedom Sunday, served at /freedom-sunday/<id>.ics (a rewrite in
// next.config.ts). Public events for anyone; private ones for the church's members. Its words are
// in the language of the person downloading it (?lang=, else their NEXT_LOCALE cookie).
import { currentActor } from "@/lib/auth/session";
import { serviceCalendar } from "@/lib/calendar";
import { getEventForCalendar } from "@/lib/data/churches";
import { emailTranslator, localePath, requestLocale } from "@/lib/email-i18n";
import { siteUrl } from "@/lib/site";
import { parseId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const locale = requestLocale(request);
  const id = parseId((await params).eventId);
  const found = id === null ? null : await getEventForCalendar(await currentActor(), id);
  if (!found || !found.ok) {
    const status = found && !found.ok ? found.status : 404;
    const t = emailTranslator(locale);
    return new Response(t(status === 404 ? "calendar.notFound" : "calendar.notAllowed"), {
      status,
    });
  }
  const { event } = found;
  const url = `${siteUrl()}${localePath(locale, `/freedom-sunday/${event.id}`)}`;
  return new Response(serviceCalendar(event, url, locale), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="freedom-sunday-${event.id}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
