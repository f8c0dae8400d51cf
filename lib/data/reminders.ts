// Prayer reminders: a member's days and time (on their own clock, users.time_zone) and how they are
// reminded (a notification on the devices they turned it on for, and/or e-mail); the browsers'
// push subscriptions; and finding whose reminder has come, claimed once per member and local day
// (reminder_sends) however many workers look at the same moment. Sending is lib/reminders.ts's.
import "server-only";
import { and, asc, eq, gte, inArray, notInArray, or, sql } from "drizzle-orm";
import {
  pushSubscriptions,
  reminderPushes,
  reminderSends,
  reminderSettings,
  users,
} from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { toLocale } from "@/lib/email-i18n";
import { permit, type Actor } from "@/lib/permissions";
import { fail, type Result } from "@/lib/result";
import { canonicalTimeZone, parseLocalDateTime, toLocalDateTime } from "@/lib/time";
import type { PushSubscriptionInput, ReminderInput } from "@/lib/validation/reminders";
import { getDb } from "./db";

/** A person keeps notifications on at most this many devices; a new one pushes out the oldest. */
export const MAX_PUSH_SUBSCRIPTIONS = 10;
/** A reminder goes at most this late (a worker was down): not hours after its time. */
export const REMINDER_LATE_LIMIT_MS = 2 * 3_600_000;

export interface ReminderView {
  /** Weekdays, 0 = Sunday … 6 = Saturday; none when no reminder is set. */
  days: number[];
  /** "HH:MM" on the person's own clock. */
  time: string;
  byPush: boolean;
  byEmail: boolean;
  /** Whether a reminder is set at all (days chosen and a way to send it). */
  active: boolean;
  /** The person's time zone, which the time is read in. */
  timeZone: string;
  /** Devices with notifications on. */
  devices: number;
}

const DEFAULT_TIME = "07:00";
const NO_CHANNEL = "Choose how to be reminded: a notification, an e-mail or both.";

/** Reminders are the person's own: a visitor is asked to sign in, nobody changes another's. */
function permitOwn(actor: Actor | null, ownerId = actor?.id ?? "") {
  return permit(actor, { action: "reminder.set", ownerId });
}

export function daysToMask(days: readonly number[]): number {
  return days.reduce((mask, day) => mask | (1 << day), 0);
}

export function maskToDays(mask: number): number[] {
  return [0, 1, 2, 3, 4, 5, 6].filter((day) => (mask & (1 << day)) !== 0);
}

async function reminderOf(userId: string): Promise<ReminderView | null> {
  const db = await getDb();
  const [[user], [settings], [devices]] = await Promise.all([
    db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId)).limit(1),
    db
      .select({
        days: reminderSettings.days,
        time: reminderSettings.time,
        byPush: reminderSettings.byPush,
        byEmail: reminderSettings.byEmail,
      })
      .from(reminderSettings)
      .where(eq(reminderSettings.userId, userId))
      .limit(1),
    db
      .select({ n: sql<number>`count(*)` })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, userId)),
  ]);
  if (!user) return null;
  const days = settings ? maskToDays(settings.days) : [];
  const byPush = settings?.byPush ?? false;
  const byEmail = settings?.byEmail ?? false;
  return {
    days,
    time: settings?.time ?? DEFAULT_TIME,
    byPush,
    byEmail,
    active: days.length > 0 && (byPush || byEmail),
    timeZone: user.timeZone,
    devices: Number(devices?.n ?? 0),
  };
}

/** The signed-in person's own prayer reminder (a default one, off, when none is set). */
export async function getReminder(
  actor: Actor | null,
): Promise<Result<{ reminder: ReminderView }>> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const reminder = await reminderOf(allowed.actor.id);
  if (!reminder) return fail(404, "Your account was not found.");
  return { ok: true, reminder };
}

/** Sets the person's reminder: days, a time on their own clock, by notification and/or e-mail. */
export async function setReminder(
  actor: Actor | null,
  input: ReminderInput,
  now = new Date(),
): Promise<Result<{ reminder: ReminderView; message: string }>> {
  const allowed = permitOwn(actor);
  if (!allowed.ok) return allowed;
  if (!input.byPush && !input.byEmail) return fail(422, NO_CHANNEL, { byEmail: NO_CHANNEL });
  const userId = allowed.actor.id;
  const db = await getDb();
  const values = {
    days: daysToMask(input.days),
    time: input.time,
    byPush: input.byPush,
    byEmail: input.byEmail,
    updatedAt: now,
  };
  const [account] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  const [saved] = account
    ? await db
        .insert(reminderSettings)
        .values({ userId, ...values })
        .onConflictDoUpdate({ target: reminderSettings.userId, set: values })
        .returning({ userId: reminderSettings.userId })
    : [];
  if (!saved) return fail(404, "Your account was not found.");
  return { ok: true, reminder: (await reminderOf(userId))!, message: "Your reminder is saved." };
}

/**
 * Stops every reminder of a person: the settings go, and so do the devices' subscriptions (also the
 * e-mail's one-click stop link, whose signed token names the person: lib/unsubscribe.ts).
 */
export async function stopRemindersOf(userId: string): Promise<boolean> {
  const db = await getDb();
  const [settings, devices] = await Promise.all([
    db
      .delete(reminderSettings)
      .where(eq(reminderSettings.userId, userId))
      .returning({ userId: reminderSettings.userId }),
    db
      .delete(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, userId))
      .returning({ id: pushSubscriptions.id }),
  ]);
  return settings.length + devices.length > 0;
}

/** One click on /me: no more reminders of any kind, on any device. */
export async function stopReminders(
  actor: Actor | null,
): Promise<Result<{ reminder: ReminderView; stopped: boolean; message: string }>> {
  const allowed = permitOwn(actor);
  if (!allowed.ok) return allowed;
  const stopped = await stopRemindersOf(allowed.actor.id);
  const reminder = await reminderOf(allowed.actor.id);
  if (!reminder) return fail(404, "Your account was not found.");
  return { ok: true, reminder, stopped, message: "Reminders stopped." };
}

/** Whether the person gets any reminder (the e-mail's one-click stop page asks). */
export async function remindersAreOn(userId: string): Promise<boolean> {
  return (await reminderOf(userId))?.active ?? false;
}

// ---- push subscriptions ----

/**
 * Remembers a browser's push subscription for the person. The same browser subscribing again
 * (the same endpoint) updates it. An endpoint another account registered moves to this one only
 * when its keys match, which only that browser knows (someone who merely saw the address cannot
 * take it). Beyond MAX_PUSH_SUBSCRIPTIONS devices, the oldest is dropped.
 */
export async function addPushSubscription(
  actor: Actor | null,
  input: PushSubscriptionInput,
): Promise<Result<{ devices: number }>> {
  if (!actor) return fail(401, "Please sign in first.");
  const db = await getDb();
  const [existing] = await db
    .select({
      id: pushSubscriptions.id,
      userId: pushSubscriptions.userId,
      p256dh: pushSubscriptions.p256dh,
      auth: pushSubscriptions.auth,
    })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.endpoint, input.endpoint))
    .limit(1);
  const sameBrowser = existing?.p256dh === input.keys.p256dh && existing.auth === input.keys.auth;
  const owner = existing && !sameBrowser ? existing.userId : actor.id;
  const allowed = permitOwn(actor, owner);
  if (!allowed.ok) return allowed;
  const userId = allowed.actor.id;
  await db
    .insert(pushSubscriptions)
    .values({ userId, endpoint: input.endpoint, p256dh: input.keys.p256dh, auth: input.keys.auth })
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: { userId, p256dh: input.keys.p256dh, auth: input.keys.auth },
    });
  const mine = await db
    .select({ id: pushSubscriptions.id })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, userId))
    .orderBy(asc(pushSubscriptions.createdAt), asc(pushSubscriptions.id));
  const extra = mine.slice(0, Math.max(0, mine.length - MAX_PUSH_SUBSCRIPTIONS)).map((r) => r.id);
  if (extra.length > 0)
    await db
      .delete(pushSubscriptions)
      .where(and(eq(pushSubscriptions.userId, userId), inArray(pushSubscriptions.id, extra)));
  return { ok: true, devices: mine.length - extra.length };
}

/** Forgets this browser's subscription (notifications off on this device). */
export async function removePushSubscription(
  actor: Actor | null,
  endpoint: string,
): Promise<Result<{ removed: boolean; devices: number }>> {
  if (!actor) return fail(401, "Please sign in first.");
  const db = await getDb();
  const [existing] = await db
    .select({ userId: pushSubscriptions.userId })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.endpoint, endpoint))
    .limit(1);
  const allowed = permitOwn(actor, existing?.userId);
  if (!allowed.ok) return allowed;
  const removed = await db
    .delete(pushSubscriptions)
    .where(
      and(eq(pushSubscriptions.endpoint, endpoint), eq(pushSubscriptions.userId, allowed.actor.id)),
    )
    .returning({ id: pushSubscriptions.id });
  const [devices] = await db
    .select({ n: sql<number>`count(*)` })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, allowed.actor.id));
  return { ok: true, removed: removed.length > 0, devices: Number(devices?.n ?? 0) };
}

/** Drops a subscription its push service no longer knows (404 or 410). */
export async function forgetPushSubscription(id: number): Promise<void> {
  const db = await getDb();
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id));
}

// ---- whose reminder has come ----

export interface ReminderClaim {
  userId: string;
  /** The member's local date the reminder is for (YYYY-MM-DD). */
  day: string;
}

function previousDay(day: string): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The local day whose reminder is due at `now` for these settings, or null. Due when the day is a
 * chosen weekday, its time on the member's clock has come, no more than REMINDER_LATE_LIMIT_MS ago
 * (a reminder set for 07:00 at 08:30 does not fire for this morning), and the settings were saved
 * before it. Yesterday counts too, so 23:50's reminder found at 00:05 still goes.
 */
export function dueDay(
  settings: { days: number; time: string; updatedAt: Date },
  timeZone: string,
  now: Date,
): string | null {
  const zone = canonicalTimeZone(timeZone) ?? "UTC";
  const today = toLocalDateTime(now, zone).slice(0, 10);
  for (const day of [today, previousDay(today)]) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if ((settings.days & (1 << weekday)) === 0) continue;
    const moment = parseLocalDateTime(`${day}T${settings.time}`, zone);
    if (!moment) continue;
    const late = now.getTime() - moment.getTime();
    if (late >= 0 && late <= REMINDER_LATE_LIMIT_MS && settings.updatedAt <= moment) return day;
  }
  return null;
}

/**
 * Claims every reminder due at `now`: one reminder_sends row per member and local day, inserted
 * only if absent, so when two workers check at the same moment each member is claimed by exactly
 * one of them. Returns the claims made by this call.
 */
export async function claimDueReminders(now = new Date()): Promise<ReminderClaim[]> {
  const db = await getDb();
  const candidates = await db
    .select({
      userId: reminderSettings.userId,
      days: reminderSettings.days,
      time: reminderSettings.time,
      updatedAt: reminderSettings.updatedAt,
      timeZone: users.timeZone,
    })
    .from(reminderSettings)
    .innerJoin(users, eq(users.id, reminderSettings.userId))
    .where(
      and(
        sql`${reminderSettings.days} > 0`,
        or(eq(reminderSettings.byPush, true), eq(reminderSettings.byEmail, true)),
      ),
    );
  const claims: ReminderClaim[] = [];
  for (const candidate of candidates) {
    const day = dueDay(candidate, candidate.timeZone, now);
    if (!day) continue;
    const [claimed] = await db
      .insert(reminderSends)
      .values({ userId: candidate.userId, day, createdAt: now })
      .onConflictDoNothing()
      .returning({ userId: reminderSends.userId });
    if (claimed) claims.push({ userId: candidate.userId, day });
  }
  return claims;
}

/**
 * The reminders-due job's work: the claims made now and those of the last hours (a worker may have
 * died between claiming and handing a claim on; send-reminder is one job per claim, so handing one
 * on twice is harmless).
 */
export async function remindersToSend(now = new Date()): Promise<ReminderClaim[]> {
  await claimDueReminders(now);
  const db = await getDb();
  return db
    .select({ userId: reminderSends.userId, day: reminderSends.day })
    .from(reminderSends)
    .where(gte(reminderSends.createdAt, new Date(now.getTime() - REMINDER_LATE_LIMIT_MS)))
    .orderBy(asc(reminderSends.createdAt));
}

export interface ReminderDelivery {
  recipient: { id: string; email: string; name: string | null; locale: Locale };
  byEmail: boolean;
  /** The devices this day's reminder has not reached yet (by notification only). */
  devices: { id: number; endpoint: string; keys: { p256dh: string; auth: string } }[];
}

/**
 * What one claimed reminder still has to do: the member, whether to e-mail, and the devices not yet
 * reached today. Null when they stopped reminders since the claim (or the account is gone).
 */
export async function reminderDelivery(claim: ReminderClaim): Promise<ReminderDelivery | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      byPush: reminderSettings.byPush,
      byEmail: reminderSettings.byEmail,
    })
    .from(reminderSettings)
    .innerJoin(users, eq(users.id, reminderSettings.userId))
    .where(eq(reminderSettings.userId, claim.userId))
    .limit(1);
  if (!row) return null;
  const reached = db
    .select({ id: reminderPushes.subscriptionId })
    .from(reminderPushes)
    .where(and(eq(reminderPushes.userId, claim.userId), eq(reminderPushes.day, claim.day)));
  const devices = row.byPush
    ? await db
        .select({
          id: pushSubscriptions.id,
          endpoint: pushSubscriptions.endpoint,
          p256dh: pushSubscriptions.p256dh,
          auth: pushSubscriptions.auth,
        })
        .from(pushSubscriptions)
        .where(
          and(
            eq(pushSubscriptions.userId, claim.userId),
            notInArray(pushSubscriptions.id, reached),
          ),
        )
        .orderBy(asc(pushSubscriptions.id))
    : [];
  return {
    recipient: { id: row.id, email: row.email, name: row.name, locale: toLocale(row.locale) },
    byEmail: row.byEmail,
    devices: devices.map((d) => ({
      id: d.id,
      endpoint: d.endpoint,
      keys: { p256dh: d.p256dh, auth: d.auth },
    })),
  };
}

/** Records that a push service accepted this day's reminder for a device (a retry skips it). */
export async function recordReminderPush(
  claim: ReminderClaim,
  subscriptionId: number,
): Promise<void> {
  const db = await getDb();
  await db
    .insert(reminderPushes)
    .values({ userId: claim.userId, day: claim.day, subscriptionId })
    .onConflictDoNothing();
}
