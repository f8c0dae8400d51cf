// A search as one path segment: /requests?q=court&region=africa is answered by the cached page
// /requests/find/<key> (proxy.ts), whose key holds the search and its filters. Recent searches stay
// in a bounded cache (cache-handler.mjs keeps at most a few hundred of them, in memory), so people
// repeating a common search get a cached page and made-up searches cannot fill memory or disk.
const KEYS = ["q", "region", "kind", "status", "page"] as const;

/** The cache key of a search: its filters in a fixed order, empty ones and page 1 left out. */
export function searchKey(params: URLSearchParams): string {
  const canonical = new URLSearchParams();
  for (const key of KEYS) {
    const value = (params.get(key) ?? "").trim().slice(0, key === "q" ? 200 : 60);
    if (value && !(key === "page" && value === "1")) canonical.set(key, value);
  }
  return encodeURIComponent(canonical.toString());
}

/** The filters back from a key (anything unreadable is no filter at all). */
export function filtersOfSearchKey(key: string): Record<string, string> {
  let text = "";
  try {
    text = decodeURIComponent(key);
  } catch {
    return {};
  }
  const params = new URLSearchParams(text);
  return Object.fromEntries(KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])));
}
