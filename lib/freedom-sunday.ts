// Freedom Sunday rules with no database: the default checklist, which dates a service may take,
// how its status moves, and signed invite links. Safe to import in the browser (Web Crypto only).
import { appTimeZone, calendarDay, formatDate, intlLocales, type AppLocale } from "@/lib/time";

const DAY_MS = 86_400_000;

export type EventStatus = "planning" | "confirmed" | "held";
export const EVENT_STATUSES = ["planning", "confirmed", "held"] as const;

/** The most people a church may expect or report (anything larger is a typo). */
export const MAX_ATTENDANCE = 100_000;
/** How many requests one service may feature. */
export const MAX_FEATURED_REQUESTS = 12;
/** Invite links last this many days unless the leader chooses otherwise (1..MAX_INVITE_DAYS). */
export const DEFAULT_INVITE_DAYS = 14;
export const MAX_INVITE_DAYS = 60;

export interface TaskTemplate {
  title: string;
  /** Days from the service to the task's due date: negative before it, positive after. */
  offsetDays: number;
}

/** The checklist every new Freedom Sunday starts with, in the order it is shown. */
/**
 * The checklist template's tasks by key, for showing a plan's stored English titles in the reader's
 * language (a title a leader changed, or any other, shows as stored).
 */
export const DEFAULT_TASK_KEYS: Readonly<Record<string, string>> = {
  "Pick the date and put it in the church calendar": "pickDate",
  "Plan the sermon": "planSermon",
  "Plan the prayer time": "planPrayer",
  "Recruit volunteers for the service": "recruitVolunteers",
  "Prepare the prayer guide": "prepareGuide",
  "Promote Freedom Sunday to the congregation": "promote",
  "Hold the Freedom Sunday service": "holdService",
  "Report back: attendance and commitments": "reportBack",
};

export const DEFAULT_TASKS: readonly TaskTemplate[] = [
  { title: "Pick the date and put it in the church calendar", offsetDays: -42 },
  { title: "Plan the sermon", offsetDays: -28 },
  { title: "Plan the prayer time", offsetDays: -21 },
  { title: "Recruit volunteers for the service", offsetDays: -21 },
  { title: "Prepare the prayer guide", offsetDays: -14 },
  { title: "Promote Freedom Sunday to the congregation", offsetDays: -7 },
  { title: "Hold the Freedom Sunday service", offsetDays: 0 },
  { title: "Report back: attendance and commitments", offsetDays: 7 },
];

/** Whether `value` is a real calendar date written YYYY-MM-DD (no 30 February). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const at = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}

/** The day (YYYY-MM-DD) `days` days after `day` (negative: before), in plain calendar arithmetic. */
export function addDays(day: string, days: number): string {
  return new Date(new Date(`${day}T12:00:00Z`).getTime() + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (new Date(`${to}T12:00:00Z`).getTime() - new Date(`${from}T12:00:00Z`).getTime()) / DAY_MS,
  );
}

const WEEKDAYS = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/** The weekday of a calendar date: a date names the same weekday in every time zone. */
export function weekdayOf(day: string): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()]!;
}

export function isSunday(day: string): boolean {
  return isIsoDate(day) && weekdayOf(day) === "Sunday";
}

/** "25 November 2026" for a YYYY-MM-DD date, in the reader's language. */
export function formatDay(day: string, locale: AppLocale = "en"): string {
  return formatDate(new Date(`${day}T12:00:00Z`), locale);
}

/** Why `day` cannot be a Freedom Sunday regardless of today (format, weekday), or null. */
export function sundayError(day: string): string | null {
  if (!isIsoDate(day)) return "Give the date as YYYY-MM-DD, like 2026-11-29.";
  const weekday = weekdayOf(day);
  return weekday === "Sunday"
    ? null
    : `Freedom Sunday is on a Sunday: ${formatDay(day)} is a ${weekday}.`;
}

/**
 * Why `day` cannot be booked as a Freedom Sunday at `now`, or null: it must be a Sunday and today
 * or later on the calendar of `timeZone` (the organisation's, by default).
 */
export function serviceDateError(
  day: string,
  now = new Date(),
  timeZone = appTimeZone(),
): string | null {
  return sundayError(day) ?? (day < calendarDay(now, timeZone) ? "That date has passed." : null);
}

/** Whether the service on `day` has begun (its day has come) at `now` in `timeZone`. */
export function serviceDayHasCome(
  day: string,
  now = new Date(),
  timeZone = appTimeZone(),
): boolean {
  return day <= calendarDay(now, timeZone);
}

/** The next Sunday on or after today in `timeZone`: a sensible default for the date field. */
export function nextSunday(now = new Date(), timeZone = appTimeZone()): string {
  const today = calendarDay(now, timeZone);
  return addDays(today, (7 - new Date(`${today}T12:00:00Z`).getUTCDay()) % 7);
}

/** The default checklist for a service on `serviceDate`, with due dates worked out. */
export function defaultTasksFor(
  serviceDate: string,
  /** The church's today (YYYY-MM-DD, in its time zone). */
  today: string,
): { title: string; dueDate: string; position: number }[] {
  // When the Sunday is nearer than the template's first task, every task before the service is
  // squeezed into the days left, in the same order and proportion: none starts out overdue. With a
  // week or less to go they all fall this week (the checklist says so).
  const daysLeft = Math.max(0, daysBetween(today, serviceDate));
  const lead = -Math.min(...DEFAULT_TASKS.map((task) => task.offsetDays));
  const squeeze = daysLeft < lead;
  return DEFAULT_TASKS.map((task, position) => {
    let offset = task.offsetDays;
    if (squeeze && offset < 0)
      offset = daysLeft === 0 ? 0 : Math.min(-1, Math.round((offset * daysLeft) / lead));
    return { title: task.title, dueDate: addDays(serviceDate, offset), position };
  });
}

/** The kinds of thing a due date says on the checklist (a catalogue's keys, e.g. `due.${key}`). */
export type DueLabelKey = "none" | "overdue" | "today" | "thisWeek" | "on";

/**
 * The words of a due label in the reader's language: `date` is the day as formatDay writes it,
 * `weekday` its weekday's name ("Saturday", "sábado").
 */
export type DueLabelWords = (key: DueLabelKey, values: { date: string; weekday: string }) => string;

const englishDueWords: DueLabelWords = (key, { date, weekday }) => {
  switch (key) {
    case "none":
      return "No due date";
    case "overdue":
      return `Overdue: it was due ${date}`;
    case "today":
      return "Due today";
    case "thisWeek":
      return `This week: ${weekday} ${date}`;
    case "on":
      return `Due ${date}`;
  }
};

const weekdayFormats = new Map<AppLocale, Intl.DateTimeFormat>();

/** The name of a date's weekday in the reader's language ("Saturday", "sábado", "samedi"). */
export function weekdayName(day: string, locale: AppLocale = "en"): string {
  if (locale === "en") return weekdayOf(day);
  let format = weekdayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales[locale], { weekday: "long", timeZone: "UTC" });
    weekdayFormats.set(locale, format);
  }
  return format.format(new Date(`${day}T12:00:00Z`));
}

/**
 * How a task's due date reads on the checklist, from the church's today: in English, or in the
 * reader's language when given its `locale` (dates and weekdays) and `words` (the sentences).
 */
export function dueLabel(
  dueDate: string | null,
  today: string,
  done: boolean,
  { locale = "en", words = englishDueWords }: { locale?: AppLocale; words?: DueLabelWords } = {},
): { text: string; overdue: boolean } {
  if (!dueDate) return { text: words("none", { date: "", weekday: "" }), overdue: false };
  const values = { date: formatDay(dueDate, locale), weekday: weekdayName(dueDate, locale) };
  const days = daysBetween(today, dueDate);
  if (days < 0 && !done) return { text: words("overdue", values), overdue: true };
  if (days === 0) return { text: words("today", values), overdue: false };
  if (days > 0 && days < 7) return { text: words("thisWeek", values), overdue: false };
  return { text: words("on", values), overdue: false };
}

/**
 * Why a plan cannot move from status `from` to `to`, or null. Plans go planning → confirmed →
 * held, and a confirmed plan may go back to planning; a held service stays held.
 */
export function statusChangeError(from: EventStatus, to: EventStatus): string | null {
  if (from === to) return null;
  if (from === "planning" && to === "confirmed") return null;
  if (from === "confirmed" && (to === "held" || to === "planning")) return null;
  if (from === "held") return "This Freedom Sunday has been held; its status cannot change.";
  return "Confirm the plan before marking the service as held.";
}

// ---- invite links ----
//
// A token is `<random>.<signature>`: 32 random bytes and an HMAC-SHA256 of them under the server's
// secret, both base64url. A tampered or made-up token fails the signature check before any database
// lookup; the database keeps only a SHA-256 of the whole token, so a leaked table opens no church.

const INVITE_CONTEXT = "intercede:church-invite:";

function base64url(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = "";
  for (const byte of view) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function hmac(secret: string, message: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return base64url(await crypto.subtle.sign("HMAC", key, encoder.encode(INVITE_CONTEXT + message)));
}

/** Compares two strings in time that does not depend on where they differ. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

const TOKEN_SHAPE = /^([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{43})$/;

/** A new invite token signed with `secret`. */
export async function createInviteToken(secret: string): Promise<string> {
  const random = base64url(crypto.getRandomValues(new Uint8Array(32)));
  return `${random}.${await hmac(secret, random)}`;
}

/** Whether `token` was made by createInviteToken with `secret` and is unaltered. */
export async function verifyInviteToken(token: string, secret: string): Promise<boolean> {
  const match = TOKEN_SHAPE.exec(token);
  if (!match) return false;
  return sameText(match[2]!, await hmac(secret, match[1]!));
}

/** What the database keeps of a token: its SHA-256, hex. */
export async function hashInviteToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The page a token's link opens. */
export function invitePath(token: string): string {
  return `/join/${token}`;
}
