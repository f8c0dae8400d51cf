// Names a request by the route that serves it ("/requests/[id]", "/api/prayers"), read from the
// build's own routes manifest, so metrics have bounded labels and logs never carry raw ids or
// secrets. Also gives the path as it may be logged: invite tokens in the path and every query value
// except a few harmless ones are replaced. Plain Node (no Next.js), so server.ts can load it.
import { readFileSync } from "node:fs";
import path from "node:path";

interface ManifestRoute {
  page: string;
  regex?: string;
}

export interface RoutesManifest {
  staticRoutes?: ManifestRoute[];
  dynamicRoutes?: ManifestRoute[];
  rewrites?: { afterFiles?: { source: string; regex?: string }[] } | unknown[];
}

export interface RouteTable {
  /** The route pattern serving `pathname`, or "(static)" for Next.js's assets, or "(unmatched)". */
  routeOf(pathname: string): string;
  /** `pathname` with the value of each secret segment (an invite token) replaced. */
  loggedPath(pathname: string): string;
}

/** Dynamic segments whose value is a secret: shown as "[redacted]" in a logged path. */
const SECRET_SEGMENTS = new Set(["token"]);

/** Query parameters whose value may be logged; any other keeps its name with "[redacted]". */
const LOGGED_QUERY_VALUES = new Set([
  "callbackUrl",
  "page",
  "region",
  "kind",
  "status",
  "country",
  "ids",
  "error",
]);

const UNMATCHED = "(unmatched)";
const LOCALE_SEGMENT = "/[locale]";
const DEFAULT_LANGUAGE = "en";
const LANGUAGE_PREFIX = /^\/(?:en|es|fr|pt)(?:\/|$)/;

/** A page's pattern for an address without a language (its secret groups keep their numbers). */
function withDefault(regex: RegExp): RegExp {
  return new RegExp(
    // RegExp#source writes "/" as "\/".
    regex.source.replace(/^\^\\?\/\(\[\^\\?\/\]\+\?\)/, `^(?:/(${DEFAULT_LANGUAGE}))?`),
  );
}
const STATIC = "(static)";

interface CompiledRoute {
  page: string;
  regex: RegExp;
  /** Indexes of the capture groups that hold a secret. */
  secretGroups: number[];
}

function compile(page: string, source: string): CompiledRoute {
  const names = [...page.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]);
  return {
    page,
    regex: new RegExp(source),
    secretGroups: names.flatMap((name, i) => (name && SECRET_SEGMENTS.has(name) ? [i + 1] : [])),
  };
}

/** The route table of a build (`distDir` as in next.config.ts). An absent manifest names nothing. */
export function loadRouteTable(distDir = process.env.NEXT_DIST_DIR || ".next"): RouteTable {
  let manifest: RoutesManifest = {};
  try {
    manifest = JSON.parse(
      readFileSync(path.join(distDir, "routes-manifest.json"), "utf8"),
    ) as RoutesManifest;
  } catch {
    // No build (a test, or a dev server): every path is "(unmatched)".
  }
  return routeTable(manifest);
}

export function routeTable(manifest: RoutesManifest): RouteTable {
  const exact = new Set((manifest.staticRoutes ?? []).map((r) => r.page));
  const dynamic = (manifest.dynamicRoutes ?? []).flatMap((r) =>
    r.regex ? [compile(r.page, r.regex)] : [],
  );
  const rewrites = Array.isArray(manifest.rewrites) ? [] : (manifest.rewrites?.afterFiles ?? []);
  const rewritten = rewrites.flatMap((r) => (r.regex ? [compile(r.source, r.regex)] : []));

  // Pages live under app/[locale] (English unprefixed in the address, /es… for the others): a page
  // is named without its language segment ("/requests/[id]" for /requests/7 and /es/requests/7), and
  // an address without a language is matched as English's, after the routes outside any language.
  const paged = dynamic.filter((r) => r.page.startsWith(LOCALE_SEGMENT));
  const other = dynamic.filter((r) => !r.page.startsWith(LOCALE_SEGMENT));
  function match(pathname: string): { route: string; compiled?: CompiledRoute } {
    if (pathname.startsWith("/_next/")) return { route: STATIC };
    const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
    if (exact.has(trimmed)) return { route: trimmed };
    for (const compiled of [...other, ...rewritten])
      if (compiled.regex.test(pathname)) return { route: compiled.page, compiled };
    const localized = LANGUAGE_PREFIX.test(pathname)
      ? pathname
      : `/${DEFAULT_LANGUAGE}${pathname === "/" ? "" : pathname}`;
    for (const compiled of paged)
      if (compiled.regex.test(localized))
        return {
          route: compiled.page.slice(LOCALE_SEGMENT.length) || "/",
          compiled: {
            ...compiled,
            regex: localized === pathname ? compiled.regex : withDefault(compiled.regex),
          },
        };
    return { route: UNMATCHED };
  }

  return {
    routeOf: (pathname) => match(pathname).route,
    loggedPath(pathname) {
      const { compiled } = match(pathname);
      if (!compiled || compiled.secretGroups.length === 0) return pathname;
      const found = compiled.regex.exec(pathname);
      if (!found) return pathname;
      let logged = pathname;
      for (const group of compiled.secretGroups) {
        const value = found[group];
        if (value) logged = logged.replace(value, "[redacted]");
      }
      return logged;
    },
  };
}

/**
 * The request target as it may be logged: the path (secret segments replaced) and the query with
 * only harmless values kept. A callbackUrl is a path of this site, so it gets the same treatment.
 */
export function loggableTarget(
  url: string,
  table: Pick<RouteTable, "loggedPath">,
): { path: string; query?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url, "http://intercede.invalid");
  } catch {
    return { path: "(unparseable)" };
  }
  const loggedPath = table.loggedPath(parsed.pathname);
  if (!parsed.search) return { path: loggedPath };
  const kept = new URLSearchParams();
  for (const [key, value] of parsed.searchParams) {
    if (!LOGGED_QUERY_VALUES.has(key)) kept.append(key, "[redacted]");
    else if (key === "callbackUrl") kept.append(key, loggableTarget(value, table).path);
    else kept.append(key, value.slice(0, 200));
  }
  return { path: loggedPath, query: decodeURIComponent(kept.toString()) };
}
