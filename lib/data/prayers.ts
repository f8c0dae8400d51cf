// Prayers and follows: "I prayed" (one per person, request and day), a person's own state and history,
// and the guided prayer session. Who prayed for what is read here only for that same person.
import "server-only";
import { and, asc, count, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { follows, pins, prayers, regions, requests } from "@/db/schema";
import { countPrayerRecorded } from "@/lib/metrics";
import { permit, type Actor } from "@/lib/permissions";
import { fail, type Result } from "@/lib/result";
import { calendarDay, weekStart } from "@/lib/time";
import { actorTimeZone } from "./sessions";
import { getLatestBulletin, type BulletinItemView } from "./bulletins";
import { getDb, isPostgres, paging, queryPostgres, type Database } from "./db";
import { listColumns, requestIsPublic, type RequestListItem } from "./requests";

export interface PrayerCounts {
  times: number;
  people: number;
}

type RecordedPrayer = Result<{ counts: PrayerCounts; recorded: boolean; prayedToday: true }>;

/**
 * Records that `actor` prayed for a request today. Idempotent: the unique (user, request, day) index
 * turns a repeat into a no-op, and the counters move in the same transaction as the insert.
 */
export async function recordPrayer(
  actor: Actor | null,
  requestId: number,
  at = new Date(),
): Promise<RecordedPrayer> {
  const allowed = permit(actor, { action: "prayer.create" });
  if (!allowed.ok) return allowed;
  const userId = allowed.actor.id;
  // "One prayer a day" is the person's own day: midnight in their time zone starts the next.
  const day = calendarDay(at, await actorTimeZone(allowed.actor));
  const db = await getDb();
  const result = isPostgres()
    ? await recordOnPostgres(db, userId, requestId, day, at)
    : await recordOnSqlite(db, userId, requestId, day, at);
  if (result.ok && result.recorded) countPrayerRecorded();
  return result;
}

interface PendingPrayer {
  userId: string;
  requestId: number;
  day: string;
  at: Date;
  settle: (result: RecordedPrayer | Error) => void;
}

/**
 * SQLite: prayers are written in groups ("group commit"). Writes queue one at a time in this process
 * (db/serialize-writes.ts) and each commit waits for the disk, so every prayer that arrives while
 * one group is being written goes into the next group: one batch — one trip to the driver, one
 * transaction, one sync to disk — for all of them. Each prayer is still its own three statements,
 * in order: the insert happens only for a public request; the counters move only when it inserted
 * (changes() is the row count of the statement before); the answer reads the counts and whether
 * the update ran. A second prayer by the same person for the same request in one group finds the
 * first and counts nothing, exactly as one after the other would.
 */
const pendingPrayers: PendingPrayer[] = [];
let groupScheduled = false;
const MAX_GROUP = 200;

function recordOnSqlite(
  db: Database,
  userId: string,
  requestId: number,
  day: string,
  at: Date,
): Promise<RecordedPrayer> {
  return new Promise((resolve, reject) => {
    pendingPrayers.push({
      userId,
      requestId,
      day,
      at,
      settle: (result) => (result instanceof Error ? reject(result) : resolve(result)),
    });
    if (!groupScheduled) {
      groupScheduled = true;
      setImmediate(() => void writePrayerGroup(db));
    }
  });
}

async function writePrayerGroup(db: Database): Promise<void> {
  groupScheduled = false;
  const group = pendingPrayers.splice(0, MAX_GROUP);
  if (group.length === 0) return;
  const now = Date.now();
  try {
    const statements = group.flatMap(({ userId, requestId, day, at }) => [
      db.run(sql`INSERT OR IGNORE INTO prayers (user_id, request_id, day, created_at)
        SELECT ${userId}, ${requestId}, ${day}, ${at.getTime()}
        WHERE EXISTS (SELECT 1 FROM requests WHERE id = ${requestId} AND published_at <= ${now})`),
      db.run(sql`UPDATE requests SET prayer_count = prayer_count + 1,
        prayer_people = prayer_people +
          (SELECT count(*) = 1 FROM prayers WHERE user_id = ${userId} AND request_id = ${requestId})
        WHERE id = ${requestId} AND changes() > 0`),
      db.all<{ times: number; people: number; recorded: number }>(sql`SELECT prayer_count AS times,
        prayer_people AS people, changes() AS recorded
        FROM requests WHERE id = ${requestId} AND published_at <= ${now}`),
    ]);
    const results: readonly unknown[] = await db.batch(
      statements as unknown as Parameters<typeof db.batch>[0],
    );
    group.forEach((prayer, i) => {
      const row = (results[i * 3 + 2] as { times: number; people: number; recorded: number }[])[0];
      prayer.settle(
        row
          ? {
              ok: true,
              recorded: Number(row.recorded) > 0,
              prayedToday: true,
              counts: { times: Number(row.times), people: Number(row.people) },
            }
          : fail(404, "There is no such request."),
      );
    });
  } catch (error) {
    for (const prayer of group)
      prayer.settle(error instanceof Error ? error : new Error(String(error)));
  } finally {
    if (pendingPrayers.length > 0 && !groupScheduled) {
      groupScheduled = true;
      setImmediate(() => void writePrayerGroup(db));
    }
  }
}

/**
 * PostgreSQL: prayers for one request queue on its row lock, so "first time" is decided on committed
 * data. The statements run inside the server, in one round trip (`record_prayer`, migration 0014):
 * the lock is held for their work and the commit, not for five trips between the app and the server.
 */
async function recordOnPostgres(
  db: Database,
  userId: string,
  requestId: number,
  day: string,
  at: Date,
): Promise<RecordedPrayer> {
  const now = new Date().toISOString();
  const rows = await queryPostgres<{ times: number; people: number; recorded: boolean }>(
    db,
    sql`SELECT times, people, recorded FROM record_prayer(${userId}, ${requestId}, ${day}, ${at.toISOString()}, ${now})`,
  );
  const [row] = rows;
  if (!row) return fail(404, "There is no such request.");
  return {
    ok: true,
    recorded: Boolean(row.recorded),
    prayedToday: true,
    counts: { times: Number(row.times), people: Number(row.people) },
  };
}

/** For the signed-in person only: which of `ids` they prayed for today and which they follow. */
export async function getViewerState(
  actor: Actor | null,
  ids: readonly number[],
): Promise<{ prayedToday: number[]; following: number[]; pinned: number[] }> {
  if (!actor || ids.length === 0) return { prayedToday: [], following: [], pinned: [] };
  const db = await getDb();
  const today = calendarDay(new Date(), await actorTimeZone(actor));
  const [prayed, followed, pinned] = await Promise.all([
    db
      .select({ id: prayers.requestId })
      .from(prayers)
      .where(
        and(
          eq(prayers.userId, actor.id),
          eq(prayers.day, today),
          inArray(prayers.requestId, [...ids]),
        ),
      ),
    db
      .select({ id: follows.requestId })
      .from(follows)
      .where(and(eq(follows.userId, actor.id), inArray(follows.requestId, [...ids]))),
    db
      .select({ id: pins.requestId })
      .from(pins)
      .where(and(eq(pins.userId, actor.id), inArray(pins.requestId, [...ids]))),
  ]);
  return {
    prayedToday: prayed.map((p) => p.id),
    following: followed.map((f) => f.id),
    pinned: pinned.map((p) => p.id),
  };
}

export async function setFollow(
  actor: Actor | null,
  requestId: number,
  following: boolean,
): Promise<Result<{ following: boolean }>> {
  const set = await setMark(actor, follows, requestId, following);
  return set.ok ? { ok: true, following } : set;
}

/** Pins a request to the person's own "My list" (prayed through on /pray/mine), or takes it off. */
export async function setPinned(
  actor: Actor | null,
  requestId: number,
  pinned: boolean,
): Promise<Result<{ pinned: boolean }>> {
  const set = await setMark(actor, pins, requestId, pinned);
  return set.ok ? { ok: true, pinned } : set;
}

/** Follows and pins: one row per person and public request while it is on. */
async function setMark(
  actor: Actor | null,
  table: typeof follows | typeof pins,
  requestId: number,
  on: boolean,
): Promise<Result<object>> {
  const allowed = permit(actor, { action: "follow.set" });
  if (!allowed.ok) return allowed;
  const userId = allowed.actor.id;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select({ id: requests.id })
      .from(requests)
      .where(and(eq(requests.id, requestId), requestIsPublic()))
      .limit(1);
    if (!request) return fail(404, "There is no such request.");
    // To the millisecond (SQLite's own default counts whole seconds): "first pinned first".
    if (on)
      await tx
        .insert(table)
        .values({ userId, requestId, createdAt: new Date() })
        .onConflictDoNothing();
    else
      await tx.delete(table).where(and(eq(table.userId, userId), eq(table.requestId, requestId)));
    return { ok: true };
  });
}

export interface GuidedPrayer {
  bulletin: { id: number; title: string; verseText: string; verseReference: string } | null;
  /** The latest bulletin's items (in one region, when asked), those prayed for least this week first. */
  items: (BulletinItemView & { prayersThisWeek: number })[];
}

export async function getGuidedPrayer(region?: string): Promise<GuidedPrayer> {
  const bulletin = await getLatestBulletin();
  if (!bulletin) return { bulletin: null, items: [] };
  const chosen = bulletin.items.filter(
    (item) => item.status !== "archived" && (!region || item.regionSlug === region),
  );
  const db = await getDb();
  const weekly =
    chosen.length === 0
      ? []
      : await db
          .select({ id: prayers.requestId, n: count() })
          .from(prayers)
          .where(
            and(
              inArray(
                prayers.requestId,
                chosen.map((c) => c.id),
              ),
              gte(prayers.day, weekStart(new Date())),
            ),
          )
          .groupBy(prayers.requestId);
  const thisWeek = new Map(weekly.map((w) => [w.id, Number(w.n)]));
  const order = new Map(chosen.map((item, index) => [item.id, index]));
  const items = chosen
    .map((item) => ({ ...item, prayersThisWeek: thisWeek.get(item.id) ?? 0 }))
    .sort(
      (a, b) =>
        a.prayersThisWeek - b.prayersThisWeek || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
  const { id, title, verseText, verseReference } = bulletin;
  return { bulletin: { id, title, verseText, verseReference }, items };
}

/**
 * A person's own "My list" (theirs only): the public requests they pinned, first pinned first, and
 * the latest bulletin's verse to begin with, for /pray/mine and /me.
 */
export async function getMyList(
  actor: Actor | null,
): Promise<Result<{ bulletin: GuidedPrayer["bulletin"]; items: RequestListItem[] }>> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const db = await getDb();
  const [bulletin, items] = await Promise.all([
    getLatestBulletin(),
    db
      .select(listColumns)
      .from(pins)
      .innerJoin(requests, eq(requests.id, pins.requestId))
      .innerJoin(regions, eq(regions.id, requests.regionId))
      .where(and(eq(pins.userId, allowed.actor.id), requestIsPublic()))
      .orderBy(asc(pins.createdAt), asc(requests.id))
      .limit(200),
  ]);
  if (!bulletin) return { ok: true, bulletin: null, items };
  const { id, title, verseText, verseReference } = bulletin;
  return { ok: true, bulletin: { id, title, verseText, verseReference }, items };
}

export const HISTORY_PAGE_SIZE = 20;

export interface MyPrayer {
  requestId: number;
  title: string;
  regionSlug: string;
  regionName: string;
  day: string;
}

/**
 * A person's own prayers: this week's, and the earlier weeks' (newest first, paged), so the two
 * lists never repeat each other; `total` counts them all, `earlier` those before this week.
 */
export async function getMyPrayers(
  actor: Actor | null,
  page: number,
): Promise<
  Result<{
    thisWeek: MyPrayer[];
    history: MyPrayer[];
    page: number;
    pageCount: number;
    total: number;
    earlier: number;
  }>
> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const userId = allowed.actor.id;
  const db = await getDb();
  const columns = {
    requestId: prayers.requestId,
    title: requests.title,
    regionSlug: regions.slug,
    regionName: regions.name,
    day: prayers.day,
  };
  const mine = eq(prayers.userId, userId);
  // "This week" is the person's own: Monday in their time zone.
  const week = weekStart(new Date(), await actorTimeZone(allowed.actor));
  const before = and(mine, lt(prayers.day, week));
  const [thisWeek, [total], [earlier]] = await Promise.all([
    db
      .select(columns)
      .from(prayers)
      .innerJoin(requests, eq(requests.id, prayers.requestId))
      .innerJoin(regions, eq(regions.id, requests.regionId))
      .where(and(mine, gte(prayers.day, week)))
      .orderBy(desc(prayers.day), desc(prayers.id))
      .limit(200),
    db.select({ n: count() }).from(prayers).where(mine),
    db.select({ n: count() }).from(prayers).where(before),
  ]);
  const pages = paging(page, HISTORY_PAGE_SIZE, Number(earlier?.n ?? 0));
  const history = await db
    .select(columns)
    .from(prayers)
    .innerJoin(requests, eq(requests.id, prayers.requestId))
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(before)
    .orderBy(desc(prayers.day), desc(prayers.id))
    .limit(HISTORY_PAGE_SIZE)
    .offset(pages.offset);
  return {
    ok: true,
    thisWeek,
    history,
    ...pages,
    total: Number(total?.n ?? 0),
    earlier: Number(earlier?.n ?? 0),
  };
}

/** The requests a person follows, with their status, newest follow first. */
export async function listFollowed(actor: Actor | null) {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const db = await getDb();
  const items = await db
    .select({
      requestId: requests.id,
      title: requests.title,
      status: requests.status,
      regionSlug: regions.slug,
      regionName: regions.name,
      followedAt: follows.createdAt,
    })
    .from(follows)
    .innerJoin(requests, eq(requests.id, follows.requestId))
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(and(eq(follows.userId, allowed.actor.id), requestIsPublic()))
    .orderBy(desc(follows.createdAt), asc(requests.id))
    .limit(200);
  return { ok: true as const, items };
}
