// Inputs for praying and following.
import { z } from "@/lib/validation/zod";

const requestId = z.coerce
  .number("Give the request's id")
  .int("Give the request's id")
  .min(1)
  .max(2_147_483_647);

export const prayerSchema = z.object({ requestId });
export const followSchema = z.object({
  requestId,
  following: z.boolean("Say whether to follow (true or false)"),
});
export const pinSchema = z.object({
  requestId,
  pinned: z.boolean("Say whether the request is on your list (true or false)"),
});
