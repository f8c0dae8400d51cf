"use client";
// The browser's side of lib/i18n/server-messages.ts: a form that checks its values with the same
// zod schema as the server (sign-up, account settings), or shows a message lib/api-client.ts made
// up itself ("Could not reach Intercede…"), passes the English through this to show it in the
// page's language. The server's answers arrive translated already; they pass through unchanged.
import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import { isLocale } from "@/i18n/locales";
import { translateWith, type MessageTranslator } from "./message-keys";

/** `(english) => the message in the page's language` (unknown messages stay as they are). */
export function useTranslateMessage(): (english: string) => string {
  const t = useTranslations("validation");
  const current = useLocale();
  return useCallback(
    (english: string) => {
      if (!isLocale(current)) return english;
      const translate: MessageTranslator = (key, values) => {
        if (!t.has(key)) throw new Error(`validation.${key} is missing`);
        return t(key, values as Parameters<typeof t>[1]);
      };
      return translateWith(english, current, translate);
    },
    [t, current],
  );
}

/** Every message of a `{ field: message }` map in the page's language. */
export function useTranslateFieldErrors(): (
  errors: Record<string, string>,
) => Record<string, string> {
  const translate = useTranslateMessage();
  return useCallback(
    (errors: Record<string, string>) =>
      Object.fromEntries(Object.entries(errors).map(([field, m]) => [field, translate(m)])),
    [translate],
  );
}
