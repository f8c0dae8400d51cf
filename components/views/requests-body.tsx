// The body of /requests for one set of filters: heading and total, the filters left out, the
// regions, the search and filter form, the cards and the pages. It holds no data of its own, so the
// server renders it for a cached list (requests-view.tsx) and the browser for a search
// (search-view.tsx), and both look the same.
import { useLocale, useTranslations } from "next-intl";
import { FilterForm } from "@/components/filter-form";
import { Pagination } from "@/components/pagination";
import { RegionNav, type RegionLink } from "@/components/region-nav";
import { RequestCard, type RequestCardProps } from "@/components/request-card";
import { getPathname } from "@/i18n/navigation";
import { regionName } from "@/lib/region-name";
import { MAX_QUERY_LENGTH } from "@/lib/validation/request-limits";

type FilterKey = "region" | "kind" | "status" | "q";

export interface ListedFilters {
  region?: string;
  kind?: string;
  status?: string;
  q?: string;
  page: number;
}

/** The public address of a list: the filters in the query, page 1 and empty values left out. */
export function requestsHref(
  filters: Partial<Record<FilterKey, string>> & { page?: number },
  change: Partial<Record<FilterKey | "page", string | number | null>> = {},
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

export interface RequestsBodyProps {
  regions: (RegionLink & { slug: string })[];
  filters: ListedFilters;
  /** What was left out of the filters, and why (an unknown region, a kind that is not one). */
  problems: { field: string; message: string }[];
  /** The page of results; null while a search is on its way (the cards' place says so). */
  result: {
    total: number;
    page: number;
    pageCount: number;
    items: RequestCardProps["request"][];
  } | null;
  /** Shown in the cards' place instead of them (a search on its way, or one that failed). */
  pending?: React.ReactNode;
}

export function RequestsBody({ regions, filters, problems, result, pending }: RequestsBodyProps) {
  const t = useTranslations("requests");
  const common = useTranslations("common");
  const locale = useLocale();
  const region = regions.find((r) => r.slug === filters.region);
  const currentRegion = region ? regionName(common, region) : undefined;
  const field = "block w-full rounded-lg border border-line bg-card px-3 py-2";
  const select = `mt-1 ${field}`;
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">
        {currentRegion ? t("list.headingRegion", { region: currentRegion }) : t("list.heading")}
      </h1>
      {/* The total is announced when a search's results arrive in the page. */}
      <p className="mt-1 text-muted" role={filters.q ? "status" : undefined}>
        {result === null
          ? "\u00a0"
          : filters.q
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
      {result === null ? (
        <div className="mt-6">{pending}</div>
      ) : result.items.length === 0 ? (
        <p className="mt-10 text-center text-muted">{t("list.empty")}</p>
      ) : (
        <div className="mt-6 space-y-4">
          {result.items.map((request) => (
            <RequestCard key={request.id} request={request} headingLevel="h2" />
          ))}
        </div>
      )}
      {result === null ? null : (
        <Pagination
          fullLoad
          page={result.page}
          pageCount={result.pageCount}
          hrefFor={(page) => requestsHref(filters, { page })}
        />
      )}
    </>
  );
}
