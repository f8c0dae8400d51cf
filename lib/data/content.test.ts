// Bulletins and requests as the public sees them, on every dialect.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { bulletins, requests } from "@/db/schema";
import { parseBulletin } from "@/lib/bulletin/parser";
import { ensureSeeded, makeUser } from "@/lib/testing/data-fixtures";
import {
  getLatestBulletin,
  getPublicBulletin,
  listBulletinsForStaff,
  listPublicBulletins,
  publishBulletinIn,
  saveBulletinDraft,
} from "./bulletins";
import { getDb } from "./db";
import { checkDatabase } from "./health";
import { listRegions } from "./regions";
import { getPrayerCounts, getPublicRequest, listPublicRequests } from "./requests";

beforeAll(ensureSeeded);

const draftText = `Test Bulletin

Seek justice, defend the oppressed. — Isaiah 1:17

Africa
Pray for the 100% safe return of a family in Ghana, and for the court_case to move quickly.
`;

describe("the seed", () => {
  it("is the real bulletin: five regions, the verse and every item in order", async () => {
    const bulletin = await getLatestBulletin();
    expect(bulletin?.verseReference).toBe("Psalm 72:4");
    expect(bulletin?.verseText).toContain("afflicted");
    expect(new Set(bulletin?.items.map((i) => i.regionSlug))).toEqual(
      new Set(["africa", "latin-america", "south-asia", "southeast-asia", "global"]),
    );
    expect(bulletin?.items.some((i) => i.kind === "praise")).toBe(true);
    expect(bulletin?.notes.join(" ")).toContain("headquarters");
    expect((await listRegions()).map((r) => r.slug)).toEqual([
      "africa",
      "latin-america",
      "south-asia",
      "southeast-asia",
      "global",
    ]);
  });

  it("reports a healthy database", async () => {
    expect(await checkDatabase()).toMatchObject({ ok: true });
  });
});

describe("drafts, schedules and publishing", () => {
  it("keeps drafts and scheduled bulletins (and their requests) out of public view until their time", async () => {
    const latestBefore = await getLatestBulletin();
    const id = await saveBulletinDraft(parseBulletin(draftText));
    const db = await getDb();
    const [item] = await db
      .select({ id: requests.id })
      .from(requests)
      .where(eq(requests.firstBulletinId, id));
    expect(await getPublicBulletin(id)).toBeNull();
    expect(await getPublicRequest(item!.id)).toBeNull();
    expect(await getPrayerCounts([item!.id])).toEqual({});

    await db.transaction((tx) => publishBulletinIn(tx, id, new Date(Date.now() + 3_600_000)));
    const [row] = await db
      .select({ status: bulletins.status })
      .from(bulletins)
      .where(eq(bulletins.id, id));
    expect(row?.status).toBe("scheduled");
    expect(await getPublicBulletin(id)).toBeNull();
    expect((await getLatestBulletin())?.id).toBe(latestBefore?.id);
    const staff = await listBulletinsForStaff(await makeUser("staff"));
    expect(staff.ok && staff.scheduled.map((b) => b.id)).toContain(id);

    await db.transaction((tx) => publishBulletinIn(tx, id, new Date(Date.now() - 1000)));
    expect((await getPublicBulletin(id))?.items).toHaveLength(1);
    expect((await getLatestBulletin())?.id).toBe(id);
    expect((await getPublicRequest(item!.id))?.bulletins.map((b) => b.id)).toEqual([id]);
    expect((await listPublicBulletins(1)).items[0]).toMatchObject({ id, itemCount: 1 });
  });

  it("shows the staff list only to staff", async () => {
    expect(await listBulletinsForStaff(await makeUser("member"))).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await listBulletinsForStaff(null)).toMatchObject({ ok: false, status: 401 });
  });
});

describe("the request list", () => {
  it("filters by region, kind and status, searches, and pages", async () => {
    const all = await listPublicRequests({ page: 1 });
    expect(all.total).toBeGreaterThan(5);
    const southAsia = await listPublicRequests({ page: 1, region: "south-asia" });
    expect(southAsia.items.length).toBeGreaterThan(0);
    expect(southAsia.items.every((r) => r.regionSlug === "south-asia")).toBe(true);
    const praise = await listPublicRequests({ page: 1, kind: "praise" });
    expect(praise.items.every((r) => r.kind === "praise")).toBe(true);
    expect(praise.total).toBeLessThan(all.total);
    expect((await listPublicRequests({ page: 1, status: "archived" })).total).toBe(0);
    // Punctuation separates words, and is never a wildcard (lib/data/search.test.ts has the rest).
    expect((await listPublicRequests({ page: 1, q: "100% safe" })).total).toBe(1);
    expect((await listPublicRequests({ page: 1, q: "court_case quickly" })).total).toBe(1);
    expect((await listPublicRequests({ page: 1, q: "%" })).total).toBe(0);
    expect((await listPublicRequests({ page: 1, q: "GHANA" })).total).toBeGreaterThan(0);
    const far = await listPublicRequests({ page: 999 });
    expect(far.page).toBe(far.pageCount);
  });

  it("opens one request with its bulletins, and nothing for an unknown id", async () => {
    const first = (await listPublicRequests({ page: 1 })).items[0]!;
    const request = await getPublicRequest(first.id);
    expect(request).toMatchObject({ id: first.id, regionSlug: first.regionSlug });
    expect(request?.bulletins.length).toBeGreaterThan(0);
    expect(await getPublicRequest(9_999_999)).toBeNull();
  });
});
