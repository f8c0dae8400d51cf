// When a recurring job comes due: a weekday and a wall-clock time in the organisation's time zone
// ("MON 07:00" in APP_TIME_ZONE), every hour, or every few minutes; and the latest such moment at
// or before now. Pure: the queue
// decides what to do with a moment (enqueue it once), this file only finds it.
import { calendarDay, parseLocalDateTime } from "@/lib/time";

export interface WeeklySchedule {
  /** 0 = Sunday … 6 = Saturday, as Date#getUTCDay counts. */
  weekday: number;
  hour: number;
  minute: number;
  /** An IANA time zone, e.g. Europe/London. */
  timeZone: string;
}

/**
 * Every hour at `minute` past (UTC hours): for a job that looks each hour for what has come due in
 * people's own time zones (the weekly digest, at each member's local time).
 */
export interface HourlySchedule {
  every: "hour";
  minute: number;
  timeZone: "UTC";
}

/**
 * Every `everyMinutes` minutes, on the minutes that divide the hour (every 5: :00, :05, … UTC): for
 * a job that must find things due within minutes in people's own time zones (prayer reminders).
 */
export interface MinutesSchedule {
  everyMinutes: 1 | 2 | 3 | 5 | 10 | 15 | 20 | 30;
  timeZone: "UTC";
}

export type JobSchedule = WeeklySchedule | HourlySchedule | MinutesSchedule;

function isHourly(schedule: JobSchedule): schedule is HourlySchedule {
  return "every" in schedule;
}

function isMinutes(schedule: JobSchedule): schedule is MinutesSchedule {
  return "everyMinutes" in schedule;
}

const WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] as const;
const FULL_DAYS = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"];

export const WEEKLY_SCHEDULE_HINT =
  'a weekday and a 24-hour time such as "MON 07:00" (in APP_TIME_ZONE), or "off"';

/**
 * Reads "MON 07:00" (three letters or the full day name, any case; H:MM or HH:MM) as a moment of
 * each week in `timeZone`. Null when it is not in that shape or names no real time.
 */
export function parseWeeklySchedule(text: string, timeZone: string): WeeklySchedule | null {
  const match = /^\s*([a-z]+)\s+(\d{1,2}):(\d{2})\s*$/i.exec(text);
  if (!match) return null;
  const [, day = "", hh = "", mm = ""] = match;
  const name = day.toUpperCase();
  const weekday = WEEKDAYS.findIndex((short, i) => name === short || name === FULL_DAYS[i]);
  const hour = Number(hh);
  const minute = Number(mm);
  if (weekday < 0 || hour > 23 || minute > 59) return null;
  return { weekday, hour, minute, timeZone };
}

/** The same schedule as a cron expression ("0 7 * * 1"), as job_schedules records it. */
export function cronOf(schedule: JobSchedule): string {
  if (isMinutes(schedule)) return `*/${schedule.everyMinutes} * * * *`;
  if (isHourly(schedule)) return `${schedule.minute} * * * *`;
  return `${schedule.minute} ${schedule.hour} * * ${schedule.weekday}`;
}

/** "MON 07:00 Europe/London", for logs and reports. */
export function describeSchedule(schedule: JobSchedule): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (isMinutes(schedule)) return `every ${schedule.everyMinutes} minutes`;
  if (isHourly(schedule)) return `every hour at :${pad(schedule.minute)}`;
  return `${WEEKDAYS[schedule.weekday]} ${pad(schedule.hour)}:${pad(schedule.minute)} ${schedule.timeZone}`;
}

function addDays(day: string, days: number): string {
  const noon = new Date(`${day}T12:00:00Z`);
  return new Date(noon.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function occurrenceOn(day: string, schedule: WeeklySchedule): Date {
  const pad = (n: number) => String(n).padStart(2, "0");
  const at = parseLocalDateTime(
    `${day}T${pad(schedule.hour)}:${pad(schedule.minute)}`,
    schedule.timeZone,
  );
  if (!at) throw new Error(`No moment ${day} ${describeSchedule(schedule)}`);
  return at;
}

/**
 * The latest moment at or before `now` that the schedule names, in its time zone: the week's
 * weekday at that wall-clock time (daylight-saving changes move the instant, not the wall clock).
 */
export function latestOccurrence(schedule: JobSchedule, now: Date): Date {
  if (isMinutes(schedule)) {
    const step = schedule.everyMinutes * 60_000;
    return new Date(Math.floor(now.getTime() / step) * step);
  }
  if (isHourly(schedule)) {
    const hour = Math.floor(now.getTime() / 3_600_000) * 3_600_000 + schedule.minute * 60_000;
    return new Date(hour <= now.getTime() ? hour : hour - 3_600_000);
  }
  const today = calendarDay(now, schedule.timeZone);
  const todayWeekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  const back = (todayWeekday - schedule.weekday + 7) % 7;
  const candidate = occurrenceOn(addDays(today, -back), schedule);
  return candidate.getTime() <= now.getTime()
    ? candidate
    : occurrenceOn(addDays(today, -back - 7), schedule);
}
