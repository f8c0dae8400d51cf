"use client";
// Live prayer state for a page: one request fetches the counts of every request on it (and, for a
// signed-in person, what they prayed for today and follow), refreshed while the page is open.
import { useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { createContext, useContext } from "react";
import { countText, type PrayerKind } from "@/lib/count-text";

export interface Counts {
  times: number;
  people: number;
}

export interface PageState {
  counts: Record<number, Counts>;
  prayedToday: number[];
  following: number[];
  pinned: number[];
  signedIn: boolean;
}

interface CountsContextValue {
  state: PageState | undefined;
  queryKey: QueryKey;
}

const CountsContext = createContext<CountsContextValue | undefined>(undefined);

const REFRESH_MS = 15_000;

async function fetchPageState(ids: number[]): Promise<PageState> {
  const response = await fetch(`/api/counts?ids=${ids.join(",")}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`Counts request failed: ${response.status}`);
  return (await response.json()) as PageState;
}

export function CountsProvider({ ids, children }: { ids: number[]; children: React.ReactNode }) {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const queryKey = ["page-state", sorted];
  const { data } = useQuery({
    queryKey,
    queryFn: () => fetchPageState(sorted),
    enabled: sorted.length > 0,
    refetchInterval: REFRESH_MS,
    staleTime: 5_000,
  });
  return (
    <CountsContext.Provider value={{ state: data, queryKey }}>{children}</CountsContext.Provider>
  );
}

/** The page's live state and a way to change it optimistically (for the "I prayed" and follow buttons). */
export function usePageState() {
  const context = useContext(CountsContext);
  const client = useQueryClient();
  const queryKey = context?.queryKey ?? ["page-state", []];
  return {
    state: context?.state,
    queryKey,
    update(change: (state: PageState) => PageState) {
      client.setQueryData<PageState>(queryKey, (old) => (old ? change(old) : old));
    },
  };
}

/** "Prayed N times by M people", from the live counts once they arrive, else from the rendered page. */
export function PrayerCount({
  id,
  initial,
  kind = "request",
}: {
  id: number;
  initial: Counts;
  kind?: PrayerKind;
}) {
  const t = useTranslations("requests");
  const live = useContext(CountsContext)?.state?.counts[id];
  return (
    <p className="min-w-0 text-sm text-muted" aria-live="polite" data-testid={`count-${id}`}>
      {countText(live ?? initial, kind, t)}
    </p>
  );
}
