// Staff engagement on every dialect: exact prayers per region and week, the most and least
// prayed-for requests, newly hosting churches, who may see it, and that it never says who prayed.
import { asc, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { churches, freedomSundayEvents, regions, requests, users } from "@/db/schema";
import { ensureSeeded, makeUser, makeUsers, publicRequestIds } from "@/lib/testing/data-fixtures";
import type { Actor } from "@/lib/permissions";
import { weekStart } from "@/lib/time";
import { getDb } from "./db";
import { getEngagement, type Engagement } from "./engagement";
import { recordPrayer } from "./prayers";

const DAY = 86_400_000;
const now = new Date();

/** The Monday `k` weeks before the current one (negative: after), as YYYY-MM-DD. */
function monday(k: number): string {
  const current = new Date(`${weekStart(now)}T12:00:00Z`);
  return new Date(current.getTime() - k * 7 * DAY).toISOString().slice(0, 10);
}

/** Noon UTC, `offset` days after the Monday `k` weeks back: that calendar day from UTC−12 to UTC+11. */
function at(k: number, offset = 0): Date {
  return new Date(new Date(`${monday(k)}T12:00:00Z`).getTime() + offset * DAY);
}

async function insertRequest(
  regionId: number,
  title: string,
  extra: Partial<typeof requests.$inferInsert> = {},
): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .insert(requests)
    .values({
      regionId,
      kind: "request",
      title,
      body: `${title}.`,
      status: "open",
      publishedAt: new Date(now.getTime() - DAY),
      ...extra,
    })
    .returning({ id: requests.id });
  return row!.id;
}

let regionRows: { id: number; slug: string; name: string }[];
let r: Record<"a" | "b" | "c" | "g" | "h" | "i" | "j", number>;
let people: Actor[];
let staff: Actor;

beforeAll(async () => {
  await ensureSeeded();
  const db = await getDb();
  // A region placed before the seed's, to check the order and the zero-filling of a quiet region.
  await db.insert(regions).values({ slug: "test-first", name: "Test first", position: -1 });
  regionRows = await db
    .select({ id: regions.id, slug: regions.slug, name: regions.name })
    .from(regions)
    .orderBy(asc(regions.position), asc(regions.id));
  // The seed's requests leave the lists (archived), so the rankings below are exact.
  await db
    .update(requests)
    .set({ status: "archived" })
    .where(inArray(requests.id, await publicRequestIds()));

  const [r1, r2, r3] = [regionRows[1]!.id, regionRows[2]!.id, regionRows[3]!.id];
  const a = await insertRequest(r1, "Request A");
  const b = await insertRequest(r2, "Request B");
  const c = await insertRequest(r3, "Request C");
  const g = await insertRequest(r1, "Request G", { prayerCount: 2, prayerPeople: 1 });
  const h = await insertRequest(r2, "Request H", { prayerCount: 1, prayerPeople: 1 });
  const i = await insertRequest(r3, "Request I");
  const j = await insertRequest(r1, "Request J");
  // Never in either list: answered, not yet public, public only tomorrow.
  await insertRequest(r1, "Answered", { status: "answered", prayerCount: 100, prayerPeople: 9 });
  await insertRequest(r2, "Draft only", { publishedAt: null, prayerCount: 50 });
  await insertRequest(r2, "Draft, unprayed", { publishedAt: null });
  await insertRequest(r3, "Tomorrow", {
    publishedAt: new Date(now.getTime() + DAY),
    prayerCount: 40,
  });
  await insertRequest(r3, "Tomorrow, unprayed", { publishedAt: new Date(now.getTime() + DAY) });
  r = { a, b, c, g, h, i, j };

  people = await makeUsers(5);
  staff = await makeUser("staff");
  const plan: [week: number, offset: number, request: number, people: number][] = [
    [0, 0, a, 3], // this week's Monday
    [0, 0, b, 1],
    [1, 6, b, 2], // last week's Sunday
    [3, 2, a, 1],
    [3, 2, c, 4],
    [11, 0, c, 2], // the oldest week's Monday
    [11, -1, a, 5], // the Sunday before it: outside the window
    [20, 3, b, 3], // long ago: outside
    [-1, 0, a, 1], // next Monday: outside
  ];
  for (const [week, offset, request, n] of plan) {
    for (const person of people.slice(0, n)) {
      const result = await recordPrayer(person, request, at(week, offset));
      expect(result).toMatchObject({ ok: true, recorded: true });
    }
  }
});

async function engagement(actor: Actor = staff): Promise<Engagement> {
  const result = await getEngagement(actor, now);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("getEngagement", () => {
  it("lists the last twelve Mondays, oldest first, ending with this week", async () => {
    const { weeks, series } = await engagement();
    expect(weeks).toEqual(Array.from({ length: 12 }, (_, n) => monday(11 - n)));
    expect(weeks[11]).toBe(weekStart(now));
    for (const week of weeks) expect(new Date(`${week}T12:00:00Z`).getUTCDay()).toBe(1);
    expect(series.map((s) => s.week)).toEqual(weeks);
  });

  it("lists every region in its order", async () => {
    const { regions: listed } = await engagement();
    expect(listed).toEqual(regionRows.map(({ slug, name }) => ({ slug, name })));
    expect(listed[0]).toEqual({ slug: "test-first", name: "Test first" });
  });

  it("counts prayers per region and week exactly, with zeros elsewhere", async () => {
    const { series } = await engagement();
    const [r1, r2, r3] = [regionRows[1]!.slug, regionRows[2]!.slug, regionRows[3]!.slug];
    const zero = Object.fromEntries(regionRows.map((region) => [region.slug, 0]));
    const expected = series.map(() => ({ ...zero }));
    expected[11]![r1] = 3;
    expected[11]![r2] = 1;
    expected[10]![r2] = 2;
    expected[8]![r1] = 1;
    expected[8]![r3] = 4;
    expected[0]![r3] = 2;
    expect(series.map((s) => s.byRegion)).toEqual(expected);
    expect(series.map((s) => s.total)).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 5, 0, 2, 4]);
  });

  it("ranks open, public requests by their prayer counters, ties by id, in two lists that never overlap", async () => {
    const { mostPrayed, leastPrayed } = await engagement();
    const region = (n: number) => regionRows[n]!.name;
    expect(mostPrayed).toEqual([
      { id: r.a, title: "Request A", regionName: region(1), prayerCount: 10, prayerPeople: 5 },
      { id: r.b, title: "Request B", regionName: region(2), prayerCount: 6, prayerPeople: 3 },
      { id: r.c, title: "Request C", regionName: region(3), prayerCount: 6, prayerPeople: 4 },
      { id: r.g, title: "Request G", regionName: region(1), prayerCount: 2, prayerPeople: 1 },
      { id: r.h, title: "Request H", regionName: region(2), prayerCount: 1, prayerPeople: 1 },
    ]);
    // The least prayed-for list never repeats the most prayed-for one.
    expect(leastPrayed.map((x) => x.id)).toEqual([r.i, r.j]);
    expect(leastPrayed[0]).toEqual({
      id: r.i,
      title: "Request I",
      regionName: region(3),
      prayerCount: 0,
      prayerPeople: 0,
    });
  });

  it("counts churches with a Freedom Sunday event added in the last twelve weeks", async () => {
    const db = await getDb();
    const before = (await engagement()).newHostingChurches;
    expect(before).toEqual({ count: 0, latest: [] });
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const ids: number[] = [];
    for (const n of [1, 2, 3, 4, 5, 6, 7]) {
      const [row] = await db
        .insert(churches)
        .values({ name: `Church ${n}`, city: `City ${n}`, country: "Kenya" })
        .returning({ id: churches.id });
      ids.push(row!.id);
    }
    const [c1, c2, c3, c4, c5, c6, c7] = ids as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    await db.insert(freedomSundayEvents).values([
      { churchId: c1, date: "2030-11-03", createdAt: ago(1) },
      { churchId: c2, date: "2030-11-10", createdAt: ago(2) },
      { churchId: c3, date: "2030-11-17", createdAt: ago(3) },
      { churchId: c4, date: "2030-11-24", createdAt: ago(4) },
      { churchId: c5, date: "2030-12-01", createdAt: ago(5) },
      // Two events in the window: listed once, by the newer one, which is the newest of all.
      { churchId: c6, date: "2030-10-06", createdAt: ago(60) },
      { churchId: c6, date: "2030-12-08", createdAt: ago(0.5) },
      // Added before the window.
      { churchId: c7, date: "2030-12-15", createdAt: ago(12 * 7 + 1) },
    ]);
    const { newHostingChurches } = await engagement();
    expect(newHostingChurches.count).toBe(6);
    expect(
      newHostingChurches.latest.map(({ churchId, name, city, country, eventDate }) => ({
        churchId,
        name,
        city,
        country,
        eventDate,
      })),
    ).toEqual([
      { churchId: c6, name: "Church 6", city: "City 6", country: "Kenya", eventDate: "2030-12-08" },
      { churchId: c1, name: "Church 1", city: "City 1", country: "Kenya", eventDate: "2030-11-03" },
      { churchId: c2, name: "Church 2", city: "City 2", country: "Kenya", eventDate: "2030-11-10" },
      { churchId: c3, name: "Church 3", city: "City 3", country: "Kenya", eventDate: "2030-11-17" },
      { churchId: c4, name: "Church 4", city: "City 4", country: "Kenya", eventDate: "2030-11-24" },
    ]);
    expect(newHostingChurches.latest[0]!.addedAt).toEqual(ago(0.5));
  });

  it("is for staff and admins only", async () => {
    expect(await getEngagement(null, now)).toMatchObject({ ok: false, status: 401 });
    expect(await getEngagement(await makeUser("member"), now)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await getEngagement(await makeUser("leader"), now)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await getEngagement(await makeUser("staff"), now)).toMatchObject({ ok: true });
    expect(await getEngagement(await makeUser("admin"), now)).toMatchObject({ ok: true });
  });

  it("never says who prayed", async () => {
    const db = await getDb();
    const rows = await db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(
        inArray(
          users.id,
          people.map((p) => p.id),
        ),
      );
    expect(rows).toHaveLength(people.length);
    const json = JSON.stringify(await engagement());
    for (const { id, email } of rows) {
      expect(json).not.toContain(id);
      expect(json).not.toContain(email);
    }
    expect(json).not.toMatch(/"(userId|user_id|email|name)":"(bulk|member|staff|admin)/);
  });
});
