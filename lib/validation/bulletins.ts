// Staff inputs: bulletins and their items, publishing, case updates. One set of rules for the form,
// the route handler and the data layer.
import { z } from "@/lib/validation/zod";
import { parseLocalDateTime } from "@/lib/time";
import { KINDS } from "./requests";

const text = (label: string, max: number) =>
  z
    .string(`${label} is missing`)
    .trim()
    .min(1, `${label} is empty`)
    .max(max, `${label} is too long (at most ${max.toLocaleString("en")} characters)`);

export const MAX_BODY_CHARS = 20_000;

export const bulletinItemSchema = z.object({
  /** An existing request carried into this bulletin (not copied); absent for a new one. */
  requestId: z.coerce.number().int().min(1).max(2_147_483_647).nullish(),
  region: z
    .string("Choose a region")
    .trim()
    .min(1, "Choose a region")
    .max(60)
    .regex(/^[a-z0-9-]+$/, "Choose a region"),
  country: z
    .string()
    .trim()
    .max(100, "The country is too long")
    .nullish()
    .transform((c) => c || null),
  kind: z.enum(KINDS, "Kind must be a prayer request or a praise report"),
  title: text("An item's title", 200),
  body: text("An item's text", MAX_BODY_CHARS),
});

export const bulletinSchema = z.object({
  title: text("The title", 200),
  verseText: text("The verse", 1_000),
  verseReference: text("The verse's reference", 100),
  notes: z.array(text("A note", 5_000)).max(20, "At most 20 notes").default([]),
  items: z
    .array(bulletinItemSchema)
    .min(1, "A bulletin needs at least one item")
    .max(100, "At most 100 items in one bulletin"),
});

export type BulletinInput = z.output<typeof bulletinSchema>;

/** The item texts of a pasted bulletin, to find an earlier import of it. */
export const importedSchema = z.object({
  bodies: z
    .array(z.string().max(MAX_BODY_CHARS, "An item's text is too long"))
    .min(1, "Send at least one item's text")
    .max(100, "At most 100 items in one bulletin"),
});
export type BulletinItemInput = z.output<typeof bulletinItemSchema>;

/** "2026-12-06T09:00" (the form's datetime-local, read in the organisation's time zone) or a full ISO time. */
export const publishSchema = z.object({
  /** "2026-12-06T09:00" as a datetime-local field gives it (the organisation's time zone), or ISO with an offset; absent: now. */
  at: z
    .string()
    .trim()
    .max(40, "Give the publish time as a date and time, like 2026-12-06T09:00")
    .refine((value) => value === "" || parseLocalDateTime(value) !== null, {
      message: "Give the publish time as a real date and time, like 2026-12-06T09:00",
    })
    .nullish(),
  /** Staff checked the safety flags and publish anyway. */
  confirmSafety: z.boolean().default(false),
});

export const requestStatusSchema = z.object({
  status: z.enum(["open", "archived"], "Status must be open or archived"),
});

export const caseUpdateSchema = z.object({
  kind: z.enum(["update", "answered", "reopened"], "Choose update, answered or reopened"),
  body: text("The update", MAX_BODY_CHARS),
  postedOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date as YYYY-MM-DD")
    .refine(
      (d) =>
        !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
        new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
      {
        message: "That date does not exist",
      },
    )
    .nullish(),
});
