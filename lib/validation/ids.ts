// Ids from URLs: positive whole numbers only.
import { z } from "@/lib/validation/zod";

export const idParam = z.coerce.number().int().min(1).max(2_147_483_647);

/** The id in a route segment, or null when it is not a valid id (the page then 404s). */
export function parseId(value: string): number | null {
  if (!/^\d{1,10}$/.test(value)) return null;
  const parsed = idParam.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const MAX_COUNT_IDS = 100;

export const countIdsSchema = z
  .string()
  .max(1_200)
  .regex(/^[\d,]*$/, "ids must be a comma-separated list of request ids")
  .transform((text) => text.split(",").filter(Boolean).map(Number))
  .pipe(
    z
      .array(z.number().int().min(1).max(2_147_483_647))
      .min(1, "Give at least one id")
      .max(MAX_COUNT_IDS, `At most ${MAX_COUNT_IDS} ids`),
  );
