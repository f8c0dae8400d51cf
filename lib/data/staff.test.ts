// Staff publishing on every dialect: drafts, edits and order, carried-over requests, the safety
// check, scheduling, unpublishing, case updates and answered prayers, and the audit log.
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, bulletins, requests } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { ensureSeeded, makeUser } from "@/lib/testing/data-fixtures";
import type { BulletinInput } from "@/lib/validation/bulletins";
import { listAudit } from "./audit";
import { getLatestBulletin, getPublicBulletin, nextScheduledPublish } from "./bulletins";
import { getDb } from "./db";
import { recordPrayer } from "./prayers";
import { getPublicRequest, listPublicRequests } from "./requests";
import {
  addCaseUpdate,
  findImportedBulletins,
  getBulletinForEdit,
  getRequestForStaff,
  publishBulletin,
  saveBulletin,
  setRequestArchived,
  unpublishBulletin,
} from "./staff";

let staff: Actor;
beforeAll(async () => {
  await ensureSeeded();
  staff = await makeUser("staff");
});

const item = (title: string, body = `Pray for ${title.toLowerCase()}.`) => ({
  requestId: null,
  region: "africa",
  country: "Kenya",
  kind: "request" as const,
  title,
  body,
});

const bulletin = (items: BulletinInput["items"]): BulletinInput => ({
  title: "Weekly bulletin",
  verseText: "Learn to do right; seek justice.",
  verseReference: "Isaiah 1:17",
  notes: [],
  items,
});

async function tableCounts() {
  const db = await getDb();
  const [b] = await db.select({ n: count() }).from(bulletins);
  const [r] = await db.select({ n: count() }).from(requests);
  return { bulletins: Number(b!.n), requests: Number(r!.n) };
}

describe("bulletins", () => {
  it("saves a draft, edits and reorders its items, and audits each change", async () => {
    const created = await saveBulletin(staff, null, bulletin([item("First"), item("Second")]));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const found = await getBulletinForEdit(staff, created.id);
    expect(found.ok && found.bulletin.items.map((i) => i.title)).toEqual(["First", "Second"]);
    if (!found.ok) return;
    const [first, second] = found.bulletin.items;
    const edited = await saveBulletin(staff, created.id, {
      ...bulletin([{ ...second!, title: "Second, edited" }, { ...first! }]),
      title: "Renamed",
    });
    expect(edited.ok).toBe(true);
    const again = await getBulletinForEdit(staff, created.id);
    expect(again.ok && again.bulletin.items.map((i) => i.title)).toEqual([
      "Second, edited",
      "First",
    ]);
    expect(again.ok && again.bulletin.title).toBe("Renamed");
    const audit = await listAudit(staff, "bulletin", created.id);
    expect(audit.ok && audit.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(["created", "edited title", "changed items or their order"]),
    );
    const requestAudit = await listAudit(staff, "request", second!.requestId);
    expect(requestAudit.ok && requestAudit.entries[0]).toMatchObject({
      before: { title: "Second" },
      after: { title: "Second, edited" },
    });
  });

  it("carries a request into a new bulletin without copying it", async () => {
    const latest = (await getLatestBulletin())!;
    const carried = latest.items[0]!;
    const before = await tableCounts();
    const created = await saveBulletin(
      staff,
      null,
      bulletin([
        {
          requestId: carried.id,
          region: carried.regionSlug,
          country: carried.country,
          kind: carried.kind,
          title: carried.title,
          body: carried.body,
        },
        item("Brand new"),
      ]),
    );
    expect(created.ok).toBe(true);
    expect((await tableCounts()).requests).toBe(before.requests + 1);
  });

  it("saves nothing at all when one item is bad", async () => {
    const before = await tableCounts();
    const bad = await saveBulletin(
      staff,
      null,
      bulletin([item("Fine"), { ...item("Bad"), region: "atlantis" }]),
    );
    expect(bad).toMatchObject({ ok: false, status: 422 });
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses members and leaders and changes nothing", async () => {
    const before = await tableCounts();
    for (const role of ["member", "leader"] as const) {
      const person = await makeUser(role);
      expect(await saveBulletin(person, null, bulletin([item("Nope")]))).toMatchObject({
        status: 403,
      });
      expect(await publishBulletin(person, 1, { at: null })).toMatchObject({
        status: 403,
      });
      expect(
        await addCaseUpdate(person, 1, { kind: "answered", body: "x", postedAt: new Date() }),
      ).toMatchObject({
        status: 403,
      });
      expect(await setRequestArchived(person, 1, true)).toMatchObject({ status: 403 });
      expect(await unpublishBulletin(person, 1)).toMatchObject({ status: 403 });
    }
    expect(await saveBulletin(null, null, bulletin([item("Nope")]))).toMatchObject({ status: 401 });
    expect(await tableCounts()).toEqual(before);
    expect((await getPublicRequest(1))?.status).toBe("open");
  });
});

describe("pasting a bulletin twice", () => {
  it("finds the bulletin that already holds at least half of the pasted items", async () => {
    const tag = `import-${Date.now()}`;
    const a = item("Alpha", `Pray for the ${tag} hearing in Kisumu.`);
    const b = item("Beta", `Praise God for the ${tag} shelter in Mombasa.`);
    const saved = await saveBulletin(staff, null, { ...bulletin([a, b]), title: tag });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const before = await tableCounts();

    const again = await findImportedBulletins(staff, [`  ${a.body}\n`, b.body, "Something new."]);
    expect(again.ok && again.matches.map((m) => [m.id, m.title, m.shared, m.status])).toEqual([
      [saved.id, tag, 2, "draft"],
    ]);
    // One shared item of three is a carried-over request, not a second import.
    const other = await findImportedBulletins(staff, [a.body, "New one.", "New two."]);
    expect(other.ok && other.matches).toEqual([]);
    // Members never learn what drafts exist; nothing is written either way.
    const member = await makeUser("member");
    expect(await findImportedBulletins(member, [a.body])).toMatchObject({ ok: false, status: 403 });
    expect(await tableCounts()).toEqual(before);
  });
});

describe("publishing", () => {
  it("records the flagged words staff confirmed with the publish and the save", async () => {
    // The 409 itself comes from the route wrapper (app/api/routes.test.ts); here: the audit.
    const created = await saveBulletin(
      staff,
      null,
      bulletin([item("A hearing", "Pray for Maria Santos, 14 years old, from Kisumu.")]),
      ["Maria Santos"],
    );
    if (!created.ok) throw new Error(created.error);
    const published = await publishBulletin(staff, created.id, {
      at: null,
      safetyConfirmed: ["Maria Santos"],
    });
    expect(published).toMatchObject({ ok: true, status: "published" });
    const audit = await listAudit(staff, "bulletin", created.id);
    if (!audit.ok) throw new Error(audit.error);
    const confirmations = audit.entries.filter((e) =>
      JSON.stringify(e.after).includes("safetyFlagsConfirmed"),
    );
    expect(confirmations.map((e) => e.action).sort()).toEqual([
      "published",
      "saved despite safety flags (staff checked them)",
    ]);
    expect(JSON.stringify(confirmations)).toContain("Maria Santos");
    await unpublishBulletin(staff, created.id);
  });

  it("schedules a bulletin that becomes public by itself at its time, and unpublishes", async () => {
    const created = await saveBulletin(staff, null, bulletin([item("Scheduled item")]));
    if (!created.ok) throw new Error(created.error);
    const at = new Date(Date.now() + 1500);
    expect(await publishBulletin(staff, created.id, { at })).toMatchObject({
      ok: true,
      status: "scheduled",
    });
    expect(await getPublicBulletin(created.id)).toBeNull();
    expect((await nextScheduledPublish())?.getTime()).toBe(at.getTime());
    const found = await getBulletinForEdit(staff, created.id);
    const requestId = found.ok ? found.bulletin.items[0]!.requestId : 0;
    expect(await getPublicRequest(requestId)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect((await getLatestBulletin())?.id).toBe(created.id);
    expect(await getPublicRequest(requestId)).not.toBeNull();
    expect(await nextScheduledPublish()).toBeNull();

    expect(await unpublishBulletin(staff, created.id)).toEqual({ ok: true });
    expect(await getPublicBulletin(created.id)).toBeNull();
    expect(await getPublicRequest(requestId)).toBeNull();
    expect((await getLatestBulletin())?.id).not.toBe(created.id);
  });

  it("refuses to publish a bulletin with no verse", async () => {
    const created = await saveBulletin(staff, null, bulletin([item("No verse")]));
    if (!created.ok) throw new Error(created.error);
    const db = await getDb();
    await db.update(bulletins).set({ verseText: "" }).where(eq(bulletins.id, created.id));
    expect(await publishBulletin(staff, created.id, { at: null })).toMatchObject({
      status: 422,
    });
  });
});

describe("case updates", () => {
  it("posts updates, marks answered and reopens, keeping the timeline and counts", async () => {
    const latest = (await getLatestBulletin())!;
    const request = latest.items.find((i) => i.kind === "request")!;
    await recordPrayer(await makeUser(), request.id);
    const countsBefore = (await getPublicRequest(request.id))!;
    expect(
      await addCaseUpdate(staff, request.id, {
        kind: "update",
        body: "Charges filed.",
        postedAt: new Date(),
      }),
    ).toMatchObject({ ok: true, status: "open" });
    expect(
      await addCaseUpdate(staff, request.id, {
        kind: "answered",
        body: "The court convicted the trafficker.",
        postedAt: new Date(),
      }),
    ).toMatchObject({ ok: true, status: "answered" });
    expect(
      await addCaseUpdate(staff, request.id, {
        kind: "answered",
        body: "again",
        postedAt: new Date(),
      }),
    ).toMatchObject({ ok: false, status: 409 });
    const answered = (await getPublicRequest(request.id))!;
    expect(answered.status).toBe("answered");
    expect(answered.updates.map((u) => u.kind)).toEqual(["update", "answered"]);
    expect(answered.prayerCount).toBe(countsBefore.prayerCount);
    const list = await listPublicRequests({ page: 1, status: "answered" });
    expect(list.items.map((r) => r.id)).toContain(request.id);

    expect(
      await addCaseUpdate(staff, request.id, {
        kind: "reopened",
        body: "An appeal.",
        postedAt: new Date(),
      }),
    ).toMatchObject({ ok: true, status: "open" });
    const staffView = await getRequestForStaff(staff, request.id);
    expect(staffView.ok && staffView.request.updates).toHaveLength(3);
    const db = await getDb();
    const [audits] = await db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.entityId, request.id));
    expect(Number(audits!.n)).toBeGreaterThanOrEqual(3);
  });

  it("archives a request out of the default list and brings it back", async () => {
    const latest = (await getLatestBulletin())!;
    const request = latest.items.at(-1)!;
    expect(await setRequestArchived(staff, request.id, true)).toMatchObject({
      ok: true,
      status: "archived",
    });
    expect((await listPublicRequests({ page: 1 })).items.map((r) => r.id)).not.toContain(
      request.id,
    );
    expect(await setRequestArchived(staff, request.id, false)).toMatchObject({
      ok: true,
      status: "open",
    });
    expect(
      await addCaseUpdate(staff, 9_999_999, { kind: "update", body: "x", postedAt: new Date() }),
    ).toMatchObject({
      status: 404,
    });
  });

  it("brings an answered request back from the archive as answered, not open", async () => {
    const latest = (await getLatestBulletin())!;
    const request = latest.items.at(-2)!;
    await addCaseUpdate(staff, request.id, {
      kind: "answered",
      body: "The court ruled for her.",
      postedAt: new Date(),
    });
    expect(await setRequestArchived(staff, request.id, true)).toMatchObject({ status: "archived" });
    expect(await setRequestArchived(staff, request.id, false)).toMatchObject({
      ok: true,
      status: "answered",
    });
    expect((await getPublicRequest(request.id))!.status).toBe("answered");
  });
});
