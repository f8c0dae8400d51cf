// E-mail to members: notices to followers when a request has news, the weekly digest of their
// chosen regions, their e-mail settings, and one-click unsubscribe. Messages are recorded in the
// outbox with a dedupe key (one per update and person, one per week and person) and delivered only
// after the write that caused them has committed, by deliver-mail jobs (lib/jobs) that retry with
// growing pauses; `npm run mail:retry` tries every pending one once more by hand.
import "server-only";
import { and, asc, desc, eq, inArray, ne, or } from "drizzle-orm";
import { z } from "@/lib/validation/zod";
import {
  bulletinItems,
  bulletins,
  digestRegions,
  digestSends,
  follows,
  regions,
  requests,
  updates,
  users,
} from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { toLocale } from "@/lib/email-i18n";
import { env } from "@/lib/env";
import {
  deliverMail,
  digestKeyPrefix,
  digestMail,
  followNotice,
  noticeKeyPrefix,
  queueBackstop,
  queueMail,
} from "@/lib/mail";
import { permit, type Actor } from "@/lib/permissions";
import { fail, type Result } from "@/lib/result";
import { latestOccurrence, parseWeeklySchedule } from "@/lib/jobs/schedule";
import { appTimeZone, canonicalTimeZone, weekStart } from "@/lib/time";
import { listDescription, verifyUnsubscribeToken, type UnsubscribeList } from "@/lib/unsubscribe";
import { bulletinIsPublic } from "./bulletins";
import { getDb, lockRows } from "./db";
import { pendingMailIds } from "./mail";
import { listRegions } from "./regions";
import { remindersAreOn, stopRemindersOf } from "./reminders";
import { requestIsPublic } from "./requests";

// ---- settings ----

export const emailSettingsSchema = z.object({
  regions: z
    .array(z.string("Name each region by its slug").trim().min(1).max(64), "Give a list of regions")
    .max(100, "That is more regions than there are"),
  notifyFollows: z.boolean("Say whether to e-mail you about requests you follow (true or false)"),
});
export type EmailSettingsInput = z.output<typeof emailSettingsSchema>;

export interface EmailSettingsView {
  /** E-mail me when a request I follow has news. */
  notifyFollows: boolean;
  /** The slugs of the regions in my weekly digest; none means no digest. */
  regions: string[];
  /** Every region one may choose, in bulletin order. */
  available: { slug: string; name: string }[];
}

async function settingsOf(userId: string): Promise<EmailSettingsView | null> {
  const db = await getDb();
  const [[user], chosen, available] = await Promise.all([
    db
      .select({ notifyFollows: users.notifyFollows })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1),
    db
      .select({ slug: regions.slug })
      .from(digestRegions)
      .innerJoin(regions, eq(regions.id, digestRegions.regionId))
      .where(eq(digestRegions.userId, userId)),
    listRegions(),
  ]);
  if (!user) return null;
  const mine = new Set(chosen.map((c) => c.slug));
  return {
    notifyFollows: user.notifyFollows,
    regions: available.filter((r) => mine.has(r.slug)).map((r) => r.slug),
    available: available.map((r) => ({ slug: r.slug, name: r.name })),
  };
}

/** The signed-in person's e-mail settings, with the regions they may choose from. */
export async function getEmailSettings(
  actor: Actor | null,
): Promise<Result<{ settings: EmailSettingsView }>> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const settings = await settingsOf(allowed.actor.id);
  if (!settings) return fail(404, "Your account was not found.");
  return { ok: true, settings };
}

/** Replaces the person's digest regions and their follow-notice choice, in one transaction. */
export async function setEmailSettings(
  actor: Actor | null,
  input: EmailSettingsInput,
): Promise<Result<{ settings: EmailSettingsView }>> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const userId = allowed.actor.id;
  const db = await getDb();
  const wanted = [...new Set(input.regions)];
  const known =
    wanted.length === 0
      ? []
      : await db
          .select({ id: regions.id, slug: regions.slug })
          .from(regions)
          .where(inArray(regions.slug, wanted));
  const unknown = wanted.filter((slug) => !known.some((r) => r.slug === slug));
  if (unknown.length > 0) {
    const message = `There is no region “${unknown[0]}”.`;
    return fail(422, message, { regions: message });
  }
  const saved = await db.transaction(async (tx) => {
    await lockRows(tx, "users", [userId]);
    const [user] = await tx
      .update(users)
      .set({ notifyFollows: input.notifyFollows })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!user) return false;
    await tx.delete(digestRegions).where(eq(digestRegions.userId, userId));
    if (known.length > 0)
      await tx
        .insert(digestRegions)
        .values(known.map((r) => ({ userId, regionId: r.id })))
        .onConflictDoNothing();
    return true;
  });
  if (!saved) return fail(404, "Your account was not found.");
  return { ok: true, settings: (await settingsOf(userId))! };
}

// ---- the language of an account's e-mails ----

/**
 * The language an account's e-mails are written in (users.locale), found by its id or its address;
 * English for an account that is not found or has no language the app speaks.
 */
export async function accountLocale(account: { id: string } | { email: string }): Promise<Locale> {
  const db = await getDb();
  const [row] = await db
    .select({ locale: users.locale })
    .from(users)
    .where("id" in account ? eq(users.id, account.id) : eq(users.email, account.email))
    .limit(1);
  return toLocale(row?.locale);
}

// ---- notices to followers ----

/**
 * Records one notice per follower (who wants them) of the update's request, once: the dedupe key
 * `update:<updateId>:user:<userId>` makes a second call record nothing. The update's author gets
 * none. Returns the outbox ids recorded now.
 */
export async function queueFollowerNotices(updateId: number): Promise<number[]> {
  const db = await getDb();
  const [found] = await db
    .select({
      requestId: requests.id,
      title: requests.title,
      country: requests.country,
      regionName: regions.name,
      kind: updates.kind,
      body: updates.body,
      postedAt: updates.postedAt,
      createdBy: updates.createdBy,
    })
    .from(updates)
    .innerJoin(requests, eq(requests.id, updates.requestId))
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(and(eq(updates.id, updateId), requestIsPublic()))
    .limit(1);
  if (!found) return [];
  const followers = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(follows)
    .innerJoin(users, eq(users.id, follows.userId))
    .where(
      and(
        eq(follows.requestId, found.requestId),
        eq(users.notifyFollows, true),
        found.createdBy ? ne(users.id, found.createdBy) : undefined,
      ),
    )
    .orderBy(asc(users.id));
  return queueMail(
    followers.map((recipient) =>
      followNotice({
        updateId,
        recipient: { ...recipient, locale: toLocale(recipient.locale) },
        request: {
          id: found.requestId,
          title: found.title,
          regionName: found.regionName,
          country: found.country,
        },
        update: { kind: found.kind, body: found.body, postedAt: found.postedAt },
      }),
    ),
  );
}

/**
 * The notify-followers job: records the update's notices (once) and returns every one of them still
 * waiting for SMTP — those recorded now, and those an earlier run recorded but died before handing on.
 */
export async function followerNoticesToDeliver(updateId: number): Promise<number[]> {
  await queueFollowerNotices(updateId);
  return pendingMailIds(noticeKeyPrefix(updateId));
}

export interface NotifyReport {
  /** Notices recorded now (none for a second call about the same update). */
  queued: number;
  /** Sent through SMTP now (0 without SMTP, where the outbox is the delivery). */
  sent: number;
  /** Refused or unreachable: pending for a retry. */
  failed: number;
}

/** Records the notices of an update and sends them now, in this process (tests, by hand). */
export async function notifyFollowers(updateId: number): Promise<NotifyReport> {
  const ids = await queueFollowerNotices(updateId);
  if (ids.length === 0) return { queued: 0, sent: 0, failed: 0 };
  const report = await deliverMail(ids);
  return { queued: ids.length, sent: report.sent, failed: report.failed };
}

// ---- the weekly digest ----

export interface DigestReport {
  week: string;
  bulletin: { id: number; title: string } | null;
  /** People with at least one digest region. */
  subscribers: number;
  /** Digests recorded by this run. */
  queued: number;
  /** Whether digests go out through SMTP (else the outbox is the delivery). */
  viaSmtp: boolean;
  /** Of those, sent through SMTP now. */
  sent: number;
  /** Of those, refused or unreachable now: pending, retried by a deliver-mail job. */
  failed: number;
  /** Had this week's digest already. */
  alreadySent: number;
  /** Had a digest of this same bulletin in an earlier week. */
  sameBulletin: number;
  /** The bulletin has nothing in their regions. */
  nothingInRegions: number;
}

/**
 * Records this week's digests: each subscriber gets ONE e-mail for the week `now` falls in, with the
 * latest published bulletin's verse and its requests in their regions. A digest_sends row is written
 * first, with the message, in one transaction; a second run in the same week finds the row and
 * records nothing. Returns the ids recorded now and, for the weekly-digest job, every digest of the
 * week still waiting for SMTP (an earlier run may have died before handing its own on).
 */
export async function recordWeeklyDigest(
  now = new Date(),
): Promise<{ report: DigestReport; queued: number[]; toDeliver: number[] }> {
  // The report names the week due in APP_TIME_ZONE; each person's digest is of their own week.
  const week = digestWeekOf(now, appTimeZone());
  const db = await getDb();
  const report: DigestReport = {
    week,
    bulletin: null,
    subscribers: 0,
    queued: 0,
    viaSmtp: Boolean(env().SMTP_URL),
    sent: 0,
    failed: 0,
    alreadySent: 0,
    sameBulletin: 0,
    nothingInRegions: 0,
  };
  const [bulletin] = await db
    .select({
      id: bulletins.id,
      title: bulletins.title,
      verseText: bulletins.verseText,
      verseReference: bulletins.verseReference,
    })
    .from(bulletins)
    .where(bulletinIsPublic(now))
    .orderBy(desc(bulletins.publishAt), desc(bulletins.id))
    .limit(1);
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      timeZone: users.timeZone,
      regionId: digestRegions.regionId,
    })
    .from(digestRegions)
    .innerJoin(users, eq(users.id, digestRegions.userId))
    .orderBy(asc(users.id));
  const subscribers = new Map<
    string,
    {
      id: string;
      email: string;
      name: string | null;
      locale: Locale;
      /** The week (its Monday) whose digest is this person's latest due, in their time zone. */
      week: string;
      regions: Set<number>;
    }
  >();
  for (const row of rows) {
    const person = subscribers.get(row.userId) ?? {
      id: row.userId,
      email: row.email,
      name: row.name,
      locale: toLocale(row.locale),
      week: digestWeekOf(now, row.timeZone),
      regions: new Set<number>(),
    };
    person.regions.add(row.regionId);
    subscribers.set(row.userId, person);
  }
  report.subscribers = subscribers.size;
  if (!bulletin) return { report, queued: [], toDeliver: [] };
  report.bulletin = { id: bulletin.id, title: bulletin.title };

  const items = await db
    .select({
      id: requests.id,
      title: requests.title,
      body: requests.body,
      kind: requests.kind,
      regionId: requests.regionId,
      regionName: regions.name,
    })
    .from(bulletinItems)
    .innerJoin(requests, eq(requests.id, bulletinItems.requestId))
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(
      and(
        eq(bulletinItems.bulletinId, bulletin.id),
        or(eq(requests.status, "open"), eq(requests.status, "answered")),
      ),
    )
    .orderBy(asc(bulletinItems.position));
  // Who already had this bulletin in an earlier week of theirs (it is not sent twice).
  const weeksWithThisBulletin = new Map<string, string[]>();
  for (const row of await db
    .select({ userId: digestSends.userId, week: digestSends.week })
    .from(digestSends)
    .where(eq(digestSends.bulletinId, bulletin.id)))
    weeksWithThisBulletin.set(row.userId, [
      ...(weeksWithThisBulletin.get(row.userId) ?? []),
      row.week,
    ]);

  const queued: number[] = [];
  const weeks = new Set<string>();
  for (const person of subscribers.values()) {
    const week = person.week;
    if ((weeksWithThisBulletin.get(person.id) ?? []).some((w) => w !== week)) {
      report.sameBulletin += 1;
      continue;
    }
    const theirs = items.filter((item) => person.regions.has(item.regionId));
    if (theirs.length === 0) {
      report.nothingInRegions += 1;
      continue;
    }
    const mail = digestMail({ week, recipient: person, bulletin, items: theirs });
    const ids = await db.transaction(async (tx) => {
      const [claimed] = await tx
        .insert(digestSends)
        .values({ userId: person.id, week, bulletinId: bulletin.id })
        .onConflictDoNothing()
        .returning({ userId: digestSends.userId });
      if (!claimed) return null;
      return queueMail([mail], tx);
    });
    weeks.add(week);
    if (ids === null) report.alreadySent += 1;
    else queued.push(...ids);
  }
  report.queued = queued.length;
  const toDeliver: number[] = [];
  if (report.viaSmtp)
    for (const w of weeks) toDeliver.push(...(await pendingMailIds(digestKeyPrefix(w))));
  return { report, queued, toDeliver };
}

/**
 * The week (its Monday, YYYY-MM-DD) whose digest is due for someone in `timeZone` at `now`: the
 * week of the latest DIGEST_SCHEDULE moment ("MON 07:00") on their own clock. With the digest off
 * (`npm run digest:send` still sends by hand), the week `now` falls in on their clock.
 */
export function digestWeekOf(now: Date, timeZone: string): string {
  const zone = canonicalTimeZone(timeZone) ?? "UTC";
  const text = env().DIGEST_SCHEDULE;
  const schedule = text.trim().toLowerCase() === "off" ? null : parseWeeklySchedule(text, zone);
  return weekStart(schedule ? latestOccurrence(schedule, now) : now, zone);
}

/**
 * `npm run digest:send`: records this week's digests (as the weekly-digest job does) and sends them
 * now, in this process; a second run in the same week sends nothing new. Each digest also gets a
 * deliver-mail job as a backstop, which retries one refused now (or left half-sent by a crash).
 */
export async function sendWeeklyDigest(now = new Date()): Promise<DigestReport> {
  const { report, queued, toDeliver } = await recordWeeklyDigest(now);
  await queueBackstop(toDeliver);
  const delivery = await deliverMail(queued);
  return { ...report, sent: delivery.sent, failed: delivery.failed };
}

/** The one line `npm run digest:send` prints. */
export function digestSummary(report: DigestReport): string {
  const people = (n: number) => (n === 1 ? "1 subscriber" : `${n} subscribers`);
  if (!report.bulletin)
    return `Weekly digest, week of ${report.week}: no published bulletin yet; nothing sent (${people(report.subscribers)}).`;
  const delivery = report.viaSmtp
    ? ` (${report.sent} sent by SMTP${report.failed ? `, ${report.failed} failed: the worker retries them` : ""})`
    : report.queued
      ? " (in the outbox: SMTP_URL is not set)"
      : "";
  const parts = [
    `${report.queued} new${delivery}`,
    `${report.alreadySent} already sent this week`,
    `${report.sameBulletin} already had this bulletin`,
    `${report.nothingInRegions} with nothing in their regions`,
  ];
  return `Weekly digest, week of ${report.week}, bulletin ${report.bulletin.id} “${report.bulletin.title}”: ${people(report.subscribers)}; ${parts.join("; ")}.`;
}

// ---- unsubscribe ----

export const INVALID_UNSUBSCRIBE_LINK =
  "This unsubscribe link is not valid: it may have been changed or cut short. Open the link from the e-mail again, or sign in and change your e-mail settings on your page.";

export interface UnsubscribeView {
  list: UnsubscribeList;
  /** What leaving the list stops, e.g. "the weekly prayer digest". */
  description: string;
  email: string;
  /** Whether the person still gets this list. */
  subscribed: boolean;
}

async function resolveToken(token: string | null | undefined) {
  const verified = verifyUnsubscribeToken(token);
  if (!verified) return fail(400, INVALID_UNSUBSCRIBE_LINK);
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, notifyFollows: users.notifyFollows })
    .from(users)
    .where(eq(users.id, verified.userId))
    .limit(1);
  if (!user) return fail(404, "This link belongs to an account that no longer exists.");
  return { ok: true as const, list: verified.list, user };
}

/** What a token's link will turn off, and whether it is still on; changes nothing. */
export async function describeUnsubscribe(
  token: string | null | undefined,
): Promise<Result<{ unsubscribe: UnsubscribeView }>> {
  const resolved = await resolveToken(token);
  if (!resolved.ok) return resolved;
  const { list, user } = resolved;
  let subscribed = user.notifyFollows;
  if (list === "reminders") subscribed = await remindersAreOn(user.id);
  else if (list === "digest") {
    const db = await getDb();
    const [row] = await db
      .select({ regionId: digestRegions.regionId })
      .from(digestRegions)
      .where(eq(digestRegions.userId, user.id))
      .limit(1);
    subscribed = Boolean(row);
  }
  return {
    ok: true,
    unsubscribe: { list, description: listDescription(list), email: user.email, subscribed },
  };
}

/**
 * Turns off the list a token names: follows → notify_follows off; digest → no digest regions;
 * reminders → no prayer reminders (by e-mail or on any device).
 * A tampered, foreign or malformed token is refused (400) and changes nothing.
 */
export async function unsubscribe(
  token: string | null | undefined,
): Promise<Result<{ unsubscribe: UnsubscribeView; changed: boolean }>> {
  const resolved = await resolveToken(token);
  if (!resolved.ok) return resolved;
  const { list, user } = resolved;
  const db = await getDb();
  let changed: boolean;
  if (list === "reminders") {
    changed = await stopRemindersOf(user.id);
  } else if (list === "follows") {
    const rows = await db
      .update(users)
      .set({ notifyFollows: false })
      .where(and(eq(users.id, user.id), eq(users.notifyFollows, true)))
      .returning({ id: users.id });
    changed = rows.length > 0;
  } else {
    const rows = await db
      .delete(digestRegions)
      .where(eq(digestRegions.userId, user.id))
      .returning({ regionId: digestRegions.regionId });
    changed = rows.length > 0;
  }
  return {
    ok: true,
    changed,
    unsubscribe: {
      list,
      description: listDescription(list),
      email: user.email,
      subscribed: false,
    },
  };
}
