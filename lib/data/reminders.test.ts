// Prayer reminders in the data layer, on every dialect: when a reminder is due on the member's own
// clock, claims made once per member and day however many look at once, devices kept per person
// (at most ten; another account's only with its keys), and one call or one e-mail link stopping all.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { pushSubscriptions, reminderSends, users } from "@/db/schema";
import { createUnsubscribeToken } from "@/lib/unsubscribe";
import type { Actor } from "@/lib/permissions";
import { ensureSeeded, makeUser } from "@/lib/testing/data-fixtures";
import { getDb } from "./db";
import { describeUnsubscribe, unsubscribe } from "./notifications";
import {
  addPushSubscription,
  claimDueReminders,
  daysToMask,
  dueDay,
  getReminder,
  MAX_PUSH_SUBSCRIPTIONS,
  removePushSubscription,
  setReminder,
  stopReminders,
} from "./reminders";

beforeAll(async () => {
  await ensureSeeded();
});

const LONG_AGO = new Date("2020-01-01T00:00:00Z");
const key = (n: number, length: number) => `${String(n).repeat(length)}`.slice(0, length);
const device = (name: string) => ({
  endpoint: `https://push.example.net/${name}-${crypto.randomUUID()}`,
  keys: { p256dh: `B${key(7, 86)}`, auth: key(5, 22) },
});

async function personIn(timeZone: string): Promise<Actor> {
  const actor = await makeUser();
  const db = await getDb();
  await db.update(users).set({ timeZone }).where(eq(users.id, actor.id));
  return actor;
}

describe("when a reminder is due", () => {
  // Mondays and Thursdays at 07:30.
  const settings = { days: daysToMask([1, 4]), time: "07:30", updatedAt: LONG_AGO };
  it("on a chosen weekday, from its time on the member's clock to two hours late", () => {
    // Monday 12 January 2026: 07:30 in New York (EST) is 12:30 UTC.
    const ny = "America/New_York";
    expect(dueDay(settings, ny, new Date("2026-01-12T12:29:00Z"))).toBeNull();
    expect(dueDay(settings, ny, new Date("2026-01-12T12:30:00Z"))).toBe("2026-01-12");
    expect(dueDay(settings, ny, new Date("2026-01-12T14:30:00Z"))).toBe("2026-01-12");
    expect(dueDay(settings, ny, new Date("2026-01-12T14:31:00Z"))).toBeNull();
    // Tuesday: not chosen.
    expect(dueDay(settings, ny, new Date("2026-01-13T12:35:00Z"))).toBeNull();
    // Monday 07:30 in Auckland is Sunday 18:30 UTC: the member's day counts, not UTC's.
    expect(dueDay(settings, "Pacific/Auckland", new Date("2026-01-11T18:31:00Z"))).toBe(
      "2026-01-12",
    );
  });

  it("late in the evening: still due just after the member's midnight", () => {
    const late = { days: daysToMask([1]), time: "23:50", updatedAt: LONG_AGO };
    expect(dueDay(late, "UTC", new Date("2026-01-13T00:05:00Z"))).toBe("2026-01-12");
  });

  it("not for a time that had passed when the reminder was saved", () => {
    const saved = { ...settings, updatedAt: new Date("2026-01-12T12:45:00Z") };
    expect(dueDay(saved, "America/New_York", new Date("2026-01-12T12:50:00Z"))).toBeNull();
    // The next chosen day it is.
    expect(dueDay(saved, "America/New_York", new Date("2026-01-15T12:31:00Z"))).toBe("2026-01-15");
  });
});

describe("claiming due reminders", () => {
  it("two workers looking at the same moment claim each member's reminder exactly once", async () => {
    const at = new Date("2031-03-03T09:02:00Z"); // a Monday
    const people = await Promise.all([
      personIn("Europe/London"),
      personIn("Europe/Paris"),
      personIn("Asia/Manila"),
      personIn("UTC"),
    ]);
    const times = ["09:00", "10:00", "17:00", "09:01"];
    for (const [i, person] of people.entries()) {
      const saved = await setReminder(
        person,
        { days: [1], time: times[i]!, byPush: false, byEmail: true },
        LONG_AGO,
      );
      expect(saved.ok).toBe(true);
    }
    const [first, second] = await Promise.all([claimDueReminders(at), claimDueReminders(at)]);
    const claims = [...first!, ...second!].filter((c) => people.some((p) => p.id === c.userId));
    expect(claims.map((c) => c.userId).sort()).toEqual(people.map((p) => p.id).sort());
    expect(claims.every((c) => c.day === "2031-03-03")).toBe(true);
    // Five minutes later nothing new is due for them.
    const later = await claimDueReminders(new Date(at.getTime() + 5 * 60_000));
    expect(later.filter((c) => people.some((p) => p.id === c.userId))).toEqual([]);
    const db = await getDb();
    for (const person of people)
      expect(
        await db.select().from(reminderSends).where(eq(reminderSends.userId, person.id)),
      ).toHaveLength(1);
  });
});

describe("reminder settings", () => {
  it("are the member's own: saved, read back in their time zone, refused to a visitor", async () => {
    const me = await personIn("America/Sao_Paulo");
    expect(await getReminder(me)).toMatchObject({
      ok: true,
      reminder: { active: false, days: [], time: "07:00", timeZone: "America/Sao_Paulo" },
    });
    const saved = await setReminder(me, {
      days: [5, 0, 3],
      time: "06:45",
      byPush: false,
      byEmail: true,
    });
    expect(saved).toMatchObject({
      ok: true,
      reminder: { active: true, days: [0, 3, 5], time: "06:45", byEmail: true, byPush: false },
    });
    expect(
      await setReminder(me, { days: [1], time: "08:00", byPush: false, byEmail: false }),
    ).toMatchObject({ ok: false, status: 422 });
    expect((await getReminder(me)).ok && (await getReminder(me))).toMatchObject({
      reminder: { days: [0, 3, 5], time: "06:45" },
    });
    expect(await getReminder(null)).toMatchObject({ ok: false, status: 401 });
    expect(
      await setReminder(null, { days: [1], time: "08:00", byPush: false, byEmail: true }),
    ).toMatchObject({ ok: false, status: 401 });
    expect(await stopReminders(null)).toMatchObject({ ok: false, status: 401 });
  });

  it("stop with one call, or with the e-mail's signed link: settings and devices gone", async () => {
    const me = await makeUser();
    await setReminder(me, { days: [1, 2], time: "07:00", byPush: true, byEmail: true });
    await addPushSubscription(me, device("phone"));
    const stopped = await stopReminders(me);
    expect(stopped).toMatchObject({ ok: true, stopped: true, reminder: { active: false } });
    expect(stopped.ok && stopped.reminder.devices).toBe(0);

    await setReminder(me, { days: [3], time: "07:00", byPush: false, byEmail: true });
    const token = createUnsubscribeToken(me.id, "reminders");
    expect(await describeUnsubscribe(token)).toMatchObject({
      ok: true,
      unsubscribe: { list: "reminders", subscribed: true },
    });
    expect(await unsubscribe(`${token}x`)).toMatchObject({ ok: false, status: 400 });
    expect(await unsubscribe(token)).toMatchObject({ ok: true, changed: true });
    expect(await getReminder(me)).toMatchObject({ reminder: { active: false } });
  });
});

describe("push subscriptions", () => {
  it("are kept per person, at most ten (the oldest goes), the same browser once", async () => {
    const me = await makeUser();
    const first = device("first");
    expect(await addPushSubscription(me, first)).toEqual({ ok: true, devices: 1 });
    expect(await addPushSubscription(me, first)).toEqual({ ok: true, devices: 1 });
    for (let i = 0; i < MAX_PUSH_SUBSCRIPTIONS; i++)
      await addPushSubscription(me, device(`more${i}`));
    const db = await getDb();
    const mine = await db
      .select({ endpoint: pushSubscriptions.endpoint })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, me.id));
    expect(mine).toHaveLength(MAX_PUSH_SUBSCRIPTIONS);
    expect(mine.map((m) => m.endpoint)).not.toContain(first.endpoint);
    expect(await addPushSubscription(null, device("x"))).toMatchObject({ ok: false, status: 401 });
  });

  it("another person cannot take or remove someone's device without its keys", async () => {
    const [ann, bo] = [await makeUser(), await makeUser()];
    const phone = device("shared");
    await addPushSubscription(ann, phone);
    const stolen = { endpoint: phone.endpoint, keys: { ...phone.keys, auth: key(9, 22) } };
    expect(await addPushSubscription(bo, stolen)).toMatchObject({ ok: false, status: 403 });
    expect(await removePushSubscription(bo, phone.endpoint)).toMatchObject({
      ok: false,
      status: 403,
    });
    const db = await getDb();
    const [row] = await db
      .select({ userId: pushSubscriptions.userId, auth: pushSubscriptions.auth })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.endpoint, phone.endpoint));
    expect(row).toEqual({ userId: ann.id, auth: phone.keys.auth });
    // The same browser (same keys) signed in as Bo now: the device is Bo's.
    expect(await addPushSubscription(bo, phone)).toEqual({ ok: true, devices: 1 });
    expect(await removePushSubscription(ann, phone.endpoint)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await removePushSubscription(bo, phone.endpoint)).toEqual({
      ok: true,
      removed: true,
      devices: 0,
    });
  });
});
