// Every page request passes here first.
//  1. The language (next-intl): an address with /es, /fr or /pt is in that language; an address
//     without one is English, except on a first visit whose Accept-Language (or remembered choice)
//     asks for another, which is sent to that language's address. Pages are rendered under
//     app/[locale], so each language's page is cached at an address of its own.
//  2. A search on /requests (?q=…) goes to the search page, one cached page for every search, which
//     asks for the results from the browser. Other filters are mapped by next.config.ts's rewrites
//     (lib/page-rewrites.ts), which cannot tell an empty search from none.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, routing } from "@/i18n/routing";
import { searchLanguage } from "@/lib/search-page";

const intl = createMiddleware(routing);

/**
 * A visitor whose browser names no language (a crawler, a feed reader, a load tool) reads the
 * default language, and next-intl would remember that in a cookie on every response: a public page
 * that sets a cookie is not served again from the one-second page cache
 * (lib/server/page-burst-cache.ts) nor kept by a shared cache, for a cookie that changes nothing
 * (no language asked is the default again next time). That cookie alone is dropped.
 */
function dropsDefaultLocaleCookie(request: NextRequest, response: NextResponse): boolean {
  if (request.headers.has("accept-language") || request.cookies.has(LOCALE_COOKIE)) return false;
  const cookies = response.headers.getSetCookie();
  const onlyDefault = `${LOCALE_COOKIE}=${routing.defaultLocale};`;
  if (cookies.length === 0 || !cookies.every((cookie) => cookie.startsWith(onlyDefault)))
    return false;
  response.headers.delete("set-cookie");
  return true;
}

export function proxy(request: NextRequest) {
  const response = intl(request);
  const dropped = dropsDefaultLocaleCookie(request, response);
  const language = searchLanguage(request.nextUrl.pathname, request.nextUrl.searchParams);
  // Not a search, or a first visit being sent to its language's address first.
  if (language === null || response.headers.has("location")) return response;
  const url = request.nextUrl.clone();
  url.pathname = `/${language || routing.defaultLocale}/requests/search`;
  url.search = "";
  const rewritten = NextResponse.rewrite(url);
  for (const cookie of response.cookies.getAll())
    if (!(dropped && cookie.name === LOCALE_COOKIE)) rewritten.cookies.set(cookie);
  const link = response.headers.get("link");
  if (link) rewritten.headers.set("link", link);
  return rewritten;
}

export const config = {
  // Pages only: not the API, the framework's files, or the app's files that are not pages (feeds in
  // any language, a region's feed, calendar files, icons). A page address may hold a dot (an
  // invitation's token), so dots alone do not exclude.
  matcher:
    "/((?!api/|_next/|serwist/|(?:[a-z]{2}/)?feed\\.(?:xml|json)$|regions/[^/]+/feed\\.xml$|freedom-sunday/[^/]+\\.ics$|freedom-sunday/\\d+/ics$|icon\\.svg$|apple-icon|pwa-icon/|manifest\\.webmanifest$|favicon\\.ico$|robots\\.txt$|sitemap\\.xml$).*)",
};
