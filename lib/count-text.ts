// "Prayed N times by M people": one wording for every page, server or browser. Before anyone has
// prayed it invites rather than reports a zero ("Prayed 0 times by 0 people" read as a reproach).
// The words are the "requests" catalogue's (count.*): pass the page's translator for that namespace
// (useTranslations("requests") / getTranslations("requests")). No catalogue is imported here: this
// runs in the browser on every page with a prayer count, which must not carry a copy of one.

export type PrayerKind = "request" | "praise";

/** A translator for the "requests" namespace, e.g. useTranslations("requests"). */
export type RequestsTranslator = (key: string, values?: Record<string, string | number>) => string;

export function countText(
  { times, people }: { times: number; people: number },
  kind: PrayerKind,
  t: RequestsTranslator,
): string {
  if (times === 0) return t(kind === "praise" ? "count.firstThanks" : "count.firstPray");
  return t("count.prayed", { times, people });
}

/** The button's words: praying for a request, giving thanks for a praise report. */
export function prayLabel(kind: PrayerKind, t: RequestsTranslator): string {
  return t(kind === "praise" ? "count.giveThanks" : "count.iPrayed");
}
