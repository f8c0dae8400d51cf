// E-mail on every dialect, through a real SMTP server run in-process: one notice per update and
// follower (never twice, even when sent twice at once), a failed send retried with nothing lost or
// doubled, atomic claims, the weekly digest (once a week, only the chosen regions), e-mail
// settings, and one-click unsubscribe. The last test checks the outbox path (no SMTP).
import type { AddressInfo } from "node:net";
import { and, asc, eq, inArray, like } from "drizzle-orm";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { digestRegions, digestSends, mailOutbox, regions, requests, users } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { ensureSeeded, makeUser } from "@/lib/testing/data-fixtures";
import { closeMail, deliverMail, retryPendingMail } from "@/lib/mail";
import { createUnsubscribeToken } from "@/lib/unsubscribe";
import { getLatestBulletin } from "./bulletins";
import { getDb } from "./db";
import { claimMail, MAIL_LEASE_MS, recordMail } from "./mail";
import {
  accountLocale,
  describeUnsubscribe,
  digestSummary,
  getEmailSettings,
  notifyFollowers,
  sendWeeklyDigest,
  setEmailSettings,
  unsubscribe,
} from "./notifications";
import { setFollow } from "./prayers";
import { addCaseUpdate } from "./staff";

// ---- an SMTP server that records what arrives and can refuse recipients ----

interface Received {
  to: string[];
  parsed: ParsedMail;
}
const received: Received[] = [];
/** Recipients refused once with a temporary (4xx) error. */
const refuseOnce = new Set<string>();
/** Recipients refused every time. */
const refuseAlways = new Set<string>();

const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (refuseOnce.delete(address.address) || refuseAlways.has(address.address)) {
      callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
      return;
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      simpleParser(Buffer.concat(chunks))
        .then((parsed) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), parsed });
          callback();
        })
        .catch(callback);
    });
  },
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
process.env.MAIL_FROM = "Intercede <prayer@intercede.test>";

afterAll(async () => {
  closeMail();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const mailTo = (email: string) => received.filter((r) => r.to.includes(email));

// ---- fixtures ----

let staff: Actor;
beforeAll(async () => {
  await ensureSeeded();
  staff = await makeUser("staff");
});

async function emailOf(actor: Actor): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, actor.id));
  return row!.email;
}

/** The public requests of a region, in id order. */
async function requestsIn(slug: string): Promise<{ id: number; title: string }[]> {
  const db = await getDb();
  return db
    .select({ id: requests.id, title: requests.title })
    .from(requests)
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(eq(regions.slug, slug))
    .orderBy(asc(requests.id));
}

let requestCursor = 0;
/** A public request no other test in this file uses. */
async function freshRequest(): Promise<{ id: number; title: string }> {
  const all = [];
  for (const slug of ["global", "latin-america", "southeast-asia", "africa", "south-asia"])
    all.push(...(await requestsIn(slug)));
  const next = all[requestCursor++];
  if (!next) throw new Error("out of seed requests");
  return next;
}

async function post(requestId: number, body: string, kind: "update" | "answered" = "update") {
  const result = await addCaseUpdate(staff, requestId, { kind, body, postedAt: new Date() });
  if (!result.ok) throw new Error(result.error);
  return result.updateId;
}

async function outboxRow(dedupeKey: string) {
  const db = await getDb();
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.dedupeKey, dedupeKey));
  return row;
}

// ---- notices to followers ----

describe("notices to followers", () => {
  it("send each follower exactly one e-mail per update; the unsubscribed, non-followers and the author get none", async () => {
    const request = await freshRequest();
    const [ada, ben, cy, dee] = [
      await makeUser(),
      await makeUser(),
      await makeUser(),
      await makeUser(),
    ];
    for (const person of [ada!, ben!, cy!, staff]) await setFollow(person, request.id, true);
    // Cy follows but turned the notices off; Dee does not follow.
    expect(await setEmailSettings(cy!, { regions: [], notifyFollows: false })).toMatchObject({
      ok: true,
    });
    const [adaMail, benMail, cyMail, deeMail, staffMail] = await Promise.all(
      [ada!, ben!, cy!, dee!, staff].map(emailOf),
    );

    const updateId = await post(request.id, "The police filed charges against both suspects.");
    expect(await notifyFollowers(updateId)).toEqual({ queued: 2, sent: 2, failed: 0 });
    expect(mailTo(adaMail!)).toHaveLength(1);
    expect(mailTo(benMail!)).toHaveLength(1);
    expect(mailTo(cyMail!)).toHaveLength(0);
    expect(mailTo(deeMail!)).toHaveLength(0);
    expect(mailTo(staffMail!)).toHaveLength(0);

    const mail = mailTo(adaMail!)[0]!;
    expect(mail.to).toEqual([adaMail]);
    expect(mail.parsed.subject).toBe(`News: ${request.title}`);
    expect(mail.parsed.text).toContain("The police filed charges against both suspects.");
    expect(mail.parsed.text).toContain(`/requests/${request.id}`);
    // Nothing about anyone else: not the other follower, not counts of prayers or followers.
    expect(mail.parsed.text).not.toContain(benMail!);
    expect(mail.parsed.text).not.toMatch(/prayed|followers/i);
    expect(mail.parsed.headerLines.map((h) => h.key)).toEqual(
      expect.arrayContaining(["list-unsubscribe", "list-unsubscribe-post"]),
    );

    // Again, and twice at once: nothing new.
    expect(await notifyFollowers(updateId)).toEqual({ queued: 0, sent: 0, failed: 0 });
    await Promise.all([notifyFollowers(updateId), notifyFollowers(updateId)]);
    expect(mailTo(adaMail!)).toHaveLength(1);
    expect(mailTo(benMail!)).toHaveLength(1);
    expect(await outboxRow(`update:${updateId}:user:${ada!.id}`)).toMatchObject({
      status: "sent",
      attempts: 1,
      to: adaMail,
    });

    // A second update, sent twice at once: still one each.
    const answered = await post(request.id, "The court convicted both men.", "answered");
    const reports = await Promise.all([notifyFollowers(answered), notifyFollowers(answered)]);
    expect(reports.reduce((n, r) => n + r.queued, 0)).toBe(2);
    expect(mailTo(adaMail!).map((m) => m.parsed.subject)).toEqual([
      `News: ${request.title}`,
      `Answered: ${request.title}`,
    ]);
    expect(mailTo(benMail!)).toHaveLength(2);
    expect(mailTo(cyMail!)).toHaveLength(0);
  });

  it("keep a failed send pending with its error; mail:retry sends it once, nothing lost or doubled", async () => {
    const request = await freshRequest();
    const [eve, fay] = [await makeUser(), await makeUser()];
    await setFollow(eve!, request.id, true);
    await setFollow(fay!, request.id, true);
    const [eveMail, fayMail] = [await emailOf(eve!), await emailOf(fay!)];
    refuseOnce.add(eveMail);

    const updateId = await post(request.id, "A hearing is set for next month.");
    // The first attempt to Eve is refused with a 4xx; Fay's goes through.
    expect(await notifyFollowers(updateId)).toEqual({ queued: 2, sent: 1, failed: 1 });
    expect(mailTo(eveMail)).toHaveLength(0);
    expect(mailTo(fayMail)).toHaveLength(1);
    const pending = await outboxRow(`update:${updateId}:user:${eve!.id}`);
    expect(pending).toMatchObject({ status: "pending", attempts: 1, sentAt: null });
    expect(pending!.lastError).toMatch(/451/);

    // Calling the hook again neither resends Fay's nor sends Eve's: that is mail:retry's job.
    expect(await notifyFollowers(updateId)).toEqual({ queued: 0, sent: 0, failed: 0 });
    expect(mailTo(eveMail)).toHaveLength(0);

    const retried = await retryPendingMail();
    expect(retried).toMatchObject({ sent: 1, failed: 0 });
    expect(mailTo(eveMail)).toHaveLength(1);
    expect(mailTo(eveMail)[0]!.parsed.text).toContain("A hearing is set for next month.");
    expect(await outboxRow(`update:${updateId}:user:${eve!.id}`)).toMatchObject({
      status: "sent",
      attempts: 2,
    });
    expect(await retryPendingMail()).toMatchObject({ sent: 0, failed: 0 });
    expect(mailTo(eveMail)).toHaveLength(1);
    expect(mailTo(fayMail)).toHaveLength(1);
  });

  it("give up after 5 attempts and mark the message failed", async () => {
    const to = `bounce-${crypto.randomUUID()}@example.test`;
    refuseAlways.add(to);
    const id = await recordMail(
      { to, subject: "Never arrives", text: "x", dedupeKey: `test:${to}` },
      "pending",
    );
    expect(await deliverMail([id!])).toEqual({ sent: 0, failed: 1, skipped: 0 });
    for (let run = 2; run <= 5; run += 1) await retryPendingMail();
    const row = await outboxRow(`test:${to}`);
    expect(row).toMatchObject({ status: "failed", attempts: 5 });
    expect(row!.lastError).toMatch(/451/);
    await retryPendingMail();
    expect((await outboxRow(`test:${to}`))!.attempts).toBe(5);
    refuseAlways.delete(to);
    expect(mailTo(to)).toHaveLength(0);
  });

  it("claim each row atomically: concurrent senders send it once", async () => {
    const to = `race-${crypto.randomUUID()}@example.test`;
    const id = await recordMail(
      { to, subject: "Once", text: "x", dedupeKey: `test:${to}` },
      "pending",
    );
    const claims = await Promise.all([claimMail(id!), claimMail(id!), claimMail(id!)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(claims.find(Boolean)).toMatchObject({ id, to, attempt: 1 });
    // The claimed row is leased: no one else takes it until the lease runs out (a dead worker).
    expect(await retryPendingMail()).toMatchObject({ sent: 0 });
    expect(mailTo(to)).toHaveLength(0);
    const later = new Date(Date.now() + MAIL_LEASE_MS + 60_000);
    const reports = await Promise.all([
      retryPendingMail({ now: later }),
      retryPendingMail({ now: later }),
    ]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect(mailTo(to)).toHaveLength(1);
    expect(await outboxRow(`test:${to}`)).toMatchObject({ status: "sent", attempts: 2 });

    const to2 = `race2-${crypto.randomUUID()}@example.test`;
    const id2 = await recordMail({ to: to2, subject: "Once", text: "x" }, "pending");
    const results = await Promise.all([
      deliverMail([id2!]),
      deliverMail([id2!]),
      retryPendingMail(),
    ]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect(mailTo(to2)).toHaveLength(1);
  });
});

// ---- settings ----

describe("the recipient's language", () => {
  it("writes each follower's notice in their own language (users.locale)", async () => {
    const request = await freshRequest();
    const [ana, bo] = [await makeUser(), await makeUser()];
    const db = await getDb();
    await db.update(users).set({ locale: "es" }).where(eq(users.id, ana!.id));
    for (const person of [ana!, bo!]) await setFollow(person, request.id, true);
    const [anaMail, boMail] = [await emailOf(ana!), await emailOf(bo!)];
    expect(await accountLocale({ id: ana!.id })).toBe("es");
    expect(await accountLocale({ email: anaMail })).toBe("es");
    expect(await accountLocale({ id: bo!.id })).toBe("en");
    expect(await accountLocale({ email: "nobody@example.test" })).toBe("en");

    const updateId = await post(request.id, "La audiencia pasó al lunes.", "answered");
    expect(await notifyFollowers(updateId)).toMatchObject({ queued: 2, sent: 2 });
    const spanish = mailTo(anaMail)[0]!;
    expect(spanish.parsed.subject).toBe(`Respondida: ${request.title}`);
    expect(spanish.parsed.text).toContain("ha sido respondida");
    expect(spanish.parsed.text).toContain(`/es/requests/${request.id}`);
    expect(spanish.parsed.text).toContain("La audiencia pasó al lunes.");
    const english = mailTo(boMail)[0]!;
    expect(english.parsed.subject).toBe(`Answered: ${request.title}`);
    expect(english.parsed.text).not.toContain("/es/");
  });
});

describe("e-mail settings", () => {
  it("start with follow notices on and no digest, and save both together", async () => {
    const person = await makeUser();
    const first = await getEmailSettings(person);
    expect(first.ok && first.settings).toMatchObject({ notifyFollows: true, regions: [] });
    expect(first.ok && first.settings.available.map((r) => r.slug)).toEqual(
      expect.arrayContaining(["africa", "latin-america", "south-asia", "southeast-asia", "global"]),
    );
    const saved = await setEmailSettings(person, {
      regions: ["global", "south-asia", "global"],
      notifyFollows: false,
    });
    expect(saved.ok && saved.settings).toMatchObject({
      notifyFollows: false,
      regions: ["south-asia", "global"],
    });
    const again = await getEmailSettings(person);
    expect(again.ok && again.settings.regions).toEqual(["south-asia", "global"]);
    const fewer = await setEmailSettings(person, { regions: ["africa"], notifyFollows: true });
    expect(fewer.ok && fewer.settings).toMatchObject({ notifyFollows: true, regions: ["africa"] });
  });

  it("refuse an unknown region (changing nothing) and visitors", async () => {
    const person = await makeUser();
    await setEmailSettings(person, { regions: ["africa"], notifyFollows: true });
    const refused = await setEmailSettings(person, {
      regions: ["africa", "atlantis"],
      notifyFollows: false,
    });
    expect(refused).toMatchObject({ ok: false, status: 422 });
    expect(!refused.ok && refused.fieldErrors?.regions).toContain("atlantis");
    const after = await getEmailSettings(person);
    expect(after.ok && after.settings).toMatchObject({ notifyFollows: true, regions: ["africa"] });
    expect(await getEmailSettings(null)).toMatchObject({ ok: false, status: 401 });
    expect(await setEmailSettings(null, { regions: [], notifyFollows: true })).toMatchObject({
      ok: false,
      status: 401,
    });
  });
});

// ---- the weekly digest ----

describe("the weekly digest", () => {
  it("sends each subscriber one e-mail with only their regions; a second run that week sends nothing new", async () => {
    const bulletin = (await getLatestBulletin())!;
    const southAsia = bulletin.items.filter((i) => i.regionSlug === "south-asia");
    const africa = bulletin.items.filter((i) => i.regionSlug === "africa");
    const global = bulletin.items.filter((i) => i.regionSlug === "global");
    expect(southAsia.length * africa.length * global.length).toBeGreaterThan(0);

    const db = await getDb();
    const [empty] = await db
      .insert(regions)
      .values({ slug: `empty-${crypto.randomUUID().slice(0, 8)}`, name: "Nowhere", position: 99 })
      .returning({ slug: regions.slug });
    const [gus, hal, ivy, jo] = [
      await makeUser(),
      await makeUser(),
      await makeUser(),
      await makeUser(),
    ];
    await setEmailSettings(gus!, { regions: ["south-asia"], notifyFollows: true });
    await setEmailSettings(hal!, { regions: ["africa", "global"], notifyFollows: true });
    await setEmailSettings(jo!, { regions: [empty!.slug], notifyFollows: true });
    // Ivy chose no region: no digest.
    const [gusMail, halMail, ivyMail, joMail] = (await Promise.all(
      [gus!, hal!, ivy!, jo!].map(emailOf),
    )) as [string, string, string, string];

    const now = new Date(Date.now() + 7 * 86_400_000 * 50); // a week no other test uses
    const first = await sendWeeklyDigest(now);
    expect(first.bulletin).toEqual({ id: bulletin.id, title: bulletin.title });
    expect(first.queued).toBeGreaterThanOrEqual(2);
    expect(first.failed).toBe(0);
    expect(first.nothingInRegions).toBeGreaterThanOrEqual(1);
    expect(digestSummary(first)).toMatch(/^Weekly digest, week of \d{4}-\d{2}-\d{2}, bulletin /);
    expect(mailTo(gusMail)).toHaveLength(1);
    expect(mailTo(halMail)).toHaveLength(1);
    expect(mailTo(ivyMail)).toHaveLength(0);
    expect(mailTo(joMail)).toHaveLength(0);

    const gusText = mailTo(gusMail)[0]!.parsed.text ?? "";
    expect(gusText).toContain(bulletin.verseReference);
    for (const item of southAsia) {
      expect(gusText).toContain(item.title);
      expect(gusText).toContain(`/requests/${item.id}`);
    }
    for (const item of [...africa, ...global])
      expect(gusText).not.toContain(`/requests/${item.id}`);
    const halText = mailTo(halMail)[0]!.parsed.text ?? "";
    for (const item of [...africa, ...global]) expect(halText).toContain(`/requests/${item.id}`);
    for (const item of southAsia) expect(halText).not.toContain(`/requests/${item.id}`);

    const sends = await db
      .select()
      .from(digestSends)
      .where(inArray(digestSends.userId, [gus!.id, hal!.id, ivy!.id, jo!.id]));
    expect(sends.map((s) => s.userId).sort()).toEqual([gus!.id, hal!.id].sort());
    expect(sends.every((s) => s.week === first.week && s.bulletinId === bulletin.id)).toBe(true);

    // Twice, and twice at once, in the same week: nothing new.
    const second = await sendWeeklyDigest(now);
    expect(second.queued).toBe(0);
    expect(second.alreadySent).toBe(first.queued);
    const both = await Promise.all([sendWeeklyDigest(now), sendWeeklyDigest(now)]);
    expect(both.map((r) => r.queued)).toEqual([0, 0]);
    expect(mailTo(gusMail)).toHaveLength(1);
    expect(mailTo(halMail)).toHaveLength(1);

    // The next week with no new bulletin: nobody gets the same bulletin again.
    const nextWeek = await sendWeeklyDigest(new Date(now.getTime() + 7 * 86_400_000));
    expect(nextWeek.queued).toBe(0);
    expect(nextWeek.sameBulletin).toBeGreaterThanOrEqual(2);
    expect(mailTo(gusMail)).toHaveLength(1);
  });

  it("records the week first, so a refused digest waits for mail:retry and is still sent once", async () => {
    const kim = await makeUser();
    await setEmailSettings(kim, { regions: ["global"], notifyFollows: true });
    const kimMail = await emailOf(kim);
    refuseOnce.add(kimMail);
    const now = new Date(Date.now() + 7 * 86_400_000 * 60);
    const report = await sendWeeklyDigest(now);
    expect(report.failed).toBeGreaterThanOrEqual(1);
    expect(mailTo(kimMail)).toHaveLength(0);
    const row = await outboxRow(`digest:${report.week}:user:${kim.id}`);
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    // Running the digest again does not send a second copy, nor this one: mail:retry does.
    expect((await sendWeeklyDigest(now)).queued).toBe(0);
    expect(mailTo(kimMail)).toHaveLength(0);
    expect((await retryPendingMail()).sent).toBeGreaterThanOrEqual(1);
    expect(mailTo(kimMail)).toHaveLength(1);
    expect((await sendWeeklyDigest(now)).queued).toBe(0);
    expect(await retryPendingMail()).toMatchObject({ sent: 0 });
    expect(mailTo(kimMail)).toHaveLength(1);
  });
});

// ---- unsubscribe ----

describe("one-click unsubscribe", () => {
  it("turns off follow notices: a later update sends that person nothing", async () => {
    const request = await freshRequest();
    const [lou, max] = [await makeUser(), await makeUser()];
    await setFollow(lou!, request.id, true);
    await setFollow(max!, request.id, true);
    const [louMail, maxMail] = [await emailOf(lou!), await emailOf(max!)];
    const token = createUnsubscribeToken(lou!.id, "follows");

    expect(await describeUnsubscribe(token)).toMatchObject({
      ok: true,
      unsubscribe: { list: "follows", email: louMail, subscribed: true },
    });
    expect(await unsubscribe(token)).toMatchObject({ ok: true, changed: true });
    expect(await unsubscribe(token)).toMatchObject({ ok: true, changed: false });
    expect(await describeUnsubscribe(token)).toMatchObject({
      ok: true,
      unsubscribe: { subscribed: false },
    });
    const settings = await getEmailSettings(lou!);
    expect(settings.ok && settings.settings.notifyFollows).toBe(false);

    const updateId = await post(request.id, "Both men were sentenced.");
    expect(await notifyFollowers(updateId)).toMatchObject({ queued: 1, sent: 1 });
    expect(mailTo(louMail)).toHaveLength(0);
    expect(mailTo(maxMail)).toHaveLength(1);
  });

  it("turns off the digest (its regions go), leaving follow notices on", async () => {
    const nia = await makeUser();
    await setEmailSettings(nia, { regions: ["africa", "global"], notifyFollows: true });
    const result = await unsubscribe(createUnsubscribeToken(nia.id, "digest"));
    expect(result).toMatchObject({ ok: true, changed: true, unsubscribe: { list: "digest" } });
    const settings = await getEmailSettings(nia);
    expect(settings.ok && settings.settings).toMatchObject({ notifyFollows: true, regions: [] });
    const report = await sendWeeklyDigest(new Date(Date.now() + 7 * 86_400_000 * 70));
    expect(report.queued).toBeGreaterThanOrEqual(0);
    expect(mailTo(await emailOf(nia))).toHaveLength(0);
  });

  it("refuses tampered, foreign and malformed tokens with 400 and changes nothing", async () => {
    const olo = await makeUser();
    await setEmailSettings(olo, { regions: ["africa"], notifyFollows: true });
    const token = createUnsubscribeToken(olo.id, "digest");
    const [payload, signature] = token.split(".") as [string, string];
    const other = await makeUser();
    const otherPayload = Buffer.from(`${other.id}.digest`).toString("base64url");
    const flipped = `${signature.slice(0, 5)}${signature[5] === "x" ? "y" : "x"}${signature.slice(6)}`;
    for (const bad of [
      `${payload}.${flipped}`,
      `${otherPayload}.${signature}`,
      Buffer.from(`${olo.id}.follows`).toString("base64url") + `.${signature}`,
      "not-a-token",
      "",
      null,
    ]) {
      expect(await unsubscribe(bad), String(bad)).toMatchObject({ ok: false, status: 400 });
      expect(await describeUnsubscribe(bad)).toMatchObject({ ok: false, status: 400 });
    }
    const db = await getDb();
    const kept = await db
      .select()
      .from(digestRegions)
      .where(inArray(digestRegions.userId, [olo.id, other.id]));
    expect(kept).toHaveLength(1);
    const settings = await getEmailSettings(olo);
    expect(settings.ok && settings.settings).toMatchObject({ notifyFollows: true });
    // A correctly signed token for an account that no longer exists.
    expect(await unsubscribe(createUnsubscribeToken(crypto.randomUUID(), "follows"))).toMatchObject(
      { ok: false, status: 404 },
    );
  });
});

// ---- without SMTP ----

describe("without SMTP", () => {
  it("puts notices in the outbox (the delivery), once each", async () => {
    const request = await freshRequest();
    const pat = await makeUser();
    await setFollow(pat, request.id, true);
    const updateId = await post(request.id, "An outbox-only update.");
    vi.resetModules();
    vi.stubEnv("SMTP_URL", "");
    try {
      const outboxOnly = await import("./notifications");
      const before = received.length;
      expect(await outboxOnly.notifyFollowers(updateId)).toEqual({
        queued: 1,
        sent: 0,
        failed: 0,
      });
      expect(await outboxOnly.notifyFollowers(updateId)).toEqual({
        queued: 0,
        sent: 0,
        failed: 0,
      });
      expect(received).toHaveLength(before);
      const db = await getDb();
      const rows = await db
        .select()
        .from(mailOutbox)
        .where(and(like(mailOutbox.dedupeKey, `update:${updateId}:%`)));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ status: "outbox", to: await emailOf(pat) });
      expect(rows[0]!.headers).toMatchObject({
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      });
      expect(rows[0]!.text).toMatch(/\/unsubscribe\?token=/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

// Last: its bulletins add requests that freshRequest() would otherwise hand to the tests above.
describe("the weekly digest at each member's own time", () => {
  it("goes to Auckland at 07:00 Monday in Auckland and to Los Angeles at 07:00 Monday in Los Angeles", async () => {
    const { saveBulletin, publishBulletin } = await import("./staff");
    const { setMyTimeZone } = await import("./account");
    const staff = await makeUser("staff");
    const publish = async (title: string, at: string) => {
      const draft = await saveBulletin(staff, null, {
        title,
        verseText: "Seek justice, defend the oppressed.",
        verseReference: "Isaiah 1:17",
        notes: [],
        items: [
          {
            requestId: null,
            region: "africa",
            country: "Kenya",
            kind: "request",
            title: `${title}: a hearing`,
            body: "Pray for the hearing.",
          },
        ],
      });
      if (!draft.ok) throw new Error(draft.error);
      const published = await publishBulletin(staff, draft.id, { at: new Date(at) });
      if (!published.ok) throw new Error(published.error);
      return draft.id;
    };
    const person = async (timeZone: string) => {
      const actor = await makeUser();
      expect(await setMyTimeZone(actor, { timeZone })).toEqual({ ok: true });
      await setEmailSettings(actor, { regions: ["africa"], notifyFollows: true });
      return { actor, email: await emailOf(actor) };
    };
    // Years ahead, so no other test's bulletin or week is involved. DIGEST_SCHEDULE is MON 07:00.
    const first = await publish("January, first week", "2031-01-01T00:00:00Z");
    const auckland = await person("Pacific/Auckland"); // UTC+13 in January
    const losAngeles = await person("America/Los_Angeles"); // UTC−8 in January
    const sends = async (who: { actor: Actor }) =>
      (await (await getDb()).select().from(digestSends).where(eq(digestSends.userId, who.actor.id)))
        .map((s) => `${s.week}#${s.bulletinId}`)
        .sort();

    await sendWeeklyDigest(new Date("2031-01-11T12:00:00Z")); // Saturday
    expect(await sends(auckland)).toEqual([`2031-01-06#${first}`]);
    expect(await sends(losAngeles)).toEqual([`2031-01-06#${first}`]);

    const second = await publish("January, second week", "2031-01-12T00:00:00Z");
    // 19:00 UTC on Sunday is 08:00 on Monday in Auckland, still Sunday in Los Angeles.
    await sendWeeklyDigest(new Date("2031-01-12T19:00:00Z"));
    expect(await sends(auckland)).toEqual([`2031-01-06#${first}`, `2031-01-13#${second}`]);
    expect(await sends(losAngeles)).toEqual([`2031-01-06#${first}`]);
    // 06:30 on Monday in Los Angeles: not yet. 07:30: now.
    await sendWeeklyDigest(new Date("2031-01-13T14:30:00Z"));
    expect(await sends(losAngeles)).toEqual([`2031-01-06#${first}`]);
    await sendWeeklyDigest(new Date("2031-01-13T15:30:00Z"));
    expect(await sends(losAngeles)).toEqual([`2031-01-06#${first}`, `2031-01-13#${second}`]);
    // Each person got one e-mail per week of theirs, never two.
    expect(mailTo(auckland.email)).toHaveLength(2);
    expect(mailTo(losAngeles.email)).toHaveLength(2);
    expect(mailTo(auckland.email)[1]!.parsed.text).toContain("January, second week: a hearing");
  });
});
