// Bulletins: saving parsed drafts, publishing, and the public and staff views of them.
import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { auditLog, bulletinItems, bulletins, regions, requests } from "@/db/schema";
import type { BulletinDraft } from "@/lib/bulletin/parser";
import { renderRequestText } from "@/lib/markdown";
import { authorize, type Actor } from "@/lib/permissions";
import type { Result } from "@/lib/result";
import { getDb, paging, type Executor, type Tx } from "./db";

export const BULLETIN_PAGE_SIZE = 20;

/** A bulletin anyone may read: scheduled or published, and its publish time has come. */
export function bulletinIsPublic(now = new Date()) {
  return and(inArray(bulletins.status, ["scheduled", "published"]), lte(bulletins.publishAt, now));
}

export interface BulletinItemView {
  id: number;
  title: string;
  body: string;
  /** The body as stored when it was written: sanitised HTML, and the start of its plain text. */
  bodyHtml: string;
  excerpt: string;
  kind: "request" | "praise";
  status: "open" | "answered" | "archived";
  country: string | null;
  regionSlug: string;
  regionName: string;
  prayerCount: number;
  prayerPeople: number;
}

export interface BulletinView {
  id: number;
  title: string;
  verseText: string;
  verseReference: string;
  notes: string[];
  publishAt: Date;
  items: BulletinItemView[];
}

/** Saves a parsed bulletin as a draft inside `tx`: unknown regions are added, each item becomes a request. */
export async function saveBulletinDraftIn(
  tx: Executor,
  draft: BulletinDraft,
  createdBy: string | null = null,
): Promise<number> {
  const known = await tx
    .select({ id: regions.id, slug: regions.slug, name: regions.name })
    .from(regions);
  const regionsBySlug = new Map(known.map((r) => [r.slug, r]));
  let position = known.length;
  for (const proposed of draft.proposedRegions) {
    if (regionsBySlug.has(proposed.slug)) continue;
    const [added] = await tx
      .insert(regions)
      .values({ slug: proposed.slug, name: proposed.name, position: position++ })
      .returning({ id: regions.id });
    if (added) regionsBySlug.set(proposed.slug, { ...proposed, id: added.id });
  }
  const [bulletin] = await tx
    .insert(bulletins)
    .values({
      title: draft.title,
      verseText: draft.verse?.text ?? "",
      verseReference: draft.verse?.reference ?? "",
      notes: draft.notes,
      status: "draft",
      createdBy,
    })
    .returning({ id: bulletins.id });
  if (!bulletin) throw new Error("The bulletin was not saved.");
  for (const [index, item] of draft.items.entries()) {
    const region = regionsBySlug.get(item.region);
    if (region === undefined) throw new Error(`Unknown region “${item.region}” in the draft.`);
    const [request] = await tx
      .insert(requests)
      .values({
        regionId: region.id,
        country: item.country,
        kind: item.kind,
        title: item.title,
        body: item.body,
        ...renderRequestText({ ...item, regionName: region.name }),
        firstBulletinId: bulletin.id,
      })
      .returning({ id: requests.id });
    if (!request) throw new Error("A request was not saved.");
    await tx
      .insert(bulletinItems)
      .values({ bulletinId: bulletin.id, requestId: request.id, position: index });
  }
  return bulletin.id;
}

/**
 * Saves a parsed draft (the command-line import). The caller ran the safety check; when the person
 * running it confirmed flagged words, they are recorded in the audit log with the draft.
 */
export async function saveBulletinDraft(
  draft: BulletinDraft,
  createdBy: string | null = null,
  safetyConfirmed: readonly string[] = [],
): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const id = await saveBulletinDraftIn(tx, draft, createdBy);
    if (safetyConfirmed.length > 0)
      await tx.insert(auditLog).values({
        actorId: createdBy,
        entityType: "bulletin",
        entityId: id,
        action: "imported despite safety flags (confirmed on the command line)",
        after: { safetyFlagsConfirmed: [...safetyConfirmed] },
      });
    return id;
  });
}

/**
 * Publishes (or, for a future time, schedules) a bulletin inside `tx`. Its requests become public at
 * the same moment, unless an earlier bulletin already made them public.
 */
export async function publishBulletinIn(tx: Tx | Executor, bulletinId: number, at: Date) {
  const now = new Date();
  await tx
    .update(bulletins)
    .set({ status: at > now ? "scheduled" : "published", publishAt: at, updatedAt: now })
    .where(eq(bulletins.id, bulletinId));
  const itemIds = tx
    .select({ id: bulletinItems.requestId })
    .from(bulletinItems)
    .where(eq(bulletinItems.bulletinId, bulletinId));
  await tx
    .update(requests)
    .set({ publishedAt: at, updatedAt: now })
    .where(
      and(
        inArray(requests.id, itemIds),
        or(isNull(requests.publishedAt), gt(requests.publishedAt, at)),
      ),
    );
}

const itemColumns = {
  id: requests.id,
  title: requests.title,
  body: requests.body,
  bodyHtml: requests.bodyHtml,
  excerpt: requests.excerpt,
  kind: requests.kind,
  status: requests.status,
  country: requests.country,
  regionSlug: regions.slug,
  regionName: regions.name,
  prayerCount: requests.prayerCount,
  prayerPeople: requests.prayerPeople,
};

async function withItems(
  row: Omit<BulletinView, "items" | "publishAt"> & { publishAt: Date | null },
): Promise<BulletinView> {
  const db = await getDb();
  const items = await db
    .select(itemColumns)
    .from(bulletinItems)
    .innerJoin(requests, eq(requests.id, bulletinItems.requestId))
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(eq(bulletinItems.bulletinId, row.id))
    .orderBy(asc(bulletinItems.position));
  return { ...row, publishAt: row.publishAt ?? new Date(0), items };
}

const headerColumns = {
  id: bulletins.id,
  title: bulletins.title,
  verseText: bulletins.verseText,
  verseReference: bulletins.verseReference,
  notes: bulletins.notes,
  publishAt: bulletins.publishAt,
};

/** The newest bulletin that is public now, with its items in order; null before the first one. */
export async function getLatestBulletin(): Promise<BulletinView | null> {
  const db = await getDb();
  const [row] = await db
    .select(headerColumns)
    .from(bulletins)
    .where(bulletinIsPublic())
    .orderBy(desc(bulletins.publishAt), desc(bulletins.id))
    .limit(1);
  return row ? withItems(row) : null;
}

/** One public bulletin; null when it does not exist or is not public yet. */
export async function getPublicBulletin(id: number): Promise<BulletinView | null> {
  const db = await getDb();
  const [row] = await db
    .select(headerColumns)
    .from(bulletins)
    .where(and(eq(bulletins.id, id), bulletinIsPublic()))
    .limit(1);
  return row ? withItems(row) : null;
}

const itemCount = sql<number>`(SELECT count(*) FROM ${bulletinItems} WHERE ${bulletinItems.bulletinId} = ${bulletins.id})`;

export async function listPublicBulletins(page: number) {
  const db = await getDb();
  const [total] = await db.select({ n: count() }).from(bulletins).where(bulletinIsPublic());
  const pages = paging(page, BULLETIN_PAGE_SIZE, Number(total?.n ?? 0));
  const rows = await db
    .select({
      id: bulletins.id,
      title: bulletins.title,
      publishAt: bulletins.publishAt,
      verseReference: bulletins.verseReference,
      itemCount,
    })
    .from(bulletins)
    .where(bulletinIsPublic())
    .orderBy(desc(bulletins.publishAt), desc(bulletins.id))
    .limit(BULLETIN_PAGE_SIZE)
    .offset(pages.offset);
  return {
    ...pages,
    items: rows.map((r) => ({
      ...r,
      publishAt: r.publishAt ?? new Date(0),
      itemCount: Number(r.itemCount),
    })),
  };
}

export interface StaffBulletinRow {
  id: number;
  title: string;
  status: "draft" | "scheduled" | "published";
  publishAt: Date | null;
  createdAt: Date;
  itemCount: number;
}

/** What staff lists show of a bulletin (with a count of their own). */
export const staffBulletinColumns = {
  id: bulletins.id,
  title: bulletins.title,
  status: bulletins.status,
  publishAt: bulletins.publishAt,
  createdAt: bulletins.createdAt,
};

/** Staff's view: drafts, scheduled (publish time still ahead) and published, newest first. */
export async function listBulletinsForStaff(actor: Actor | null): Promise<
  Result<{
    drafts: StaffBulletinRow[];
    scheduled: StaffBulletinRow[];
    published: StaffBulletinRow[];
  }>
> {
  const decision = authorize(actor, { action: "bulletin.write" });
  if (!decision.ok) return decision;
  const db = await getDb();
  const rows = await db
    .select({ ...staffBulletinColumns, itemCount })
    .from(bulletins)
    .orderBy(
      desc(sql`coalesce(${bulletins.publishAt}, ${bulletins.createdAt})`),
      desc(bulletins.id),
    )
    .limit(500);
  const now = new Date();
  const all = rows.map((r) => ({ ...r, itemCount: Number(r.itemCount) }));
  return {
    ok: true,
    drafts: all.filter((r) => r.status === "draft"),
    scheduled: all.filter((r) => r.status !== "draft" && r.publishAt !== null && r.publishAt > now),
    published: all.filter(
      (r) => r.status !== "draft" && r.publishAt !== null && r.publishAt <= now,
    ),
  };
}

/** The next time a scheduled bulletin goes public, if any: cached public pages expire at it. */
export async function nextScheduledPublish(now = new Date()): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db
    .select({ at: bulletins.publishAt })
    .from(bulletins)
    .where(and(inArray(bulletins.status, ["scheduled", "published"]), gt(bulletins.publishAt, now)))
    .orderBy(asc(bulletins.publishAt))
    .limit(1);
  return row?.at ?? null;
}

/** The requests a bulletin carries (for dropping their cached pages when it is published). */
export async function bulletinRequestIds(bulletinId: number): Promise<number[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: bulletinItems.requestId })
    .from(bulletinItems)
    .where(eq(bulletinItems.bulletinId, bulletinId));
  return rows.map((r) => r.id);
}
