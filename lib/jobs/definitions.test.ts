// The app's jobs on the queue of the dialect under test, with mail going to a real SMTP server run
// in-process: follower notices (once per follower, and none lost when a run dies between recording
// and handing on), mail delivery (retried, given up after the outbox's limit, never sent twice),
// the weekly digest fired by its schedule, and the scheduled-publish hook at its moment.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mailOutbox, users } from "@/db/schema";
import { getDb } from "@/lib/data/db";
import { claimMail, recordMail } from "@/lib/data/mail";
import { queueFollowerNotices, setEmailSettings } from "@/lib/data/notifications";
import { setFollow } from "@/lib/data/prayers";
import { addCaseUpdate } from "@/lib/data/staff";
import { closeMail, sendMail } from "@/lib/mail";
import type { Actor } from "@/lib/permissions";
import { ensureSeeded, makeUser, publicRequestIds } from "@/lib/testing/data-fixtures";
import { startSmtpCapture } from "@/lib/testing/smtp-capture";
import { PermanentJobError } from "./core";
import { appJobs } from "./definitions";
import { enqueue, runSchedules, startWorker, stopWorker, type ScheduleFiring } from "./index";

const published = vi.hoisted(() => [] as { bulletinId: number; at: number }[]);
vi.mock(import("@/lib/cache"), async (original) => ({
  ...(await original()),
  afterScheduledPublish: async (bulletinId: number) => {
    published.push({ bulletinId, at: Date.now() });
  },
}));

const smtp = await startSmtpCapture();
process.env.SMTP_URL = smtp.url;
process.env.MAIL_FROM = "Intercede <prayer@intercede.test>";

const mailTo = (email: string) => smtp.accepted.filter((m) => m.to.includes(email));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const running = (attempt: number) => ({
  id: "test",
  attempt,
  deadline: new Date(Date.now() + 60_000),
});

let staff: Actor;
let requestIds: number[];
let digestReaders: string[];
let fired: ScheduleFiring[];
beforeAll(async () => {
  await ensureSeeded();
  staff = await makeUser("staff");
  requestIds = await publicRequestIds();
  // Two digest subscribers before the worker starts: its first look fires this week's digest.
  const [ann, bo] = [await makeUser(), await makeUser()];
  await setEmailSettings(ann, { regions: ["africa", "global"], notifyFollows: true });
  await setEmailSettings(bo, { regions: ["south-asia"], notifyFollows: true });
  digestReaders = [await emailOf(ann), await emailOf(bo)];
  fired = await runSchedules(new Date());
  await startWorker({ concurrency: 3, pollSeconds: 0.5 });
});

afterAll(async () => {
  await stopWorker();
  closeMail();
  await smtp.close();
});

async function emailOf(actor: Actor): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, actor.id));
  return row!.email;
}

async function outboxRow(id: number) {
  const db = await getDb();
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row!;
}

async function followersOf(requestId: number, count: number) {
  const people = await Promise.all(Array.from({ length: count }, () => makeUser()));
  for (const person of people) await setFollow(person, requestId, true);
  return Promise.all(people.map(emailOf));
}

async function post(requestId: number, body: string) {
  const result = await addCaseUpdate(staff, requestId, {
    kind: "update",
    body,
    postedAt: new Date(),
  });
  if (!result.ok) throw new Error(result.error);
  return result.updateId;
}

describe(`the app's jobs (${process.env.TEST_DB})`, () => {
  it("notify-followers: one e-mail per follower through deliver-mail jobs, once, however often it runs", async () => {
    const requestId = requestIds[0]!;
    const emails = await followersOf(requestId, 3);
    const updateId = await post(requestId, "The trial opens on Monday.");

    expect(
      await enqueue("notify-followers", { updateId }, { singletonKey: String(updateId) }),
    ).toBeTruthy();
    expect(
      await enqueue("notify-followers", { updateId }, { singletonKey: String(updateId) }),
    ).toBeNull();
    await expect
      .poll(() => emails.every((e) => mailTo(e).length === 1), { timeout: 15_000 })
      .toBe(true);
    expect(mailTo(emails[0]!)[0]!.raw).toContain("The trial opens on Monday.");

    // The job running again (its worker died after it finished) sends nothing new.
    await appJobs["notify-followers"].run({ updateId }, running(2));
    await sleep(1_500);
    for (const email of emails) expect(mailTo(email)).toHaveLength(1);
  });

  it("notify-followers: notices recorded by a run that died before handing them on are still sent, once", async () => {
    const requestId = requestIds[1]!;
    const emails = await followersOf(requestId, 2);
    const updateId = await post(requestId, "The survivors are safe.");
    // The first run got as far as recording the notices, then its process died.
    expect(await queueFollowerNotices(updateId)).toHaveLength(2);
    await enqueue("notify-followers", { updateId }, { singletonKey: String(updateId) });
    await expect
      .poll(() => emails.every((e) => mailTo(e).length === 1), { timeout: 15_000 })
      .toBe(true);
    await sleep(1_500);
    for (const email of emails) expect(mailTo(email)).toHaveLength(1);
  });

  it("deliver-mail: a refusal is retried, the outbox's fifth refusal fails for good, a held message waits", async () => {
    const refusedOnce = `once-${crypto.randomUUID()}@example.test`;
    smtp.refuseOnce.add(refusedOnce);
    const id = (await recordMail({ to: refusedOnce, subject: "Hello", text: "x" }, "pending"))!;
    const deliver = appJobs["deliver-mail"];
    const refusal = await deliver.run({ outboxId: id }, running(1)).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal).not.toBeInstanceOf(PermanentJobError);
    expect((refusal as Error).message).toMatch(/451/);
    expect(await deliver.run({ outboxId: id }, running(2))).toBe("sent");
    expect(mailTo(refusedOnce)).toHaveLength(1);
    expect(await outboxRow(id)).toMatchObject({ status: "sent", attempts: 2 });
    // Already sent: a rerun sends nothing.
    expect(await deliver.run({ outboxId: id }, running(3))).toBe("done");
    expect(mailTo(refusedOnce)).toHaveLength(1);

    const bounced = `never-${crypto.randomUUID()}@example.test`;
    smtp.refuseAlways.add(bounced);
    const lost = (await recordMail({ to: bounced, subject: "Hello", text: "x" }, "pending"))!;
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const error = await deliver
        .run({ outboxId: lost }, running(attempt))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(PermanentJobError);
    }
    await expect(deliver.run({ outboxId: lost }, running(5))).rejects.toBeInstanceOf(
      PermanentJobError,
    );
    expect(await outboxRow(lost)).toMatchObject({ status: "failed", attempts: 5 });

    // Another sender holds the message: the job waits and tries later rather than sending it too.
    const busy = `busy-${crypto.randomUUID()}@example.test`;
    const held = (await recordMail({ to: busy, subject: "Hello", text: "x" }, "pending"))!;
    expect(await claimMail(held)).toBeTruthy();
    await expect(deliver.run({ outboxId: held }, running(1))).rejects.toThrow(/Another sender/);
    expect(mailTo(busy)).toHaveLength(0);
  });

  it("sendMail: a deliver-mail job stands behind each message sent at once, retrying a refusal and leaving a sent one alone", async () => {
    const to = `later-${crypto.randomUUID()}@example.test`;
    smtp.refuseOnce.add(to);
    const refused = await sendMail({ to, subject: "Your link", text: "x" });
    expect(refused.delivered).toBe(false);
    expect(
      await enqueue(
        "deliver-mail",
        { outboxId: refused.id! },
        { singletonKey: `outbox:${refused.id}` },
      ),
    ).toBeNull();
    // What that job does when its minute has come:
    expect(await appJobs["deliver-mail"].run({ outboxId: refused.id! }, running(1))).toBe("sent");
    expect(mailTo(to)).toHaveLength(1);

    const fine = `now-${crypto.randomUUID()}@example.test`;
    const sent = await sendMail({ to: fine, subject: "Your link", text: "x" });
    expect(sent.delivered).toBe(true);
    expect(await appJobs["deliver-mail"].run({ outboxId: sent.id! }, running(1))).toBe("done");
    expect(mailTo(fine)).toHaveLength(1);
  });

  it("weekly-digest: fired by its schedule (each hour), each subscriber's digest of the week sent once", async () => {
    const [annMail, boMail] = digestReaders as [string, string];
    expect(fired.map((f) => f.name)).toContain("weekly-digest");
    // Every hour on the hour: each run sends the digests whose moment (DIGEST_SCHEDULE, MON 07:00)
    // has come in each subscriber's own time zone (lib/data/notifications.test.ts tests that).
    const digest = fired.find((f) => f.name === "weekly-digest")!;
    expect(digest.occurrence.toISOString()).toMatch(/T\d\d:00:00\.000Z$/);
    // The latest hour's (a later hour may have begun since the schedule fired, as the suite ran).
    expect(Date.now() - digest.occurrence.getTime()).toBeLessThan(3_600_000 + 5 * 60_000);
    await expect
      .poll(() => mailTo(annMail).length + mailTo(boMail).length, { timeout: 15_000 })
      .toBe(2);
    expect(mailTo(annMail)[0]!.raw).toContain("This week's prayer digest");

    // The worker looks again every 30 s; so does this test: the week's digest is not fired twice,
    // and the job running again records nothing new.
    const again = await runSchedules(new Date());
    expect(again.filter((f) => f.name === "weekly-digest")).toEqual([]);
    await appJobs["weekly-digest"].run({}, running(2));
    await sleep(1_500);
    expect(mailTo(annMail)).toHaveLength(1);
    expect(mailTo(boMail)).toHaveLength(1);
  });

  it("publish-scheduled: the cache hook runs at the bulletin's moment, once", async () => {
    const at = new Date(Date.now() + 1_500);
    const key = `77@${at.toISOString()}`;
    expect(
      await enqueue("publish-scheduled", { bulletinId: 77 }, { runAt: at, singletonKey: key }),
    ).toBeTruthy();
    expect(
      await enqueue("publish-scheduled", { bulletinId: 77 }, { runAt: at, singletonKey: key }),
    ).toBeNull();
    await sleep(500);
    expect(published).toEqual([]);
    await expect.poll(() => published.length, { timeout: 10_000 }).toBe(1);
    expect(published[0]!.bulletinId).toBe(77);
    expect(published[0]!.at).toBeGreaterThanOrEqual(at.getTime());
  });
});
