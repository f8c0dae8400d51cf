// The words of what the app sends beyond its pages (e-mails, feeds, calendar files) in each
// language: the "email" catalogue (messages/<locale>/email.json) through next-intl's
// createTranslator, which needs no request. Also which language a request or a person asks for,
// and a page's address in a language (English unprefixed, /es/… for Spanish).
import { createTranslator } from "use-intl/core";
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "@/i18n/locales";
import en from "@/messages/en/email.json";
import es from "@/messages/es/email.json";
import fr from "@/messages/fr/email.json";
import pt from "@/messages/pt/email.json";

type EmailMessages = typeof en;

const catalogues: Record<Locale, EmailMessages> = { en, es, fr, pt };

function translatorFor(locale: Locale) {
  return createTranslator({
    locale,
    messages: { email: catalogues[locale] },
    namespace: "email",
  });
}

export type EmailTranslator = ReturnType<typeof translatorFor>;

const translators = new Map<Locale, EmailTranslator>();

/** The "email" catalogue's translator for a language (made once per language). */
export function emailTranslator(locale: Locale): EmailTranslator {
  let t = translators.get(locale);
  if (!t) {
    t = translatorFor(locale);
    translators.set(locale, t);
  }
  return t;
}

/** A stored or requested language, or English when it is none the app speaks. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** A page's path in a language: "/requests/7" in English, "/es/requests/7" in Spanish. */
export function localePath(locale: Locale, path: string): string {
  if (locale === defaultLocale) return path;
  if (path === "/" || path === "") return `/${locale}`;
  return `/${locale}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The language a path starts with (/es/…), if any. */
function pathLocale(pathname: string): Locale | null {
  const first = pathname.split("/")[1];
  return isLocale(first) && first !== defaultLocale ? first : null;
}

/**
 * The language an address names: `?lang=es`, or a /es/… prefix (next.config.ts rewrites
 * /es/feed.xml to /feed.xml?lang=es; either may be what the handler sees). English otherwise.
 */
export function addressLocale(request: Request): Locale {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  if (isLocale(lang)) return lang;
  return pathLocale(url.pathname) ?? defaultLocale;
}

function cookieValue(header: string | null, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * The language of the person making a request: the address's (`?lang=`, /es/…), else their
 * remembered choice (the NEXT_LOCALE cookie), else the language of the page they came from (a
 * form on /es/… posting to /api/…). English otherwise.
 */
export function requestLocale(request: Request): Locale {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  if (isLocale(lang)) return lang;
  const fromPath = pathLocale(url.pathname);
  if (fromPath) return fromPath;
  const cookie = cookieValue(request.headers.get("cookie"), LOCALE_COOKIE);
  if (isLocale(cookie)) return cookie;
  const referer = request.headers.get("referer");
  if (referer) {
    try {
      const fromReferer = pathLocale(new URL(referer).pathname);
      if (fromReferer) return fromReferer;
    } catch {
      // Not an address: no language from it.
    }
  }
  return defaultLocale;
}

/** The e-mailed sign-in link (Auth.js's e-mail provider), in `locale`. */
export function signInLinkMail(
  to: string,
  url: string,
  locale: Locale,
): { to: string; subject: string; text: string } {
  const t = emailTranslator(locale);
  return { to, subject: t("signInLink.subject"), text: t("signInLink.body", { url }) };
}
