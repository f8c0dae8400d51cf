// How the languages show in addresses: English unprefixed (/requests), the others under their code
// (/es/requests), so that every page stays one cacheable address per language. The first visit
// follows Accept-Language; a choice is remembered in a cookie for a year.
import { defineRouting } from "next-intl/routing";
import { defaultLocale, LOCALE_COOKIE, locales } from "./locales";

export * from "./locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "as-needed",
  localeCookie: { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
});
