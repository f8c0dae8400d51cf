// Requests as the public sees them: the filtered list, one request with its timeline, and counts.
import "server-only";
import { and, asc, count, desc, eq, inArray, lte, sql, type SQL } from "drizzle-orm";
import { bulletinItems, bulletins, regions, requests, updates } from "@/db/schema";
import type { RequestFilters } from "@/lib/validation/requests";
import { bulletinIsPublic } from "./bulletins";
import { containsText, getDb, paging } from "./db";

export const REQUEST_PAGE_SIZE = 20;

/** A request anyone may read: a bulletin carrying it has been published. */
export function requestIsPublic(now = new Date()) {
  return lte(requests.publishedAt, now);
}

export interface RequestListItem {
  id: number;
  title: string;
  body: string;
  kind: "request" | "praise";
  status: "open" | "answered" | "archived";
  country: string | null;
  regionSlug: string;
  regionName: string;
  prayerCount: number;
  prayerPeople: number;
  publishedAt: Date | null;
}

const listColumns = {
  id: requests.id,
  title: requests.title,
  body: requests.body,
  kind: requests.kind,
  status: requests.status,
  country: requests.country,
  regionSlug: regions.slug,
  regionName: regions.name,
  prayerCount: requests.prayerCount,
  prayerPeople: requests.prayerPeople,
  publishedAt: requests.publishedAt,
};

function filterConditions(filters: Omit<RequestFilters, "page">): SQL[] {
  const conditions: SQL[] = [requestIsPublic()];
  if (filters.region) conditions.push(eq(regions.slug, filters.region));
  if (filters.kind) conditions.push(eq(requests.kind, filters.kind));
  // Without a status filter the list shows what people pray for now: open and answered.
  conditions.push(
    filters.status
      ? eq(requests.status, filters.status)
      : inArray(requests.status, ["open", "answered"]),
  );
  if (filters.q) {
    conditions.push(
      sql`(${containsText(requests.title, filters.q)} OR ${containsText(requests.body, filters.q)})`,
    );
  }
  return conditions;
}

export async function listPublicRequests(filters: RequestFilters) {
  const db = await getDb();
  const where = and(...filterConditions(filters));
  const [total] = await db
    .select({ n: count() })
    .from(requests)
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(where);
  const pages = paging(filters.page, REQUEST_PAGE_SIZE, Number(total?.n ?? 0));
  const items: RequestListItem[] = await db
    .select(listColumns)
    .from(requests)
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(where)
    .orderBy(desc(requests.publishedAt), desc(requests.id))
    .limit(REQUEST_PAGE_SIZE)
    .offset(pages.offset);
  return { ...pages, items };
}

export interface PublicRequest extends RequestListItem {
  updates: { id: number; kind: "update" | "answered" | "reopened"; body: string; postedAt: Date }[];
  /** The public bulletins that carried it, newest first. */
  bulletins: { id: number; title: string; publishAt: Date }[];
}

export async function getPublicRequest(id: number): Promise<PublicRequest | null> {
  const db = await getDb();
  const now = new Date();
  const [request] = await db
    .select(listColumns)
    .from(requests)
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(and(eq(requests.id, id), requestIsPublic(now)))
    .limit(1);
  if (!request) return null;
  const [timeline, carriedBy] = await Promise.all([
    db
      .select({
        id: updates.id,
        kind: updates.kind,
        body: updates.body,
        postedAt: updates.postedAt,
      })
      .from(updates)
      .where(and(eq(updates.requestId, id), lte(updates.postedAt, now)))
      .orderBy(asc(updates.postedAt), asc(updates.id)),
    db
      .select({ id: bulletins.id, title: bulletins.title, publishAt: bulletins.publishAt })
      .from(bulletinItems)
      .innerJoin(bulletins, eq(bulletins.id, bulletinItems.bulletinId))
      .where(and(eq(bulletinItems.requestId, id), bulletinIsPublic(now)))
      .orderBy(desc(bulletins.publishAt), desc(bulletins.id)),
  ]);
  return {
    ...request,
    updates: timeline,
    bulletins: carriedBy.map((b) => ({ ...b, publishAt: b.publishAt ?? new Date(0) })),
  };
}

/** Counts for the public requests among `ids`: aggregates only, never who prayed. */
export async function getPrayerCounts(
  ids: readonly number[],
): Promise<Record<number, { times: number; people: number }>> {
  if (ids.length === 0) return {};
  const db = await getDb();
  const rows = await db
    .select({ id: requests.id, times: requests.prayerCount, people: requests.prayerPeople })
    .from(requests)
    .where(and(inArray(requests.id, [...ids]), requestIsPublic()));
  return Object.fromEntries(rows.map((r) => [r.id, { times: r.times, people: r.people }]));
}
