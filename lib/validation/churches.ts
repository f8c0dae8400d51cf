// Church and Freedom Sunday inputs: one set of rules for the forms, the route handlers and the data
// layer (which parses again, so a server action that skips the route still gets clear 422s).
import { z } from "@/lib/validation/zod";
import { timeZoneField, timeZoneSchema } from "./time-zone";
import {
  DEFAULT_INVITE_DAYS,
  EVENT_STATUSES,
  MAX_ATTENDANCE,
  MAX_FEATURED_REQUESTS,
  MAX_INVITE_DAYS,
  isIsoDate,
  sundayError,
} from "@/lib/freedom-sunday";

const text = (label: string, max: number) =>
  z
    .string(`${label} is missing`)
    .trim()
    .min(1, `${label} is empty`)
    .max(max, `${label} is too long (at most ${max.toLocaleString("en")} characters)`);

const optionalText = (label: string, max: number) =>
  z
    .string(`${label} must be text`)
    .trim()
    .max(max, `${label} is too long (at most ${max.toLocaleString("en")} characters)`);

/** Form values arrive as strings: "" means "not given". */
const blankToNull = (value: unknown) =>
  value === "" || value === undefined || value === null ? null : value;

/** A whole number of people, 0..MAX_ATTENDANCE. */
const people = (label: string) =>
  z.coerce
    .number(`${label} must be a number`)
    .int(`${label} must be a whole number`)
    .min(0, `${label} cannot be negative`)
    .max(
      MAX_ATTENDANCE,
      `${label} must be at most ${MAX_ATTENDANCE.toLocaleString("en")} — check the number`,
    );

/** A calendar date written YYYY-MM-DD. */
export const dayField = z
  .string("Give the date as YYYY-MM-DD")
  .trim()
  .refine(isIsoDate, "Give the date as YYYY-MM-DD, like 2026-11-29");

/** The day of a Freedom Sunday: a real Sunday. (Whether it has passed is checked by the data layer.) */
export const serviceDateField = dayField.superRefine((day, ctx) => {
  // A malformed date already has its message from dayField.
  const problem = isIsoDate(day) ? sundayError(day) : null;
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** From a checkbox or JSON: true/false, "true"/"false", "on". */
const booleanField = (message: string) =>
  z.preprocess(
    (v) => (v === "true" || v === "on" ? true : v === "false" ? false : v),
    z.boolean(message),
  );

export const churchSchema = z.object({
  name: text("The church's name", 120),
  city: text("The city", 80),
  country: text("The country", 80),
  /** Asked at sign-up (prefilled from the browser); clients that send none get UTC. */
  timeZone: timeZoneField.default("UTC"),
});

/** A church's new time zone. */
export const churchTimeZoneSchema = timeZoneSchema;

export const inviteSchema = z.object({
  days: z.coerce
    .number("Give the number of days the link works")
    .int("Give a whole number of days")
    .min(1, "An invite link works for at least 1 day")
    .max(MAX_INVITE_DAYS, `An invite link works for at most ${MAX_INVITE_DAYS} days`)
    .default(DEFAULT_INVITE_DAYS),
});

export const joinSchema = z.object({
  token: z
    .string("This invite link is not valid.")
    .trim()
    .min(1, "This invite link is not valid.")
    .max(200, "This invite link is not valid."),
});

const eventFields = {
  date: serviceDateField,
  serviceTimes: optionalText("The service times", 200),
  expectedAttendance: z.preprocess(blankToNull, people("Expected attendance").nullable()),
  isPublic: booleanField("Say whether the event is listed publicly"),
  notes: optionalText("The notes", 5_000),
};

export const eventSchema = z.object({
  date: eventFields.date,
  serviceTimes: eventFields.serviceTimes.default(""),
  expectedAttendance: eventFields.expectedAttendance.default(null),
  isPublic: eventFields.isPublic.default(true),
  notes: eventFields.notes.default(""),
});

export const eventStatusSchema = z.enum(
  EVENT_STATUSES,
  "Status must be planning, confirmed or held",
);

/** A partial edit: only the fields sent change. */
export const eventUpdateSchema = z.object({
  date: eventFields.date.optional(),
  serviceTimes: eventFields.serviceTimes.optional(),
  expectedAttendance: eventFields.expectedAttendance.optional(),
  isPublic: eventFields.isPublic.optional(),
  notes: eventFields.notes.optional(),
  status: eventStatusSchema.optional(),
});

const dueDateField = z.preprocess(blankToNull, dayField.nullable());
const assigneeField = z.preprocess(
  blankToNull,
  z.string("Choose who does this task").trim().max(100, "Choose who does this task").nullable(),
);

export const taskSchema = z.object({
  title: text("The task", 200),
  dueDate: dueDateField.optional(),
  assigneeId: assigneeField.optional(),
});

export const taskUpdateSchema = z.object({
  title: text("The task", 200).optional(),
  dueDate: dueDateField.optional(),
  assigneeId: assigneeField.optional(),
});

export const taskDoneSchema = z.object({
  done: booleanField("Say whether the task is done (true or false)"),
});

export const featuredSchema = z.object({
  requestIds: z
    .array(
      z.coerce
        .number("Give request ids as numbers")
        .int("Give request ids as whole numbers")
        .min(1, "Give request ids as positive numbers")
        .max(2_147_483_647, "That is not a request id"),
      "Give the list of request ids",
    )
    .max(MAX_FEATURED_REQUESTS, `Feature at most ${MAX_FEATURED_REQUESTS} requests in one service`)
    .refine((ids) => new Set(ids).size === ids.length, "Each request can be featured only once"),
});

export const reportSchema = z.object({
  // Blank is "not given" (a missing number), never zero.
  attendance: z.preprocess((v) => blankToNull(v) ?? undefined, people("Attendance")),
  commitments: optionalText("The commitments", 5_000).default(""),
});

/** What a caller sends (the time zone may be left out); createChurch parses it. */
export type ChurchInput = z.input<typeof churchSchema>;
export type ChurchTimeZoneInput = z.input<typeof churchTimeZoneSchema>;
export interface InviteInput {
  /** How many days the link works, 1..MAX_INVITE_DAYS (default DEFAULT_INVITE_DAYS). */
  days?: number;
}
export type EventInput = z.output<typeof eventSchema>;
export type EventUpdateInput = z.output<typeof eventUpdateSchema>;
export type TaskInput = z.output<typeof taskSchema>;
export type TaskUpdateInput = z.output<typeof taskUpdateSchema>;
export type ReportInput = z.output<typeof reportSchema>;
