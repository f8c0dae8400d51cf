// Service times as leaders type them ("9:00 and 11:00", "10.30am", "6 pm") turned into the span of the
// day the services cover, for the calendar file.
import { parseLocalDateTime } from "./time";

const TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/gi;

/** Minutes after midnight of each time found, in order. */
export function parseServiceTimes(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(TIME)) {
    let hour = Number(match[1]);
    const minute = Number(match[2] ?? 0);
    const half = match[3]?.toLowerCase().replace(/\./g, "");
    if (!match[2] && !half) continue; // a bare number ("2 services") is not a time
    if (half === "pm" && hour < 12) hour += 12;
    if (half === "am" && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) continue;
    found.push(hour * 60 + minute);
  }
  return found;
}

/**
 * From the first service's start to 90 minutes after the last one starts, as instants: the wall-clock
 * times are read in the church's `timeZone`. Null when no time can be read (the event is all-day).
 */
export function serviceWindow(
  date: string,
  serviceTimes: string,
  timeZone: string,
): { start: Date; end: Date } | null {
  const times = parseServiceTimes(serviceTimes);
  if (times.length === 0) return null;
  const clock = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  const start = parseLocalDateTime(`${date}T${clock(Math.min(...times))}`, timeZone);
  if (!start) return null;
  const lastStart = parseLocalDateTime(`${date}T${clock(Math.max(...times))}`, timeZone) ?? start;
  return { start, end: new Date(lastStart.getTime() + 90 * 60_000) };
}
