// "Prayed N times by M people": one wording for every page, server or browser. Before anyone has
// prayed it invites rather than reports a zero ("Prayed 0 times by 0 people" read as a reproach).
// The words are the "requests" catalogue's (count.*): pass the page's translator for that namespace
// (useTranslations("requests") / getTranslations("requests")); without one they are in English.
import { createTranslator } from "use-intl/core";
import english from "@/messages/en/requests.json";

export type PrayerKind = "request" | "praise";

/** A translator for the "requests" namespace, e.g. useTranslations("requests"). */
export type RequestsTranslator = (key: string, values?: Record<string, string | number>) => string;

const inEnglish: RequestsTranslator = createTranslator({
  locale: "en",
  messages: { requests: english } as Record<string, Record<string, unknown>>,
  namespace: "requests",
}) as RequestsTranslator;

export function countText(
  { times, people }: { times: number; people: number },
  kind: PrayerKind = "request",
  t: RequestsTranslator = inEnglish,
): string {
  if (times === 0) return t(kind === "praise" ? "count.firstThanks" : "count.firstPray");
  return t("count.prayed", { times, people });
}

/** The button's words: praying for a request, giving thanks for a praise report. */
export function prayLabel(kind: PrayerKind = "request", t: RequestsTranslator = inEnglish): string {
  return t(kind === "praise" ? "count.giveThanks" : "count.iPrayed");
}
