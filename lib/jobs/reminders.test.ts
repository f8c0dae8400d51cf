// Prayer reminders through the jobs, on the dialect under test, to a push service running here
// (lib/testing/push-service.ts): the push is signed with the app's VAPID key and decrypts, with the
// browser's keys, to the reminder in the member's language opening their /pray; a subscription the
// service forgot (410) is removed; a retry sends only what failed; and when several runs of the
// due-check look at the same moment, every member gets their reminder exactly once.
import { eq } from "drizzle-orm";
import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox, pushSubscriptions, users } from "@/db/schema";
import { getDb } from "@/lib/data/db";
import {
  addPushSubscription,
  claimDueReminders,
  setReminder,
  type ReminderClaim,
} from "@/lib/data/reminders";
import type { Actor } from "@/lib/permissions";
import { makeUser } from "@/lib/testing/data-fixtures";
import { decryptPush, startPushService, type TestPushService } from "@/lib/testing/push-service";
import { reminderKey } from "@/lib/mail";
import { appJobs } from "./definitions";
import { startWorker, stopWorker } from "./index";

const vapid = webpush.generateVAPIDKeys();
process.env.VAPID_PUBLIC_KEY = vapid.publicKey;
process.env.VAPID_PRIVATE_KEY = vapid.privateKey;
process.env.VAPID_SUBJECT = "mailto:prayer@intercede.test";
process.env.APP_URL = "https://pray.example.org";

let push: TestPushService;
beforeAll(async () => {
  push = await startPushService();
});
afterAll(async () => {
  await stopWorker();
  await push.close();
});

const running = { id: "test", attempt: 1, deadline: new Date(Date.now() + 60_000) };
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const LONG_AGO = new Date("2020-01-01T00:00:00Z");
let paths = 0;
const freshPath = () => `/push/${++paths}-${crypto.randomUUID()}`;

/** A member with a reminder at 07:00 UTC (saved long ago) and `devices` subscriptions here. */
async function memberWithDevices(
  devices: number,
  options: { locale?: string; byEmail?: boolean } = {},
) {
  const actor = await makeUser();
  const db = await getDb();
  if (options.locale)
    await db.update(users).set({ locale: options.locale }).where(eq(users.id, actor.id));
  const saved = await setReminder(
    actor,
    { days: EVERY_DAY, time: "07:00", byPush: devices > 0, byEmail: options.byEmail ?? false },
    LONG_AGO,
  );
  if (!saved.ok) throw new Error(saved.error);
  const subscriptions = [];
  for (let i = 0; i < devices; i++) {
    const subscription = push.subscribe(freshPath());
    const added = await addPushSubscription(actor, subscription);
    if (!added.ok) throw new Error(added.error);
    subscriptions.push(subscription);
  }
  return { actor, subscriptions };
}

const pushesTo = (endpoint: string) =>
  push.received.filter((p) => `${push.origin}${p.path}` === endpoint);

async function subscriptionsOf(actor: Actor) {
  const db = await getDb();
  return db
    .select({ endpoint: pushSubscriptions.endpoint })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, actor.id));
}

describe(`prayer reminders through the jobs (${process.env.TEST_DB})`, () => {
  it("send-reminder: a push signed with the app's VAPID key that decrypts to the reminder, opening /pray in the member's language, once", async () => {
    const { actor, subscriptions } = await memberWithDevices(1, { locale: "es" });
    const [device] = subscriptions as [(typeof subscriptions)[number]];
    const claim: ReminderClaim = { userId: actor.id, day: "2031-01-13" };
    await appJobs["send-reminder"].run(claim, running);

    expect(push.refused).toEqual([]);
    const [received] = pushesTo(device.endpoint);
    expect(received).toBeDefined();
    expect(received!.publicKey).toBe(vapid.publicKey);
    expect(received!.claims).toMatchObject({
      aud: push.origin,
      sub: "mailto:prayer@intercede.test",
    });
    const payload = JSON.parse(decryptPush(received!.body, device)) as Record<string, string>;
    expect(payload).toEqual({
      title: "Es hora de orar",
      body: "Unos minutos para orar por las peticiones de esta semana, una a una.",
      url: "https://pray.example.org/es/pray",
    });
    // The same claim run again (a retry, or a second job): the device is not pushed twice.
    await appJobs["send-reminder"].run(claim, running);
    expect(pushesTo(device.endpoint)).toHaveLength(1);
  });

  it("send-reminder: a subscription the push service forgot (410, or 404) is removed; the others get theirs", async () => {
    const { actor, subscriptions } = await memberWithDevices(3);
    const [gone, missing, fine] = subscriptions as [
      (typeof subscriptions)[number],
      (typeof subscriptions)[number],
      (typeof subscriptions)[number],
    ];
    push.answer(new URL(gone.endpoint).pathname, 410);
    push.answer(new URL(missing.endpoint).pathname, 404);
    await appJobs["send-reminder"].run({ userId: actor.id, day: "2031-01-13" }, running);
    expect(pushesTo(gone.endpoint)).toHaveLength(1);
    expect(pushesTo(fine.endpoint)).toHaveLength(1);
    expect((await subscriptionsOf(actor)).map((s) => s.endpoint)).toEqual([fine.endpoint]);
  });

  it("send-reminder: a push refused for now fails the attempt; the retry sends only that one", async () => {
    const { actor, subscriptions } = await memberWithDevices(2);
    const [busy, fine] = subscriptions as [
      (typeof subscriptions)[number],
      (typeof subscriptions)[number],
    ];
    push.answer(new URL(busy.endpoint).pathname, 503);
    const claim = { userId: actor.id, day: "2031-01-14" };
    await expect(appJobs["send-reminder"].run(claim, running)).rejects.toThrow(/503/);
    expect(pushesTo(fine.endpoint)).toHaveLength(1);
    push.answer(new URL(busy.endpoint).pathname, 201);
    await appJobs["send-reminder"].run(claim, { ...running, attempt: 2 });
    expect(pushesTo(busy.endpoint)).toHaveLength(2);
    expect(pushesTo(fine.endpoint)).toHaveLength(1);
    expect(await subscriptionsOf(actor)).toHaveLength(2);
  });

  it("send-reminder: the e-mail goes to the outbox once a day, with a one-click stop link", async () => {
    const { actor } = await memberWithDevices(0, { byEmail: true, locale: "fr" });
    const claim = { userId: actor.id, day: "2031-01-15" };
    await appJobs["send-reminder"].run(claim, running);
    await appJobs["send-reminder"].run(claim, running);
    const db = await getDb();
    const mails = await db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.dedupeKey, reminderKey(actor.id, claim.day)));
    expect(mails).toHaveLength(1);
    const [mail] = mails as [(typeof mails)[number]];
    expect(mail.subject).toBe("C’est l’heure de prier");
    expect(mail.text).toContain("https://pray.example.org/fr/pray");
    expect(mail.text).toMatch(/https:\/\/pray\.example\.org\/unsubscribe\?token=/);
    expect(mail.headers).toMatchObject({
      "List-Unsubscribe": expect.stringMatching(
        /^<https:\/\/pray\.example\.org\/api\/unsubscribe\?token=/,
      ),
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("reminders-due: several runs at the same moment, and the worker, send each member's reminder exactly once", async () => {
    // Due a minute ago on the members' clocks (UTC).
    const now = new Date();
    const time = new Date(now.getTime() - 60_000).toISOString().slice(11, 16);
    const members = [];
    for (let i = 0; i < 8; i++) {
      const member = await memberWithDevices(1);
      const saved = await setReminder(
        member.actor,
        { days: EVERY_DAY, time, byPush: true, byEmail: false },
        LONG_AGO,
      );
      expect(saved.ok).toBe(true);
      members.push(member);
    }
    const runs = await Promise.all([
      appJobs["reminders-due"].run({}, running),
      appJobs["reminders-due"].run({}, running),
      appJobs["reminders-due"].run({}, running),
    ]);
    expect(runs.every((n) => typeof n === "number")).toBe(true);
    // Nothing is left to claim at this moment.
    expect(await claimDueReminders(now)).toEqual([]);
    await startWorker({ concurrency: 3, pollSeconds: 0.2 });
    const endpoints = members.map((m) => m.subscriptions[0]!.endpoint);
    await expect
      .poll(() => endpoints.filter((e) => pushesTo(e).length > 0).length, { timeout: 20_000 })
      .toBe(members.length);
    // The worker's own schedule fires reminders-due too; give any second send time to show up.
    await appJobs["reminders-due"].run({}, running);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const endpoint of endpoints) expect(pushesTo(endpoint)).toHaveLength(1);
    expect(push.refused).toEqual([]);
  });
});
