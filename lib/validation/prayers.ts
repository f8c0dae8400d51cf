// Inputs for praying and following.
import { z } from "@/lib/validation/zod";

const requestId = z.coerce
  .number("Give the request's id")
  .int("Give the request's id")
  .min(1)
  .max(2_147_483_647);

/** How long a prayer marked offline may wait to be sent, and how far ahead a device's clock may be. */
export const OFFLINE_PRAYER_MAX_AGE_MS = 3 * 24 * 60 * 60 * 1000;
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export const prayerSchema = z.object({
  requestId,
  // A prayer marked offline (lib/offline-prayers.ts): when it was pressed, so it counts for that day.
  prayedAt: z.iso
    .datetime({
      offset: true,
      message: "Give the moment of the prayer as an ISO 8601 date and time",
    })
    .refine(
      (text) => Date.parse(text) <= Date.now() + CLOCK_SKEW_MS,
      "A prayer cannot be dated in the future",
    )
    .refine(
      (text) => Date.parse(text) >= Date.now() - OFFLINE_PRAYER_MAX_AGE_MS,
      "A prayer marked offline can be sent for up to three days",
    )
    .optional(),
  // The device's own name for that press; the server's one prayer per person, request and day is
  // what makes sending it again harmless.
  key: z.uuid("Give the prayer's key as a UUID").optional(),
});

/** When a prayer counts: the moment it was pressed offline (never later than now), else now. */
export function prayerMoment(prayedAt: string | undefined, now = new Date()): Date {
  if (!prayedAt) return now;
  return new Date(Math.min(Date.parse(prayedAt), now.getTime()));
}
export const followSchema = z.object({
  requestId,
  following: z.boolean("Say whether to follow (true or false)"),
});
export const pinSchema = z.object({
  requestId,
  pinned: z.boolean("Say whether the request is on your list (true or false)"),
});
