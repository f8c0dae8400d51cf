// Scores the parser's draft of a layout against what a careful person would make of it.
import { parseBulletin, type BulletinDraft, type DraftItem } from "../parser";
import type { ExpectedItem, Layout } from "./types";

export interface LayoutScore {
  name: string;
  /** Expected items the draft has right: region, country and kind, found by their words. */
  matched: number;
  expected: number;
  /** Items in the draft that match no expected one (a greeting made a request, a merge…). */
  extra: number;
  verseRight: boolean;
  /** What went wrong, for the test's output. */
  misses: string[];
}

const lower = (s: string) => s.replace(/\s+/g, " ").toLowerCase();

function sameItem(item: DraftItem, want: ExpectedItem): boolean {
  return (
    item.region === want.region &&
    item.country === want.country &&
    item.kind === want.kind &&
    lower(item.body).includes(lower(want.contains))
  );
}

function describeItem(item: DraftItem | undefined): string {
  return item
    ? `${item.region}/${item.country ?? "-"}/${item.kind} “${item.body.slice(0, 50)}”`
    : "nothing";
}

export function scoreLayout(layout: Layout, draft: BulletinDraft = parseBulletin(layout.text)) {
  const used = new Set<number>();
  const misses: string[] = [];
  let matched = 0;
  for (const want of layout.items) {
    const index = draft.items.findIndex((item, i) => !used.has(i) && sameItem(item, want));
    if (index >= 0) {
      used.add(index);
      matched += 1;
      continue;
    }
    const near = draft.items.find((item) => lower(item.body).includes(lower(want.contains)));
    misses.push(
      `want ${want.region}/${want.country ?? "-"}/${want.kind} “${want.contains}”, got ${describeItem(near)}`,
    );
  }
  const extras = draft.items.filter((_, i) => !used.has(i));
  for (const item of extras) misses.push(`extra ${describeItem(item)}`);
  const verseRight = (draft.verse?.reference ?? null) === layout.verse;
  if (!verseRight)
    misses.push(`verse: want ${layout.verse ?? "none"}, got ${draft.verse?.reference ?? "none"}`);
  return {
    name: layout.name,
    matched,
    expected: layout.items.length,
    extra: extras.length,
    verseRight,
    misses,
  } satisfies LayoutScore;
}

/** Items right over (expected + extra): a missed item and an invented one each cost a point. */
export function itemScore(scores: readonly LayoutScore[]): number {
  const right = scores.reduce((n, s) => n + s.matched, 0);
  const total = scores.reduce((n, s) => n + s.expected + s.extra, 0);
  return total === 0 ? 1 : right / total;
}
