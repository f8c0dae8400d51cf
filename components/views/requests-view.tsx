// The list of published requests for one set of filters (region, kind, status, search, page): the
// body of /requests, whichever route renders it (the cached one per filter, or the search).
import { CountsProvider } from "@/components/prayer-counts";
import { Pagination } from "@/components/pagination";
import { RegionNav } from "@/components/region-nav";
import { RequestCard } from "@/components/request-card";
import { tagPage, tags } from "@/lib/cache";
import { listRegions } from "@/lib/data/regions";
import { listPublicRequests } from "@/lib/data/requests";
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
  const regions = await listRegions();
  const { filters, problems } = parseRequestFilters(
    raw,
    regions.map((r) => r.slug),
  );
  const result = await listPublicRequests(filters);
  await tagPage(tags.requests, tags.regions, ...result.items.map((r) => tags.request(r.id)));
  const regionName = regions.find((r) => r.slug === filters.region)?.name;
  // A page number past the end shows the last page, and is not kept: made-up addresses never
  // fill the cache. So is a list with a filter that was left out.
  const keep = wellFormed && problems.length === 0 && result.page === filters.page;
  const select = "mt-1 block w-full rounded-lg border border-line bg-card px-3 py-2";
  return (
    <CountsProvider ids={result.items.map((r) => r.id)}>
      {keep ? null : <DoNotCache />}
      <h1 className="font-serif text-3xl font-semibold">
        {regionName ? `Prayer requests: ${regionName}` : "Prayer requests"}
      </h1>
      <p className="mt-1 text-muted">
        {result.total === 1 ? "1 request" : `${result.total} requests`}
        {filters.q ? ` matching “${filters.q}”` : ""}
      </p>
      {problems.length > 0 ? (
        <div role="alert" className="mt-4 rounded-lg border border-line bg-card px-4 py-3 text-sm">
          {problems.map((p) => (
            <p key={p.field}>{p.message}. That filter was left out.</p>
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
      <form
        method="get"
        action="/requests"
        role="search"
        aria-label="Filter requests"
        className="mt-4 grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
      >
        {filters.region ? <input type="hidden" name="region" value={filters.region} /> : null}
        <label className="text-sm">
          Search
          <input
            type="search"
            name="q"
            defaultValue={filters.q ?? ""}
            maxLength={MAX_QUERY_LENGTH}
            className={select}
          />
        </label>
        <label className="text-sm">
          Kind
          <select name="kind" defaultValue={filters.kind ?? ""} className={select}>
            <option value="">All kinds</option>
            <option value="request">Prayer requests</option>
            <option value="praise">Praise reports</option>
          </select>
        </label>
        <label className="text-sm">
          Status
          <select name="status" defaultValue={filters.status ?? ""} className={select}>
            <option value="">Open and answered</option>
            <option value="open">Open</option>
            <option value="answered">Answered</option>
            <option value="archived">Archived</option>
          </select>
        </label>
        <button
          type="submit"
          className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink"
        >
          Apply
        </button>
      </form>
      {result.items.length === 0 ? (
        <p className="mt-10 text-center text-muted">No requests match these filters.</p>
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
