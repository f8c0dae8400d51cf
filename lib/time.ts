// Calendar days in the organisation's time zone (APP_TIME_ZONE, default UTC).

export function appTimeZone(): string {
  return process.env.APP_TIME_ZONE || "UTC";
}

/** The calendar day (YYYY-MM-DD) that `at` falls on in `timeZone`. */
export function calendarDay(at: Date, timeZone = appTimeZone()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** A date as people read it, e.g. "25 November 2026". */
export function formatDate(at: Date): string {
  return dateFormat.format(at);
}

/** The Monday (YYYY-MM-DD) that starts the week `at` falls in, in the organisation's time zone. */
export function weekStart(at: Date, timeZone = appTimeZone()): string {
  const day = calendarDay(at, timeZone);
  const noon = new Date(`${day}T12:00:00Z`);
  const sinceMonday = (noon.getUTCDay() + 6) % 7;
  return new Date(noon.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}
