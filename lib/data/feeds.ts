// What the feeds carry: requests as they became public and the updates posted on them, newest
// first. Public only (no drafts, nothing scheduled for later, nothing archived) and never who prayed.
import "server-only";
import { and, asc, desc, eq, gt, lte, type SQL } from "drizzle-orm";
import { regions, requests, updates } from "@/db/schema";
import { entryTitle, type FeedEntry } from "@/lib/feeds";
import { nextScheduledPublish } from "./bulletins";
import { getDb } from "./db";
import { requestIsCurrent, requestIsPublic } from "./requests";
import type { RegionView } from "./regions";
import type { Locale } from "@/i18n/locales";
import { requestTranslationsFor, translateUpdates } from "./translations";

export const FEED_LIMIT = 50;
export const MAX_FEED_LIMIT = 200;

/** Requests a feed may show: public now, and not archived (as in the public lists by default). */
function feedRequests(now: Date, region: string | undefined): SQL[] {
  const conditions: SQL[] = [requestIsPublic(now), requestIsCurrent()];
  if (region !== undefined) conditions.push(eq(regions.slug, region));
  return conditions;
}

/**
 * The newest `limit` feed entries (default 50, at most 200), optionally of one region (by slug):
 * each public request dated when it became public, and each update on one dated when it was
 * posted (updates dated in the future wait for their time). Two queries, each bounded by `limit`.
 */
export async function listFeedEntries(
  options: { region?: string; limit?: number; locale?: Locale } = {},
): Promise<FeedEntry[]> {
  const requested = Math.trunc(options.limit ?? FEED_LIMIT);
  const limit = Number.isFinite(requested)
    ? Math.min(Math.max(requested, 1), MAX_FEED_LIMIT)
    : FEED_LIMIT;
  const now = new Date();
  const db = await getDb();
  const visible = feedRequests(now, options.region);
  const [requestRows, updateRows] = await Promise.all([
    db
      .select({
        id: requests.id,
        title: requests.title,
        bodyHtml: requests.bodyHtml,
        kind: requests.kind,
        country: requests.country,
        publishedAt: requests.publishedAt,
        regionSlug: regions.slug,
        regionName: regions.name,
      })
      .from(requests)
      .innerJoin(regions, eq(regions.id, requests.regionId))
      .where(and(...visible))
      .orderBy(desc(requests.publishedAt), desc(requests.id))
      .limit(limit),
    db
      .select({
        id: updates.id,
        kind: updates.kind,
        bodyHtml: updates.bodyHtml,
        postedAt: updates.postedAt,
        requestId: requests.id,
        title: requests.title,
        country: requests.country,
        regionSlug: regions.slug,
        regionName: regions.name,
      })
      .from(updates)
      .innerJoin(requests, eq(requests.id, updates.requestId))
      .innerJoin(regions, eq(regions.id, requests.regionId))
      .where(and(lte(updates.postedAt, now), ...visible))
      .orderBy(desc(updates.postedAt), desc(updates.id))
      .limit(limit),
  ]);
  // In the feed's language where staff translated the request or the update (else the original).
  const locale = options.locale ?? "en";
  const [titles, updateTexts] = await Promise.all([
    requestTranslationsFor(
      [...new Set([...requestRows.map((r) => r.id), ...updateRows.map((u) => u.requestId)])],
      locale,
    ),
    translateUpdates(updateRows, locale),
  ]);
  for (const r of requestRows) {
    const t = titles.get(r.id);
    if (t) Object.assign(r, { title: t.title, bodyHtml: t.bodyHtml });
  }
  updateRows.forEach((u, i) => {
    u.bodyHtml = updateTexts[i]!.bodyHtml;
    u.title = titles.get(u.requestId)?.title ?? u.title;
  });
  // Entries of the same instant: updates above requests (they come after), then newest row first.
  const dated: { entry: FeedEntry; rank: number; rowId: number }[] = [
    ...requestRows.map((r) => ({
      rank: 0,
      rowId: r.id,
      entry: {
        id: `request-${r.id}`,
        title: entryTitle(r.kind, r.title),
        url: `/requests/${r.id}`,
        // Never null here: requestIsPublic compares it with now.
        date: r.publishedAt ?? now,
        regionSlug: r.regionSlug,
        regionName: r.regionName,
        country: r.country,
        kind: r.kind,
        bodyHtml: r.bodyHtml,
      },
    })),
    ...updateRows.map((u) => ({
      rank: 1,
      rowId: u.id,
      entry: {
        id: `update-${u.id}`,
        title: entryTitle(u.kind, u.title),
        url: `/requests/${u.requestId}#update-${u.id}`,
        date: u.postedAt,
        regionSlug: u.regionSlug,
        regionName: u.regionName,
        country: u.country,
        kind: u.kind,
        bodyHtml: u.bodyHtml,
      },
    })),
  ];
  return dated
    .sort(
      (a, b) =>
        b.entry.date.getTime() - a.entry.date.getTime() || b.rank - a.rank || b.rowId - a.rowId,
    )
    .slice(0, limit)
    .map((d) => d.entry);
}

/** A region by its slug (the region feed 404s without one). */
export async function getRegionBySlug(slug: string): Promise<RegionView | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: regions.id, slug: regions.slug, name: regions.name })
    .from(regions)
    .where(eq(regions.slug, slug))
    .limit(1);
  return row ?? null;
}

/**
 * The next time the feeds change by themselves: a scheduled bulletin going public, or an update
 * dated in the future coming due. A cached feed expires then (expirePageAt).
 */
export async function nextFeedChange(now = new Date()): Promise<Date | null> {
  const db = await getDb();
  const [bulletin, [update]] = await Promise.all([
    nextScheduledPublish(now),
    db
      .select({ at: updates.postedAt })
      .from(updates)
      .where(gt(updates.postedAt, now))
      .orderBy(asc(updates.postedAt))
      .limit(1),
  ]);
  const times = [bulletin, update?.at].filter((t): t is Date => t instanceof Date);
  return times.length === 0 ? null : new Date(Math.min(...times.map((t) => t.getTime())));
}
