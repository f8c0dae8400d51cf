// The calendar file (iCalendar, RFC 5545) for a church's Freedom Sunday, from ical-generator: one
// VEVENT in the church's time zone with its VTIMEZONE, or an all-day event when no time is given.
// Its own words (name, summary, "Services:") are in the language of the person downloading it.
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod } from "ical-generator";
import type { Locale } from "@/i18n/locales";
import { emailTranslator } from "./email-i18n";
import { parseServiceTimes } from "./service-times";

export interface CalendarEvent {
  id: number;
  churchName: string;
  city: string;
  country: string;
  date: string;
  serviceTimes: string;
  timeZone: string;
  notes: string;
}

export function serviceCalendar(event: CalendarEvent, url: string, locale: Locale = "en"): string {
  const t = emailTranslator(locale);
  const calendar = ical({
    name: t("calendar.name", { church: event.churchName }),
    prodId: "//Intercede//Freedom Sunday//EN",
  });
  calendar.method(ICalCalendarMethod.PUBLISH);
  // ical-generator writes a Date's UTC fields after the TZID, so these Dates carry the church's
  // wall-clock times: the first service's start to 90 minutes after the last one starts.
  const times = parseServiceTimes(event.serviceTimes);
  const midnight = Date.parse(`${event.date}T00:00:00Z`);
  const window =
    times.length === 0
      ? null
      : {
          start: new Date(midnight + Math.min(...times) * 60_000),
          end: new Date(midnight + (Math.max(...times) + 90) * 60_000),
        };
  const base = {
    id: `freedom-sunday-${event.id}@intercede`,
    summary: t("calendar.summary", { church: event.churchName }),
    location: `${event.churchName}, ${event.city}, ${event.country}`,
    description: [
      event.serviceTimes ? t("calendar.services", { times: event.serviceTimes }) : "",
      event.notes,
      url,
    ]
      .filter(Boolean)
      .join("\n"),
    url,
  };
  if (window) {
    // UTC needs no VTIMEZONE: its times are written with a Z.
    if (event.timeZone !== "UTC")
      calendar.timezone({ name: event.timeZone, generator: getVtimezoneComponent });
    calendar.createEvent({
      ...base,
      start: window.start,
      end: window.end,
      timezone: event.timeZone === "UTC" ? null : event.timeZone,
    });
  } else {
    calendar.createEvent({ ...base, start: new Date(`${event.date}T00:00:00Z`), allDay: true });
  }
  return calendar.toString();
}
