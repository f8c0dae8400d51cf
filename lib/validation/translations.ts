// Staff's translation of a bulletin (title, verse, notes and each item) or of a case update into
// one of the app's other languages. The same limits as the original text.
import { z } from "@/lib/validation/zod";
import { locales } from "@/i18n/locales";
import { MAX_BODY_CHARS } from "./bulletins";

const text = (label: string, max: number) =>
  z
    .string(`${label} is missing`)
    .trim()
    .min(1, `${label} is empty`)
    .max(max, `${label} is too long (at most ${max.toLocaleString("en")} characters)`);

/** A language a translation can be in: any but English, the language originals are written in. */
export const translationLocaleSchema = z.enum(
  locales.filter((l) => l !== "en") as ["es", "fr", "pt"],
  "Choose Spanish, French or Portuguese",
);

export const bulletinTranslationSchema = z.object({
  title: text("The title", 200),
  verseText: text("The verse", 1_000),
  verseReference: text("The verse's reference", 100),
  notes: z.array(text("A note", 5_000)).max(20, "At most 20 notes").default([]),
  items: z
    .array(
      z.object({
        requestId: z.coerce.number().int().min(1).max(2_147_483_647),
        title: text("An item's title", 200),
        body: text("An item's text", MAX_BODY_CHARS),
      }),
    )
    .max(100, "At most 100 items")
    .default([]),
  /** Staff checked the flagged words and confirm they identify no one (lib/http.ts reads it). */
  confirmSafety: z.boolean().default(false),
});
export type BulletinTranslationInput = z.infer<typeof bulletinTranslationSchema>;

export const updateTranslationSchema = z.object({
  body: text("The update", MAX_BODY_CHARS),
  confirmSafety: z.boolean().default(false),
});
export type UpdateTranslationInput = z.infer<typeof updateTranslationSchema>;
