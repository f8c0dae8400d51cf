// The one normalisation of text for full-text search: what is written to requests.search_text and
// what the words of a search box become, so "São Paulo", "Sao Paulo" and "SÃO PAULO" meet.
//
// A search matches the requests that contain every word of it (AND), the last word also as the
// start of a longer one ("cour" finds "court"), so results narrow as someone types. Both databases
// get the same words: SQLite as an FTS5 MATCH expression, PostgreSQL as a to_tsquery('simple', …)
// text. Words are runs of letters and digits only, and each is quoted as well, so nothing a person
// types ("OR", "NEAR(", "*", "-", ":", quotes, "&", "!") can become search syntax.

/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLDS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** Words beyond this many are left out of a search (a search box is cut to 200 characters anyway). */
export const MAX_SEARCH_TERMS = 12;

/**
 * A prefix match on a word this short would touch most of the index ("a*"), so a last word shorter
 * than this is matched whole.
 */
export const MIN_PREFIX_LENGTH = 2;

/** Lower case, accents removed (NFKD without combining marks), anything but letters and digits a space. */
export function normalizeSearchText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[ßæœøłđðþı]/g, (c) => FOLDS[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * What search reads for a request: its title (twice, so that a word in the title outweighs a
 * passing mention in the body for both bm25 and ts_rank, which count how often a word occurs), its
 * country, its region's name and the plain text of its body.
 */
export function requestSearchText(request: {
  title: string;
  bodyText: string;
  country: string | null;
  regionName: string;
}): string {
  return normalizeSearchText(
    [
      request.title,
      request.title,
      request.country ?? "",
      request.regionName,
      request.bodyText,
    ].join(" "),
  );
}

/** The distinct words of a search, in order, at most MAX_SEARCH_TERMS. */
export function searchTerms(q: string): string[] {
  const words = normalizeSearchText(q).split(" ").filter(Boolean);
  return [...new Set(words)].slice(0, MAX_SEARCH_TERMS);
}

export interface SearchQuery {
  /** The words searched for. */
  terms: string[];
  /** An FTS5 MATCH expression: `"sao" "paulo"*`. */
  fts5: string;
  /** A to_tsquery('simple', …) text: `'sao' & 'paulo':*`. */
  tsquery: string;
}

/** The search for `q`, or null when it has no letters or digits (such a search matches nothing). */
export function parseSearch(q: string): SearchQuery | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  const last = terms.length - 1;
  const prefix = (i: number) => i === last && terms[i]!.length >= MIN_PREFIX_LENGTH;
  return {
    terms,
    fts5: terms.map((t, i) => `"${t}"${prefix(i) ? "*" : ""}`).join(" "),
    tsquery: terms.map((t, i) => `'${t}'${prefix(i) ? ":*" : ""}`).join(" & "),
  };
}
