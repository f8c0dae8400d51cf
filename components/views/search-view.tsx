"use client";
// A search of the requests (/requests?q=…), answered in the browser: the page itself is one cached
// page for every search (app/[locale]/requests/search), and the results come from
// /api/requests/search. A search is nearly always new to the server, and rendering a whole page for
// each would be the slowest thing it does; this way the server only looks the words up.
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { CountsProvider } from "@/components/prayer-counts";
import type { RegionLink } from "@/components/region-nav";
import type { RequestCardProps } from "@/components/request-card";
import { LOCALE_HEADER } from "@/lib/i18n/locale-header";
import { LIST_FILTER_KEYS } from "@/lib/validation/request-limits";
import { RequestsBody, type ListedFilters, type RequestsBodyProps } from "./requests-body";

interface SearchAnswer {
  filters: ListedFilters;
  problems: RequestsBodyProps["problems"];
  total: number;
  page: number;
  pageCount: number;
  /** Cards of a list: everything but the whole body (`bodyHtml` is only shown by a full card). */
  items: Omit<RequestCardProps["request"], "bodyHtml">[];
}

/** The filters as the address gives them, before the server has checked them. */
function filtersOf(params: URLSearchParams): ListedFilters {
  const text = (key: (typeof LIST_FILTER_KEYS)[number]) => params.get(key)?.trim() || undefined;
  return {
    q: text("q"),
    region: text("region"),
    kind: text("kind"),
    status: text("status"),
    page: Math.max(1, Number.parseInt(text("page") ?? "1", 10) || 1),
  };
}

async function search(query: string, locale: string): Promise<SearchAnswer> {
  const response = await fetch(`/api/requests/search?${query}`, {
    headers: { [LOCALE_HEADER]: locale },
  });
  if (!response.ok) throw new Error(`Search failed: ${response.status}`);
  return (await response.json()) as SearchAnswer;
}

function cardsOf(answer: SearchAnswer): RequestCardProps["request"][] {
  return answer.items.map((item) => ({ ...item, bodyHtml: "" }));
}

export function SearchView({ regions }: { regions: RegionLink[] }) {
  const t = useTranslations("requests");
  const locale = useLocale();
  const params = useSearchParams();
  const query = new URLSearchParams(
    LIST_FILTER_KEYS.flatMap((key) => (params.has(key) ? [[key, params.get(key) ?? ""]] : [])),
  ).toString();
  const answer = useQuery({
    queryKey: ["request-search", locale, query],
    queryFn: () => search(query, locale),
    staleTime: 60_000,
    retry: 1,
  });
  const data = answer.data;
  // One tree whatever the state, so what someone types while the results arrive stays typed.
  return (
    <CountsProvider ids={data ? data.items.map((r) => r.id) : []}>
      <RequestsBody
        regions={regions}
        filters={data ? data.filters : filtersOf(params)}
        problems={data ? data.problems : []}
        result={data ? { ...data, items: cardsOf(data) } : null}
        pending={
          answer.isError ? (
            <div role="alert" className="rounded-lg border border-line bg-card px-4 py-3">
              <p>{t("list.searchFailed")}</p>
              <button
                type="button"
                onClick={() => void answer.refetch()}
                className="mt-3 rounded-lg border border-line px-3 py-2 text-sm font-semibold"
              >
                {t("list.retry")}
              </button>
            </div>
          ) : (
            <p className="py-10 text-center text-muted">{t("list.searching")}</p>
          )
        }
      />
    </CountsProvider>
  );
}
