// A language the app speaks, as the switcher and the account settings send it.
// zod as the app configures it: this schema also runs in the browser (account settings).
import { z } from "./zod";
import { locales } from "@/i18n/locales";

export const localeSchema = z.strictObject({
  locale: z.enum(locales, { error: "Choose one of the languages offered" }),
});
export type LocaleInput = z.infer<typeof localeSchema>;
