// /requests?q=… in any language is a search, and every search is the same page: proxy.ts sends it to
// the one search page (app/[locale]/requests/search), whose results the browser asks for. The
// server's one-second page memory (lib/server/page-burst-cache.ts) keeps that page once for all of
// them, as Next.js's page cache does.
const SEARCH_PATH = /^(?:\/(es|fr|pt))?\/requests\/?$/;

/** The language segment of a search's path ("" for English), or null when it is no search. */
export function searchLanguage(pathname: string, params: URLSearchParams): string | null {
  const match = SEARCH_PATH.exec(pathname);
  if (!match || !params.has("q")) return null;
  return match[1] ?? "";
}

/** The address every search of this path shares, or null when `url` (path and query) is no search. */
export function sharedSearchUrl(url: string): string | null {
  const mark = url.indexOf("?");
  if (mark < 0) return null;
  const pathname = url.slice(0, mark);
  const language = searchLanguage(pathname, new URLSearchParams(url.slice(mark + 1)));
  return language === null ? null : `${pathname}?q`;
}
