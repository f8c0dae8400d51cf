// An IANA time zone as input: a church's and a person's. Stored by its canonical name.
import { canonicalTimeZone } from "@/lib/time";
import { z } from "@/lib/validation/zod";

export const timeZoneField = z
  .string("Choose a time zone")
  .trim()
  .max(64, "Choose a time zone from the list")
  .transform((zone, ctx) => {
    const canonical = canonicalTimeZone(zone);
    if (canonical) return canonical;
    ctx.addIssue({ code: "custom", message: "Choose a time zone from the list" });
    return z.NEVER;
  });

export const timeZoneSchema = z.object({ timeZone: timeZoneField });
export type TimeZoneInput = z.input<typeof timeZoneSchema>;
