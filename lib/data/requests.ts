// Requests as the public sees them: the filtered list, one request with its timeline, and counts.
import "server-only";
import { and, asc, count, desc, eq, inArray, lte, ne, sql, type SQL } from "drizzle-orm";
import { bulletinItems, bulletins, regions, requests, updates } from "@/db/schema";
import { parseSearch, type SearchQuery } from "@/lib/search-text";
import type { RequestFilters } from "@/lib/validation/requests";
import { bulletinIsPublic } from "./bulletins";
import { getDb, isPostgres, paging } from "./db";

export const REQUEST_PAGE_SIZE = 20;

/**
 * A request anyone may read: a bulletin carrying it has been published. "I prayed" states the same
 * rule in raw SQL twice and must change with it: SQLite's group insert (lib/data/prayers.ts) and
 * PostgreSQL's record_prayer() (db/migrations/pg/0014_record_prayer.sql; a change there is a new
 * migration).
 */
export function requestIsPublic(now = new Date()) {
  return lte(requests.publishedAt, now);
}

export interface RequestListItem {
  id: number;
  title: string;
  /** The body rendered when it was written: sanitised HTML, and the start of its plain text. */
  bodyHtml: string;
  excerpt: string;
  kind: "request" | "praise";
  status: "open" | "answered" | "archived";
  country: string | null;
  regionSlug: string;
  regionName: string;
  prayerCount: number;
  prayerPeople: number;
  publishedAt: Date | null;
}

export const listColumns = {
  id: requests.id,
  title: requests.title,
  bodyHtml: requests.bodyHtml,
  excerpt: requests.excerpt,
  kind: requests.kind,
  status: requests.status,
  country: requests.country,
  regionSlug: regions.slug,
  regionName: regions.name,
  prayerCount: requests.prayerCount,
  prayerPeople: requests.prayerPeople,
  publishedAt: requests.publishedAt,
};

/** Requests the lists show unless asked for a status: what people pray for now. */
export function requestIsCurrent() {
  // The same rows as status IN ('open', 'answered'), but a single "not" lets the database walk an
  // index on published_at in order and stop after one page, where IN would sort every match.
  return ne(requests.status, "archived");
}

/** The list filters, on the requests table alone (so counting and paging need no join). */
function filterConditions(filters: Omit<RequestFilters, "page" | "q">): SQL[] {
  const conditions: SQL[] = [requestIsPublic()];
  if (filters.region)
    conditions.push(
      eq(
        requests.regionId,
        sql`(SELECT ${regions.id} FROM ${regions} WHERE ${regions.slug} = ${filters.region})`,
      ),
    );
  if (filters.kind) conditions.push(eq(requests.kind, filters.kind));
  conditions.push(filters.status ? eq(requests.status, filters.status) : requestIsCurrent());
  return conditions;
}

/**
 * The database's own full-text search for `search`: the matches joined to requests (to select
 * from), the condition, and the order (best first). SQLite: the FTS5 index requests_fts, ranked by
 * bm25 (lower is better); it comes first in the join (CROSS JOIN fixes SQLite's order), or SQLite
 * may walk an index of requests and run the whole search again for each row; and each match is
 * checked against the filters in requests_id_filters_idx (INDEXED BY: SQLite would read the rows,
 * ~1 kB each and mostly outside its page cache, three times the cost). PostgreSQL: the generated
 * tsvector requests.search_vector with its GIN index, ranked by ts_rank.
 */
function fullText(search: SearchQuery): { source: SQL; match: SQL; rank: SQL } {
  if (isPostgres())
    return {
      source: sql`to_tsquery('simple', ${search.tsquery}) AS search_query CROSS JOIN ${requests}`,
      match: sql`${requests}.search_vector @@ search_query`,
      rank: sql`ts_rank(${requests}.search_vector, search_query) DESC`,
    };
  return {
    source: sql`requests_fts CROSS JOIN ${requests} INDEXED BY requests_id_filters_idx`,
    match: sql`requests_fts MATCH ${search.fts5} AND requests_fts.rowid = ${requests.id}`,
    rank: sql`bm25(requests_fts)`,
  };
}

/**
 * One page of the public requests, newest first; with `q`, the requests holding every word of it
 * (the last also as a prefix, accents and case ignored: lib/search-text.ts), best match first.
 *
 * Three short queries: the count, the page's ids, then those rows. Counting and skipping to a page
 * read only the indexes on requests (each holds every filtered column), so neither a deep page nor
 * a large count reads the table; only the page's own rows are read in full.
 */
export async function listPublicRequests(filters: RequestFilters) {
  const search = filters.q === undefined ? null : parseSearch(filters.q);
  // A search of nothing but symbols matches nothing (rather than everything).
  if (filters.q !== undefined && search === null)
    return { ...paging(filters.page, REQUEST_PAGE_SIZE, 0), items: [] as RequestListItem[] };
  const db = await getDb();
  const text = search ? fullText(search) : null;
  const where = and(...filterConditions(filters), ...(text ? [text.match] : []));
  // Requests alone, or the search's matches joined to requests.
  const matching = {
    count: text
      ? db.select({ n: count() }).from(text.source).$dynamic()
      : db.select({ n: count() }).from(requests).$dynamic(),
    // (The id as SQL: Drizzle checks a column's table is in the query, and requests is in `source`.)
    ids: text
      ? db
          .select({ id: sql<number>`${requests.id}`.mapWith(Number) })
          .from(text.source)
          .$dynamic()
      : db.select({ id: requests.id }).from(requests).$dynamic(),
  };
  const [total] = await matching.count.where(where);
  const pages = paging(filters.page, REQUEST_PAGE_SIZE, Number(total?.n ?? 0));
  const page = await matching.ids
    .where(where)
    .orderBy(...(text ? [text.rank] : []), desc(requests.publishedAt), desc(requests.id))
    .limit(REQUEST_PAGE_SIZE)
    .offset(pages.offset);
  if (page.length === 0) return { ...pages, items: [] as RequestListItem[] };
  const rows = await db
    .select(listColumns)
    .from(requests)
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(
      inArray(
        requests.id,
        page.map((r) => r.id),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items: RequestListItem[] = page.flatMap((r) => byId.get(r.id) ?? []);
  return { ...pages, items };
}

/** The public requests among `ids`, in the order of `ids` (those no longer public are left out). */
export async function listPublicRequestsIn(ids: readonly number[]): Promise<RequestListItem[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  const rows = await db
    .select(listColumns)
    .from(requests)
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(and(inArray(requests.id, [...ids]), requestIsPublic()));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface PublicRequest extends RequestListItem {
  /** Its updates, oldest first, each with the HTML stored when it was posted. */
  updates: {
    id: number;
    kind: "update" | "answered" | "reopened";
    bodyHtml: string;
    postedAt: Date;
  }[];
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
        bodyHtml: updates.bodyHtml,
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
