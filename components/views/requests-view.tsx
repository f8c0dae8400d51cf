// The list of published requests for one set of filters (region, kind, status, page), rendered on
// the server and cached per filter (app/[locale]/requests/view/…). A search is answered in the
// browser instead (search-view.tsx): every search is a new page to render, and the list's cache
// would be no help.
import { getLocale } from "next-intl/server";
import { CountsProvider } from "@/components/prayer-counts";
import type { Locale } from "@/i18n/locales";
import { tagPage, tags } from "@/lib/cache";
import { listRegions } from "@/lib/data/regions";
import { listPublicRequests } from "@/lib/data/requests";
import { translateRequests } from "@/lib/data/translations";
import { parseRequestFilters } from "@/lib/validation/requests";
import { DoNotCache } from "./do-not-cache";
import { RequestsBody } from "./requests-body";

export { requestsHref } from "./requests-body";

type RawFilters = Record<string, string | string[] | undefined>;

export async function RequestsView({
  raw,
  wellFormed = true,
}: {
  raw: RawFilters;
  /** The address's filters were written as the app writes them (else the page is not kept). */
  wellFormed?: boolean;
}) {
  const [regions, locale] = await Promise.all([listRegions(), getLocale() as Promise<Locale>]);
  const { filters, problems } = parseRequestFilters(
    raw,
    regions.map((r) => r.slug),
  );
  const listed = await listPublicRequests(filters);
  await tagPage(tags.requests, tags.regions, ...listed.items.map((r) => tags.request(r.id)));
  // Titles and excerpts in the page's language where staff translated them.
  const result = { ...listed, items: await translateRequests(listed.items, locale) };
  // A page number past the end shows the last page, and is not kept: made-up addresses never
  // fill the cache. So is a list with a filter that was left out.
  const keep = wellFormed && problems.length === 0 && result.page === filters.page;
  return (
    <CountsProvider ids={result.items.map((r) => r.id)}>
      {keep ? null : <DoNotCache />}
      <RequestsBody regions={regions} filters={filters} problems={problems} result={result} />
    </CountsProvider>
  );
}
