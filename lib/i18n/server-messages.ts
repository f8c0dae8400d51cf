// The server's English messages in the reader's language: route answers (lib/http.ts) and any
// server component that shows a data-layer refusal can pass the English through translateMessage.
// The English → key map is lib/i18n/message-keys.ts; the words are the "validation" catalogue's.
import "server-only";
import { createTranslator } from "use-intl/core";
import { z } from "@/lib/validation/zod";
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "@/i18n/locales";
import en from "@/messages/en/validation.json";
import es from "@/messages/es/validation.json";
import fr from "@/messages/fr/validation.json";
import pt from "@/messages/pt/validation.json";
import { LOCALE_HEADER } from "./locale-header";
import { translateWith, type MessageTranslator } from "./message-keys";

export { serverMessageKeys, messageKeyOf } from "./message-keys";
export { LOCALE_HEADER };

const catalogues: Record<Locale, Record<string, unknown>> = { en, es, fr, pt };

type LooseTranslator = ((key: string, values?: Record<string, unknown>) => string) & {
  has: (key: string) => boolean;
};

const translators = new Map<Locale, MessageTranslator>();

function translatorFor(locale: Locale): MessageTranslator {
  let translate = translators.get(locale);
  if (!translate) {
    // The catalogue is read at run time: keys are checked with has(), not by the type.
    const t = createTranslator({
      locale,
      messages: { validation: catalogues[locale] },
      namespace: "validation",
      onError: () => undefined,
    }) as unknown as LooseTranslator;
    translate = (key, values) => {
      if (!t.has(key)) throw new Error(`validation.${key} is not in the ${locale} catalogue`);
      return t(key, values);
    };
    translators.set(locale, translate);
  }
  return translate;
}

/** `english` (a message of the server's) in `locale`, or `english` unchanged when it is unknown. */
export function translateMessage(english: string, locale: Locale): string {
  if (locale === defaultLocale) return english;
  return translateWith(english, locale, translatorFor(locale));
}

/** Every message of a `{ field: message }` map, in `locale`. */
export function translateFieldErrors(
  errors: Record<string, string>,
  locale: Locale,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [field, translateMessage(message, locale)]),
  );
}

/**
 * The language of a request: the page's (the x-intercede-locale header), else the language the
 * person chose last (the NEXT_LOCALE cookie), else English.
 */
export function requestLocale(request: Request): Locale {
  const header = request.headers.get(LOCALE_HEADER)?.trim();
  if (isLocale(header)) return header;
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name !== LOCALE_COOKIE) continue;
    let value = rest.join("=");
    try {
      value = decodeURIComponent(value);
    } catch {
      continue;
    }
    if (isLocale(value)) return value;
  }
  return defaultLocale;
}

const zodLocales: Record<Exclude<Locale, "en">, () => { localeError: z.core.$ZodErrorMap }> = {
  es: z.locales.es,
  fr: z.locales.fr,
  pt: z.locales.pt,
};
const zodErrorMaps = new Map<Locale, z.core.$ZodErrorMap>();

/**
 * zod's own words for a rule given without a message (e.g. `.max(60)`), in `locale`, for
 * `schema.safeParse(value, { error })`; undefined for English (zod's default). A rule's own message
 * always wins over this, and is translated afterwards with translateMessage.
 */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap | undefined {
  if (locale === "en") return undefined;
  let map = zodErrorMaps.get(locale);
  if (!map) {
    map = zodLocales[locale]().localeError;
    zodErrorMaps.set(locale, map);
  }
  return map;
}
