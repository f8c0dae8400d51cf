// The address of the site-wide feed in a language: /feed.xml in English, /es/feed.xml in Spanish
// (next.config.ts rewrites those to the one handler with ?lang=).
import type { Locale } from "@/i18n/locales";

export function feedPath(locale: Locale, format: "xml" | "json"): string {
  return locale === "en" ? `/feed.${format}` : `/${locale}/feed.${format}`;
}
