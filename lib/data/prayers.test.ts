// "I prayed" on every dialect: idempotent per day, exact under concurrency, private to the person.
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { follows, prayers } from "@/db/schema";
import {
  ensureSeeded,
  makeUser,
  makeUsers,
  publicRequestIds,
  requestCounters,
} from "@/lib/testing/data-fixtures";
import { getDb } from "./db";
import {
  getGuidedPrayer,
  getMyList,
  getMyPrayers,
  getViewerState,
  listFollowed,
  recordPrayer,
  setFollow,
  setPinned,
} from "./prayers";
import { getPrayerCounts } from "./requests";

let ids: number[];
beforeAll(async () => {
  await ensureSeeded();
  ids = await publicRequestIds();
});

describe("recordPrayer", () => {
  it("counts one prayer per person, request and day, whatever the number of clicks", async () => {
    const [a, b] = [await makeUser(), await makeUser()];
    const id = ids[0]!;
    const before = await requestCounters(id);
    const first = await recordPrayer(a, id);
    expect(first).toMatchObject({ ok: true, recorded: true });
    const again = await recordPrayer(a, id);
    expect(again).toMatchObject({ ok: true, recorded: false });
    await recordPrayer(b, id);
    const after = await requestCounters(id);
    expect(after).toEqual({ times: before!.times + 2, people: before!.people + 2 });
    if (again.ok)
      expect(again.counts).toEqual({ times: before!.times + 1, people: before!.people + 1 });
  });

  it("counts a new day as another prayer by the same person", async () => {
    const person = await makeUser();
    const id = ids[1]!;
    const before = (await requestCounters(id))!;
    await recordPrayer(person, id, new Date("2026-03-01T10:00:00Z"));
    await recordPrayer(person, id, new Date("2026-03-01T23:00:00Z"));
    await recordPrayer(person, id, new Date("2026-03-02T09:00:00Z"));
    expect(await requestCounters(id)).toEqual({
      times: before.times + 2,
      people: before.people + 1,
    });
  });

  it("splits days in the organisation's time zone", async () => {
    const person = await makeUser();
    const id = ids[2]!;
    const before = (await requestCounters(id))!;
    const previous = process.env.APP_TIME_ZONE;
    process.env.APP_TIME_ZONE = "America/New_York";
    try {
      // 01:00 and 03:00 UTC on 10 March are both still 9 March in New York: one prayer.
      await recordPrayer(person, id, new Date("2026-03-10T01:00:00Z"));
      await recordPrayer(person, id, new Date("2026-03-10T03:00:00Z"));
    } finally {
      if (previous === undefined) delete process.env.APP_TIME_ZONE;
      else process.env.APP_TIME_ZONE = previous;
    }
    expect((await requestCounters(id))!.times).toBe(before.times + 1);
  });

  it("refuses visitors and unknown requests and changes nothing", async () => {
    const db = await getDb();
    const [before] = await db.select({ n: count() }).from(prayers);
    expect(await recordPrayer(null, ids[0]!)).toMatchObject({ ok: false, status: 401 });
    expect(await recordPrayer(await makeUser(), 999_999)).toMatchObject({ ok: false, status: 404 });
    const [after] = await db.select({ n: count() }).from(prayers);
    expect(after!.n).toBe(before!.n);
  });

  it("gives exact counts for hundreds of simultaneous prayers from many people", async () => {
    const people = await makeUsers(100);
    const targets = ids.slice(0, 3);
    const before = await Promise.all(targets.map((id) => requestCounters(id)));
    // Every person prays for every target request, most of them twice (a double click) — all at once.
    const calls = people.flatMap((person, i) =>
      targets.flatMap((id) => (i % 3 === 0 ? [id] : [id, id]).map((r) => ({ person, r }))),
    );
    const results = await Promise.all(calls.map(({ person, r }) => recordPrayer(person, r)));
    expect(calls.length).toBeGreaterThan(400);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.recorded)).toHaveLength(people.length * targets.length);
    for (const [index, id] of targets.entries()) {
      expect(await requestCounters(id)).toEqual({
        times: before[index]!.times + people.length,
        people: before[index]!.people + people.length,
      });
    }
    const db = await getDb();
    const [rows] = await db
      .select({ n: count() })
      .from(prayers)
      .where(eq(prayers.requestId, targets[0]!));
    expect(Number(rows!.n)).toBe((await requestCounters(targets[0]!))!.times);
  });

  it("counts a person once when their prayers of several days arrive at the same moment", async () => {
    // An offline phone sends the week's prayers together: each day is a prayer, the person one.
    const people = await makeUsers(20);
    const id = ids[2]!;
    const before = (await requestCounters(id))!;
    const days = ["2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2026-04-05"];
    const results = await Promise.all(
      people.flatMap((person) =>
        days.map((day) => recordPrayer(person, id, new Date(`${day}T12:00:00Z`))),
      ),
    );
    expect(results.filter((r) => r.ok && r.recorded)).toHaveLength(people.length * days.length);
    expect(await requestCounters(id)).toEqual({
      times: before.times + people.length * days.length,
      people: before.people + people.length,
    });
  });
});

describe("what a person sees of prayers", () => {
  it("shows the signed-in person only their own state, and visitors nothing", async () => {
    const [me, other] = [await makeUser(), await makeUser()];
    await recordPrayer(me, ids[0]!);
    await recordPrayer(other, ids[1]!);
    await setFollow(me, ids[2]!, true);
    await setPinned(other, ids[2]!, true);
    expect(await getViewerState(me, ids)).toEqual({
      prayedToday: [ids[0]],
      following: [ids[2]],
      pinned: [],
    });
    expect(await getViewerState(other, ids)).toEqual({
      prayedToday: [ids[1]],
      following: [],
      pinned: [ids[2]],
    });
    expect(await getViewerState(null, ids)).toEqual({ prayedToday: [], following: [], pinned: [] });
  });

  it("counts are aggregates keyed by request, with no person in them", async () => {
    const counts = await getPrayerCounts(ids.slice(0, 3));
    for (const value of Object.values(counts))
      expect(Object.keys(value).sort()).toEqual(["people", "times"]);
    expect(await getPrayerCounts([999_999])).toEqual({});
  });

  it("lists a person's own prayers this week, and the earlier weeks apart from them", async () => {
    const me = await makeUser();
    await recordPrayer(me, ids[0]!, new Date("2025-01-06T12:00:00Z"));
    await recordPrayer(me, ids[1]!);
    await recordPrayer(me, ids[2]!);
    const mine = await getMyPrayers(me, 1);
    expect(mine.ok).toBe(true);
    if (!mine.ok) return;
    expect(mine.thisWeek.map((p) => p.requestId).sort()).toEqual([ids[1], ids[2]].sort());
    expect(mine.total).toBe(3);
    // History is the earlier weeks only: nothing of this week is listed twice.
    expect(mine.earlier).toBe(1);
    expect(mine.history).toEqual([
      expect.objectContaining({ requestId: ids[0], day: "2025-01-06" }),
    ]);
    expect(mine.pageCount).toBe(1);
    expect(await getMyPrayers(null, 1)).toMatchObject({ ok: false, status: 401 });
  });
});

describe("follows", () => {
  it("follows and unfollows idempotently, and refuses visitors and unknown requests", async () => {
    const me = await makeUser();
    expect(await setFollow(me, ids[3]!, true)).toEqual({ ok: true, following: true });
    expect(await setFollow(me, ids[3]!, true)).toEqual({ ok: true, following: true });
    const followed = await listFollowed(me);
    expect(followed.ok && followed.items.map((i) => i.requestId)).toEqual([ids[3]]);
    await setFollow(me, ids[3]!, false);
    const db = await getDb();
    const [left] = await db
      .select({ n: count() })
      .from(follows)
      .where(and(eq(follows.userId, me.id)));
    expect(Number(left!.n)).toBe(0);
    expect(await setFollow(null, ids[3]!, true)).toMatchObject({ ok: false, status: 401 });
    expect(await setFollow(me, 999_999, true)).toMatchObject({ ok: false, status: 404 });
  });
});

describe("My list", () => {
  it("holds the requests a person pinned, first pinned first, for that person only", async () => {
    const [me, other] = [await makeUser(), await makeUser()];
    expect(await setPinned(me, ids[4]!, true)).toEqual({ ok: true, pinned: true });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await setPinned(me, ids[1]!, true)).toEqual({ ok: true, pinned: true });
    expect(await setPinned(me, ids[1]!, true)).toEqual({ ok: true, pinned: true });
    const mine = await getMyList(me);
    expect(mine.ok && mine.items.map((i) => i.id)).toEqual([ids[4], ids[1]]);
    expect(mine.ok && mine.bulletin?.verseReference).toBe("Psalm 72:4");
    const theirs = await getMyList(other);
    expect(theirs.ok && theirs.items).toEqual([]);
    await setPinned(me, ids[4]!, false);
    const after = await getMyList(me);
    expect(after.ok && after.items.map((i) => i.id)).toEqual([ids[1]]);
    expect(await setPinned(null, ids[1]!, true)).toMatchObject({ ok: false, status: 401 });
    expect(await setPinned(me, 999_999, true)).toMatchObject({ ok: false, status: 404 });
    expect(await getMyList(null)).toMatchObject({ ok: false, status: 401 });
  });
});

describe("guided prayer", () => {
  it("starts with the verse and orders the requests prayed for least this week first", async () => {
    const guided = await getGuidedPrayer();
    expect(guided.bulletin?.verseReference).toBe("Psalm 72:4");
    const weekly = guided.items.map((i) => i.prayersThisWeek);
    expect(weekly).toEqual([...weekly].sort((a, b) => a - b));
    expect(weekly.at(-1)).toBeGreaterThan(0);
  });

  it("keeps to one region when asked", async () => {
    const guided = await getGuidedPrayer("south-asia");
    expect(guided.items.length).toBeGreaterThan(0);
    expect(new Set(guided.items.map((i) => i.regionSlug))).toEqual(new Set(["south-asia"]));
  });
});
