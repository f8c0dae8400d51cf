// The feeds' entries on every dialect: only what is public, updates at their time, by region,
// newest first and bounded.
import { and, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { regions, requests } from "@/db/schema";
import type { FeedEntry } from "@/lib/feeds";
import type { Actor } from "@/lib/permissions";
import { ensureSeeded, makeUser } from "@/lib/testing/data-fixtures";
import type { BulletinInput } from "@/lib/validation/bulletins";
import { getDb } from "./db";
import { getRegionBySlug, listFeedEntries, MAX_FEED_LIMIT, nextFeedChange } from "./feeds";
import { recordPrayer } from "./prayers";
import { addCaseUpdate, publishBulletin, saveBulletin, setRequestArchived } from "./staff";

const MINUTE = 60_000;
const ENTRY_KEYS = [
  "bodyHtml",
  "country",
  "date",
  "id",
  "kind",
  "regionName",
  "regionSlug",
  "title",
  "url",
];

let staff: Actor;
let seed: { id: number; title: string; regionSlug: string; publishedAt: Date | null }[];
let southAsia: { id: number; title: string };

beforeAll(async () => {
  await ensureSeeded();
  staff = await makeUser("staff");
  const db = await getDb();
  seed = await db
    .select({
      id: requests.id,
      title: requests.title,
      regionSlug: regions.slug,
      publishedAt: requests.publishedAt,
    })
    .from(requests)
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(isNotNull(requests.publishedAt))
    .orderBy(requests.id);
  southAsia = seed.find((r) => r.regionSlug === "south-asia")!;
});

/** A bulletin of `titles` in Africa, saved as a draft; its request ids in order. */
async function draftBulletin(titles: string[]): Promise<{ id: number; requestIds: number[] }> {
  const input: BulletinInput = {
    title: "Feed test bulletin",
    verseText: "Learn to do right; seek justice.",
    verseReference: "Isaiah 1:17",
    notes: [],
    items: titles.map((title) => ({
      requestId: null,
      region: "africa",
      country: "Kenya",
      kind: "request" as const,
      title,
      body: `Pray for **${title}**.`,
    })),
  };
  const saved = await saveBulletin(staff, null, input);
  if (!saved.ok) throw new Error(saved.error);
  const db = await getDb();
  const rows = await db
    .select({ id: requests.id })
    .from(requests)
    .where(eq(requests.firstBulletinId, saved.id))
    .orderBy(requests.id);
  return { id: saved.id, requestIds: rows.map((r) => r.id) };
}

async function publish(bulletinId: number, at: Date) {
  const result = await publishBulletin(staff, bulletinId, { at });
  expect(result.ok).toBe(true);
}

async function post(requestId: number, kind: "update" | "answered" | "reopened", at: Date) {
  const result = await addCaseUpdate(staff, requestId, {
    kind,
    body: `A ${kind} & more.`,
    postedAt: at,
  });
  if (!result.ok) throw new Error(result.error);
  return result.updateId;
}

const ids = (entries: FeedEntry[]) => entries.map((e) => e.id);

function expectNewestFirst(entries: FeedEntry[]) {
  for (let i = 1; i < entries.length; i++) {
    expect(entries[i - 1]!.date.getTime()).toBeGreaterThanOrEqual(entries[i]!.date.getTime());
  }
}

describe("feed entries", () => {
  it("carry the seed's published requests, dated when they became public, and no prayer data", async () => {
    expect(seed).toHaveLength(5);
    await recordPrayer(await makeUser("member"), southAsia.id);
    const entries = await listFeedEntries();
    expect(ids(entries)).toEqual(
      // Published together: the newest row first.
      [...seed].reverse().map((r) => `request-${r.id}`),
    );
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual(ENTRY_KEYS);
      const request = seed.find((r) => `request-${r.id}` === entry.id)!;
      expect(entry).toMatchObject({
        title: request.title,
        url: `/requests/${request.id}`,
        regionSlug: request.regionSlug,
        date: request.publishedAt,
      });
      expect(entry.bodyHtml).toMatch(/^<p>/);
    }
    expect(entries.find((e) => e.regionSlug === "africa")).toMatchObject({
      regionName: "Africa",
      country: "Ghana",
      kind: "request",
    });
    expect(entries.some((e) => e.kind === "praise")).toBe(true);
  });

  it("leave out drafts and scheduled bulletins' requests until their time", async () => {
    const { id, requestIds } = await draftBulletin(["Draft for the feed"]);
    const [requestId] = requestIds;
    expect(ids(await listFeedEntries())).not.toContain(`request-${requestId}`);
    // An update on a request nobody can see yet stays out too.
    const hidden = await post(requestId!, "update", new Date(Date.now() - MINUTE));
    expect(ids(await listFeedEntries())).not.toContain(`update-${hidden}`);

    const later = new Date(Date.now() + 60 * MINUTE);
    await publish(id, later);
    expect(ids(await listFeedEntries())).not.toContain(`request-${requestId}`);
    expect(ids(await listFeedEntries({ limit: MAX_FEED_LIMIT }))).not.toContain(`update-${hidden}`);
    expect(await nextFeedChange()).toEqual(later);

    const earlier = new Date(Date.now() - 10 * MINUTE);
    await publish(id, earlier);
    const entries = await listFeedEntries();
    expect(entries.find((e) => e.id === `request-${requestId}`)).toMatchObject({
      title: "Draft for the feed",
      date: earlier,
      regionSlug: "africa",
      country: "Kenya",
    });
    // Now public, the request brings its earlier update with it.
    expect(entries.find((e) => e.id === `update-${hidden}`)).toMatchObject({
      title: "Update: Draft for the feed",
      url: `/requests/${requestId}#update-${hidden}`,
    });
    expect(await nextFeedChange()).toBeNull();
  });

  it("carry updates at their posting time, titled by kind; future ones wait", async () => {
    const updatedAt = new Date(Date.now() - 5 * MINUTE);
    const answeredAt = new Date(Date.now() - 2 * MINUTE);
    const dueAt = new Date(Date.now() + 30 * MINUTE);
    const update = await post(southAsia.id, "update", updatedAt);
    const answered = await post(southAsia.id, "answered", answeredAt);
    const future = await post(southAsia.id, "update", dueAt);

    const entries = await listFeedEntries();
    const byId = (id: number) => entries.find((e) => e.id === `update-${id}`);
    expect(byId(answered)).toMatchObject({
      title: `Answered: ${southAsia.title}`,
      url: `/requests/${southAsia.id}#update-${answered}`,
      date: answeredAt,
      regionSlug: "south-asia",
      regionName: "South Asia",
      kind: "answered",
      bodyHtml: "<p>A answered &amp; more.</p>\n",
    });
    expect(byId(update)).toMatchObject({
      title: `Update: ${southAsia.title}`,
      url: `/requests/${southAsia.id}#update-${update}`,
      date: updatedAt,
      kind: "update",
    });
    expect(ids(entries).indexOf(`update-${answered}`)).toBeLessThan(
      ids(entries).indexOf(`update-${update}`),
    );
    expect(ids(entries)).not.toContain(`update-${future}`);
    // An answered request stays in the feed.
    expect(ids(entries)).toContain(`request-${southAsia.id}`);
    expect(await nextFeedChange()).toEqual(dueAt);
    expectNewestFirst(entries);
  });

  it("filter by region, and find regions by slug", async () => {
    const entries = await listFeedEntries({ region: "south-asia" });
    expect(entries.length).toBeGreaterThanOrEqual(3);
    expect(entries.every((e) => e.regionSlug === "south-asia")).toBe(true);
    expect(ids(entries)).toContain(`request-${southAsia.id}`);
    expectNewestFirst(entries);
    const africa = await listFeedEntries({ region: "africa" });
    expect(africa.map((e) => e.title)).toContain("Draft for the feed");
    expect(africa.every((e) => e.regionSlug === "africa")).toBe(true);
    expect(await listFeedEntries({ region: "atlantis" })).toEqual([]);

    expect(await getRegionBySlug("south-asia")).toMatchObject({
      slug: "south-asia",
      name: "South Asia",
    });
    expect(await getRegionBySlug("atlantis")).toBeNull();
  });

  it("leave out archived requests and their updates", async () => {
    expect(await setRequestArchived(staff, southAsia.id, true)).toMatchObject({ ok: true });
    const archived = await listFeedEntries({ region: "south-asia" });
    expect(archived).toEqual([]);
    expect(await setRequestArchived(staff, southAsia.id, false)).toMatchObject({ ok: true });
    expect((await listFeedEntries({ region: "south-asia" })).length).toBeGreaterThanOrEqual(3);
  });

  it("are newest first across requests and updates, and bounded by the limit", async () => {
    const { id, requestIds } = await draftBulletin(
      Array.from({ length: 60 }, (_, i) => `Bulk feed item ${i + 1}`),
    );
    await publish(id, new Date(Date.now() - 3 * MINUTE));
    // One update older than all of them, one newer.
    const old = await post(requestIds[0]!, "update", new Date(Date.now() - 120 * MINUTE));
    const recent = await post(requestIds[1]!, "update", new Date(Date.now() - MINUTE));

    const all = await listFeedEntries({ limit: MAX_FEED_LIMIT });
    const db = await getDb();
    const publicCount = (
      await db
        .select({ id: requests.id })
        .from(requests)
        .where(and(isNotNull(requests.publishedAt)))
    ).length;
    // Every public request (none archived now) and every update that is due.
    expect(all.filter((e) => e.id.startsWith("request-"))).toHaveLength(publicCount);
    expect(all.filter((e) => e.id.startsWith("update-"))).toHaveLength(5);
    expectNewestFirst(all);
    expect(all[0]!.id).toBe(`update-${recent}`);
    expect(ids(all)).toContain(`update-${old}`);
    // Published together: the newest row first.
    const bulk = all.filter((e) => e.title.startsWith("Bulk feed item"));
    expect(bulk.map((e) => e.id)).toEqual([...requestIds].reverse().map((r) => `request-${r}`));

    const top = await listFeedEntries();
    expect(top).toHaveLength(50);
    expect(top).toEqual(all.slice(0, 50));
    expect(await listFeedEntries({ limit: 3 })).toEqual(all.slice(0, 3));
    expect(await listFeedEntries({ limit: 0 })).toEqual(all.slice(0, 1));
    expect(await listFeedEntries({ limit: Number.NaN })).toEqual(top);
    expect((await listFeedEntries({ limit: 10_000 })).length).toBeLessThanOrEqual(MAX_FEED_LIMIT);
    const africa = await listFeedEntries({ region: "africa", limit: 5 });
    expect(africa).toEqual(all.filter((e) => e.regionSlug === "africa").slice(0, 5));
  });
});
