// Every page under app/[locale] starts with this: it reads the language from the address and tells
// next-intl, so that the page renders (and is cached) statically in that language.
import { setRequestLocale } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "./locales";

export async function pageLocale(params: Promise<object>): Promise<Locale> {
  const { locale } = (await params) as { locale?: string };
  const found = isLocale(locale) ? locale : defaultLocale;
  setRequestLocale(found);
  return found;
}
