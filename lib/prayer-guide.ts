// The words of the printable Freedom Sunday prayer guide, composed from the featured requests.
import { COUNTRIES, KNOWN_REGIONS } from "@/lib/bulletin/parser";

/**
 * The title's first word as it reads mid-sentence ("For ongoing trafficking cases…"): lower-cased
 * only when it is an ordinary capitalised word. Names stay as written: acronyms and words with a
 * capital or digit inside (IJM, iJM, NGO's, G20), the regions, and the countries and cities the
 * bulletin parser knows (Kenya, Chiang Mai).
 */
export function midSentence(text: string): string {
  const first = /^[\p{L}\p{N}'’-]+/u.exec(text)?.[0] ?? "";
  if (first === "" || /[\p{Lu}\p{N}]/u.test(first.slice(1))) return text;
  if (first.charAt(0) === first.charAt(0).toLowerCase()) return text;
  if (isKnownName(text)) return text;
  return first.charAt(0).toLowerCase() + text.slice(1);
}

function isKnownName(text: string): boolean {
  const names = [
    ...KNOWN_REGIONS.map((r) => r.name),
    ...COUNTRIES.flatMap((c) => [c.name, ...(c.aliases ?? [])]),
  ];
  return names.some(
    (name) => text === name || new RegExp(`^${escapeRegExp(name)}\\b`, "u").test(text),
  );
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The words of a petition in the reader's language, around the title as it reads mid-sentence:
 * e.g. `(kind, text) => t(kind === "praise" ? "thanks" : "petition", { text })`.
 */
export type PetitionWords = (kind: "request" | "praise", text: string) => string;

const englishPetition: PetitionWords = (kind, text) =>
  kind === "praise"
    ? `We thank you for ${text}.`
    : `For ${text}: Lord, in your mercy, hear our prayer.`;

/** One short petition for the printable guide, from a request's title (English unless `words`). */
export function petition(
  title: string,
  kind: "request" | "praise",
  words: PetitionWords = englishPetition,
): string {
  return words(kind, midSentence(title.replace(/[.!]+$/, "")));
}
