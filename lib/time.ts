// Calendar days in the organisation's time zone (APP_TIME_ZONE, default UTC).

export function appTimeZone(): string {
  return process.env.APP_TIME_ZONE || "UTC";
}

// Making an Intl.DateTimeFormat costs far more than using one ("I prayed" asks for a day on every
// click): one per time zone and kind, kept for the life of the process (time zones are few).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

/** The calendar day (YYYY-MM-DD) that `at` falls on in `timeZone`. */
export function calendarDay(at: Date, timeZone = appTimeZone()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return formatter(
    `day:${timeZone}`,
    () =>
      new Intl.DateTimeFormat("en-CA", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      }),
  ).format(at);
}

/** The Intl locale each app language formats dates and numbers with. */
export const intlLocales = { en: "en-GB", es: "es", fr: "fr", pt: "pt-BR" } as const;
export type AppLocale = keyof typeof intlLocales;

/** A date as people read it in their language, e.g. "25 November 2026", "25 de noviembre de 2026". */
export function formatDate(at: Date, locale: AppLocale = "en"): string {
  return formatter(
    `date:${locale}`,
    () =>
      new Intl.DateTimeFormat(intlLocales[locale], {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }),
  ).format(at);
}

/** The Monday (YYYY-MM-DD) that starts the week `at` falls in, in the organisation's time zone. */
export function weekStart(at: Date, timeZone = appTimeZone()): string {
  const day = calendarDay(at, timeZone);
  const noon = new Date(`${day}T12:00:00Z`);
  const sinceMonday = (noon.getUTCDay() + 6) % 7;
  return new Date(noon.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** Minutes `timeZone` is ahead of UTC at the instant `at`. */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = formatter(
    `wall:${timeZone}`,
    () =>
      new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      }),
  ).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time ("2026-12-06T09:00", as a datetime-local field gives it) names in
 * `timeZone`; a time with its own offset or Z is taken as is. Null when the date does not exist
 * (30 February) or is not in that shape.
 */
export function parseLocalDateTime(value: string, timeZone = appTimeZone()): Date | null {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,3})?(Z|[+-]\d{2}:\d{2})?$/.exec(
      value,
    );
  if (!match) return null;
  const [, y, mo, d, h, mi, s, zone] = match;
  const wall = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s ?? 0),
  );
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== Number(y) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    Number(h) > 23 ||
    Number(mi) > 59
  )
    return null;
  if (zone) {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : new Date(parsed);
  }
  // Two passes settle the offset across a daylight-saving change.
  let guess = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  guess = wall - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** The datetime-local value ("YYYY-MM-DDTHH:MM") for an instant, in `timeZone`. */
export function toLocalDateTime(at: Date, timeZone = appTimeZone()): string {
  const local = new Date(at.getTime() + offsetMinutes(at, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The canonical name of an IANA time zone this runtime knows ("africa/nairobi" → "Africa/Nairobi"), or null. */
export function canonicalTimeZone(zone: string): string | null {
  if (zone.length === 0 || zone.length > 64) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Every IANA time zone, for a picker: UTC first, then by name. */
export function timeZoneNames(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
}

/**
 * The words of a zone label in the reader's language, from the city and the offset ("+3",
 * "−4:30"): e.g. `(values) => t("zone", values)` with "{city} time (UTC{offset})".
 */
export type ZoneLabelWords = (values: { city: string; offset: string }) => string;

const englishZoneWords: ZoneLabelWords = ({ city, offset }) => `${city} time (UTC${offset})`;

/** A zone as people read it: "Nairobi time (UTC+3)", "UTC"; `words` puts it in another language. */
export function zoneLabel(
  zone: string,
  at = new Date(),
  words: ZoneLabelWords = englishZoneWords,
): string {
  if (zone === "UTC" || zone === "Etc/UTC") return "UTC";
  const city = (zone.split("/").pop() ?? zone).replace(/_/g, " ");
  const offset = offsetMinutes(at, zone);
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  const sign = offset < 0 ? "−" : "+";
  return words({
    city,
    offset: `${sign}${hours}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""}`,
  });
}

/** The time zone this browser is set to, when it names one this runtime knows. */
export function browserTimeZone(): string | null {
  if (typeof Intl === "undefined") return null;
  return canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone ?? "");
}
