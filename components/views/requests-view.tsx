// The list of published requests for one set of filters (region, kind, status, search, page): the
// body of /requests, whichever route renders it (the cached one per filter, or the search).
import { getLocale, getTranslations } from "next-intl/server";
import { CountsProvider } from "@/components/prayer-counts";
import { Pagination } from "@/components/pagination";
import { FilterForm } from "@/components/filter-form";
import { RegionNav } from "@/components/region-nav";
import { RequestCard } from "@/components/request-card";
import type { Locale } from "@/i18n/locales";
import { getPathname } from "@/i18n/navigation";
import { tagPage, tags } from "@/lib/cache";
import { listRegions } from "@/lib/data/regions";
import { listPublicRequests } from "@/lib/data/requests";
import { translateRequests } from "@/lib/data/translations";
import { regionName } from "@/lib/region-name";
import { MAX_QUERY_LENGTH, parseRequestFilters } from "@/lib/validation/requests";
import { DoNotCache } from "./do-not-cache";

type RawFilters = Record<string, string | string[] | undefined>;

/** The public address of a list: the filters in the query, page 1 and empty values left out. */
export function requestsHref(
  filters: Partial<Record<"region" | "kind" | "status" | "q", string>> & { page?: number },
  change: Partial<Record<"region" | "kind" | "status" | "q" | "page", string | number | null>> = {},
) {
  const params = new URLSearchParams();
  const merged = {
    region: filters.region,
    kind: filters.kind,
    status: filters.status,
    q: filters.q,
    page: filters.page,
    ...change,
  };
  for (const [key, value] of Object.entries(merged)) {
    if (value === null || value === undefined || value === "" || (key === "page" && value === 1))
      continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/requests?${query}` : "/requests";
}

export async function RequestsView({
  raw,
  wellFormed = true,
}: {
  raw: RawFilters;
  /** The address's filters were written as the app writes them (else the page is not kept). */
  wellFormed?: boolean;
}) {
  const [regions, t, common, locale] = await Promise.all([
    listRegions(),
    getTranslations("requests"),
    getTranslations("common"),
    getLocale() as Promise<Locale>,
  ]);
  const { filters, problems } = parseRequestFilters(
    raw,
    regions.map((r) => r.slug),
  );
  const listed = await listPublicRequests(filters);
  await tagPage(tags.requests, tags.regions, ...listed.items.map((r) => tags.request(r.id)));
  // Titles and excerpts in the page's language where staff translated them.
  const result = { ...listed, items: await translateRequests(listed.items, locale) };
  const region = regions.find((r) => r.slug === filters.region);
  const currentRegion = region ? regionName(common, region) : undefined;
  // A page number past the end shows the last page, and is not kept: made-up addresses never
  // fill the cache. So is a list with a filter that was left out.
  const keep = wellFormed && problems.length === 0 && result.page === filters.page;
  const field = "block w-full rounded-lg border border-line bg-card px-3 py-2";
  const select = `mt-1 ${field}`;
  return (
    <CountsProvider ids={result.items.map((r) => r.id)}>
      {keep ? null : <DoNotCache />}
      <h1 className="font-serif text-3xl font-semibold">
        {currentRegion ? t("list.headingRegion", { region: currentRegion }) : t("list.heading")}
      </h1>
      <p className="mt-1 text-muted">
        {filters.q
          ? t("list.totalMatching", { count: result.total, query: filters.q })
          : t("list.total", { count: result.total })}
      </p>
      {problems.length > 0 ? (
        <div role="alert" className="mt-4 rounded-lg border border-line bg-card px-4 py-3 text-sm">
          {problems.map((p) => (
            <p key={p.field}>{t("list.leftOut", { problem: p.message })}</p>
          ))}
        </div>
      ) : null}
      <div className="mt-6">
        <RegionNav
          fullLoad
          regions={regions}
          current={filters.region ?? null}
          hrefFor={(slug) => requestsHref(filters, { region: slug, page: null })}
        />
      </div>
      <FilterForm
        action={getPathname({ href: "/requests", locale })}
        role="search"
        aria-label={t("filters.label")}
        className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end"
      >
        {filters.region ? <input type="hidden" name="region" value={filters.region} /> : null}
        <div className="col-span-2 sm:col-span-1">
          <label htmlFor="requests-q" className="text-sm">
            {t("filters.search")}
          </label>
          <div className="mt-1 flex gap-2">
            <input
              id="requests-q"
              type="search"
              name="q"
              defaultValue={filters.q ?? ""}
              maxLength={MAX_QUERY_LENGTH}
              className={`${field} min-w-0 flex-1`}
            />
            <button
              type="submit"
              className="shrink-0 rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink"
            >
              {t("filters.search")}
            </button>
          </div>
        </div>
        <label className="text-sm">
          {t("filters.kind")}
          <select name="kind" defaultValue={filters.kind ?? ""} className={select}>
            <option value="">{t("filters.allKinds")}</option>
            <option value="request">{t("filters.requests")}</option>
            <option value="praise">{t("filters.praise")}</option>
          </select>
        </label>
        <label className="text-sm">
          {t("filters.status")}
          <select name="status" defaultValue={filters.status ?? ""} className={select}>
            <option value="">{t("filters.current")}</option>
            <option value="open">{t("filters.open")}</option>
            <option value="answered">{t("filters.answered")}</option>
            <option value="archived">{t("filters.archived")}</option>
          </select>
        </label>
      </FilterForm>
      {result.items.length === 0 ? (
        <p className="mt-10 text-center text-muted">{t("list.empty")}</p>
      ) : (
        <div className="mt-6 space-y-4">
          {result.items.map((request) => (
            <RequestCard key={request.id} request={request} headingLevel="h2" />
          ))}
        </div>
      )}
      <Pagination
        fullLoad
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => requestsHref(filters, { page })}
      />
    </CountsProvider>
  );
}
