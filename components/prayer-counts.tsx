"use client";
// Live prayer counts: one request fetches the counts of every request on the page, refreshed while it is open.
import { useQuery } from "@tanstack/react-query";
import { createContext, useContext } from "react";

export interface Counts {
  times: number;
  people: number;
}

const CountsContext = createContext<Record<number, Counts> | undefined>(undefined);

const REFRESH_MS = 30_000;

async function fetchCounts(ids: number[]): Promise<Record<number, Counts>> {
  const response = await fetch(`/api/counts?ids=${ids.join(",")}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`Counts request failed: ${response.status}`);
  const body = (await response.json()) as { counts: Record<number, Counts> };
  return body.counts;
}

export function CountsProvider({ ids, children }: { ids: number[]; children: React.ReactNode }) {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const { data } = useQuery({
    queryKey: ["counts", sorted],
    queryFn: () => fetchCounts(sorted),
    enabled: sorted.length > 0,
    refetchInterval: REFRESH_MS,
    staleTime: 5_000,
  });
  return <CountsContext.Provider value={data}>{children}</CountsContext.Provider>;
}

export function countText({ times, people }: Counts): string {
  const t = times === 1 ? "time" : "times";
  const p = people === 1 ? "person" : "people";
  return `Prayed ${times} ${t} by ${people} ${p}`;
}

/** "Prayed N times by M people", from the live counts once they arrive, else from the rendered page. */
export function PrayerCount({ id, initial }: { id: number; initial: Counts }) {
  const live = useContext(CountsContext)?.[id];
  return (
    <p className="text-sm text-muted" aria-live="polite" data-testid={`count-${id}`}>
      {countText(live ?? initial)}
    </p>
  );
}
