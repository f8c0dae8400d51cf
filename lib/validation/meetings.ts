// Inputs for prayer meetings (/pray/present).
import { z } from "@/lib/validation/zod";

/** The code in a meeting's link: 9 random bytes, base64url. */
export const meetingIdSchema = z.string().regex(/^[A-Za-z0-9_-]{12}$/);

export const startMeetingSchema = z.object({});

export const moveMeetingSchema = z.object({
  step: z
    .number("Give the step as a number")
    .int("Give the step as a number")
    .min(-1, "Give the step as a number")
    .max(1_000, "Give the step as a number"),
});

export const presenceSchema = z.object({
  viewer: z
    .string("Send this screen's key")
    .regex(/^[A-Za-z0-9_-]{16,64}$/, "Send this screen's key"),
});
