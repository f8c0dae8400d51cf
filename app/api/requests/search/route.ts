// A search of the published requests, as JSON: what /requests?q=… shows, for the page to render in
// the browser. Every search is a new one to the server (the words people type rarely repeat), so
// this answers without rendering a page: the filters are checked as the page checks them, the
// database's full-text search finds the page of matches, and titles and excerpts come in the
// reader's language. Only public requests, only what their cards show.
import type { NextRequest } from "next/server";
import { listRegions } from "@/lib/data/regions";
import { listPublicRequests } from "@/lib/data/requests";
import { translateRequests } from "@/lib/data/translations";
import { requestLocale } from "@/lib/i18n/server-messages";
import { LIST_FILTER_KEYS } from "@/lib/validation/request-limits";
import { parseRequestFilters } from "@/lib/validation/requests";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of LIST_FILTER_KEYS) {
    const values = params.getAll(key);
    if (values.length > 0) raw[key] = values.length === 1 ? values[0]! : values;
  }
  // The regions are read only to check one that was asked for.
  const regions = raw.region === undefined ? [] : await listRegions();
  const { filters, problems } = parseRequestFilters(
    raw,
    regions.map((r) => r.slug),
  );
  const listed = await listPublicRequests(filters);
  const items = await translateRequests(listed.items, requestLocale(request));
  return Response.json(
    {
      filters,
      problems,
      total: listed.total,
      page: listed.page,
      pageCount: listed.pageCount,
      // What a card in a list shows (its excerpt, not the whole body).
      items: items.map((item) => ({
        id: item.id,
        title: item.title,
        excerpt: item.excerpt,
        kind: item.kind,
        status: item.status,
        country: item.country,
        regionSlug: item.regionSlug,
        regionName: item.regionName,
        prayerCount: item.prayerCount,
        prayerPeople: item.prayerPeople,
        translated: item.translated,
      })),
    },
    // Never kept by a browser or a shared cache: a request staff withdraw (one that could identify
    // someone, say) must leave every search at once, as it leaves the cached pages.
    { headers: { "Cache-Control": "no-store" } },
  );
}
