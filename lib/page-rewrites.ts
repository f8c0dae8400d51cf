// Public pages keep their filters in the query (SPEC §3: /requests?region=…&page=2), but Next.js
// caches a page by its path. These rewrites (next.config.ts) send each well-formed set of filters
// to a cached page of its own (its path holds the filters; a search goes to its own cached page
// through proxy.ts), and leave the bare address to its own cached page. The routes check
// what a pattern cannot (does the region exist? is the page past the end?) and keep such pages out
// of the cache (components/views/do-not-cache.tsx), so made-up addresses never fill it.
import type { Rewrite } from "next/dist/lib/load-custom-routes";
import { locales } from "../i18n/locales";

type Filter = { key: string; absent: string };

/** Pages 2–999 are cached; a later page is rendered for each visitor (page 1 is the bare address). */
const PAGE = "[2-9]|[1-9][0-9]{1,2}";

// Present or not is all these rules ask (a pattern would cost a regular expression per rule and
// request); the route checks each value and keeps no page for a malformed one.
const REQUEST_FILTERS: Filter[] = [
  { key: "region", absent: "all" },
  { key: "kind", absent: "all" },
  { key: "status", absent: "current" },
  { key: "page", absent: "1" },
];

const query = (key: string, value?: string) =>
  value === undefined
    ? { type: "query" as const, key }
    : { type: "query" as const, key, value: `(?<${key}>${value})` };

/** One rule per combination of present filters, each sending them to the route's path segments. */
function filterRules(source: string, destination: string, filters: Filter[], other: string[]) {
  const rules: Rewrite[] = [];
  for (let mask = 1; mask < 1 << filters.length; mask++) {
    const present = filters.filter((_, i) => mask & (1 << i));
    const absent = filters.filter((_, i) => !(mask & (1 << i)));
    rules.push({
      source,
      has: present.map((f) => query(f.key)),
      missing: [...absent.map((f) => query(f.key)), ...other.map((key) => query(key))],
      destination: `${destination}/${filters.map((f) => (present.includes(f) ? `:${f.key}` : f.absent)).join("/")}`,
    });
  }
  return rules;
}

/**
 * These run after proxy.ts has put every page address under its language (/requests is then
 * /en/requests), so each rule matches the language segment and keeps it.
 */
const L = `/:locale(${locales.join("|")})`;

export function pageRewrites(): Rewrite[] {
  return [
    // A search (?q=…) is sent to its cached page by proxy.ts, before these rules.
    ...filterRules(`${L}/requests`, "/:locale/requests/view", REQUEST_FILTERS, ["q"]),
    {
      source: `${L}/bulletins`,
      has: [query("page", PAGE)],
      destination: "/:locale/bulletins/page/:page",
    },
    { source: `${L}/pray`, has: [query("region")], destination: "/:locale/pray/in/:region" },
    {
      source: `${L}/freedom-sunday`,
      has: [query("country", "[^/]{1,80}")],
      destination: "/:locale/freedom-sunday/in/:country",
    },
  ];
}
