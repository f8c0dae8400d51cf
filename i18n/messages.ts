// The catalogues: messages/<locale>/<namespace>.json, one file per part of the app so that each
// part's words live together. English is the source; i18n/messages.test.ts fails when a key is
// missing, unused, or left in English in another language.
import type { Locale } from "./routing";

export const namespaces = [
  "common",
  "home",
  "requests",
  "bulletins",
  "pray",
  "freedomSunday",
  "churches",
  "account",
  "me",
  "reminders",
  "staff",
  "admin",
  "subscribe",
  "email",
  "validation",
  "translate",
] as const;
export type Namespace = (typeof namespaces)[number];

export type Messages = Record<Namespace, Record<string, unknown>>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    namespaces.map(
      async (ns) =>
        [
          ns,
          (await import(`../messages/${locale}/${ns}.json`)).default as Record<string, unknown>,
        ] as const,
    ),
  );
  return Object.fromEntries(entries) as Messages;
}
