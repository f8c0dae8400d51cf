// A person's own account: their name, e-mail (changed only through a link sent to the new address),
// password, "sign out everywhere", a copy of their data, and deleting the account. Each function
// acts only on the signed-in person; the ones that matter ask for the current password again.
import "server-only";
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";
import { localeSchema, type LocaleInput } from "@/lib/validation/locale";
import { timeZoneSchema, type TimeZoneInput } from "@/lib/validation/time-zone";
import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import {
  churches,
  churchMembers,
  digestRegions,
  emailChangeTokens,
  eventTasks,
  follows,
  freedomSundayEvents,
  mailOutbox,
  pins,
  prayers,
  pushSubscriptions,
  regions,
  reminderSettings,
  requests,
  users,
  verificationTokens,
} from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { permit, type Actor } from "@/lib/permissions";
import { consume, spent } from "@/lib/rate-limit";
import { fail, type Result } from "@/lib/result";
import { getDb, lockRows } from "./db";
import { maskToDays } from "./reminders";
import { endAllSessions } from "./sessions";

export const EMAIL_CHANGE_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** The answer when the current password was not given right (field: where to show it). */
function passwordRefusal(check: "wrong" | "limited", field = "password") {
  if (check === "limited")
    return fail(429, "Too many wrong passwords. Please wait 15 minutes and try again.");
  return fail(403, "That is not your current password.", {
    [field]: "That is not your current password.",
  });
}

/**
 * Whether `password` is the person's current one. Wrong answers are limited per account, so a stolen
 * session cannot go on guessing; over the limit nothing is checked.
 */
async function checkPassword(
  userId: string,
  password: string,
): Promise<"ok" | "wrong" | "limited"> {
  if (!(await spent("passwordChecksPerAccount", userId)).ok) return "limited";
  const db = await getDb();
  const [row] = await db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (await verifyPassword(row?.hash ?? null, password)) return "ok";
  await consume("passwordChecksPerAccount", userId);
  return "wrong";
}

export interface AccountView {
  name: string | null;
  email: string;
  createdAt: Date;
  lastSignInAt: Date | null;
  /** IANA time zone: their "one prayer a day" and "this week". */
  timeZone: string;
  /** Their language (pages after sign-in, e-mails). */
  locale: Locale;
  hasPassword: boolean;
  /** An e-mail change waiting for its link to be opened. */
  pendingEmail: string | null;
}

export async function getAccount(actor: Actor | null): Promise<Result<{ account: AccountView }>> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const db = await getDb();
  const [row] = await db
    .select({
      name: users.name,
      email: users.email,
      createdAt: users.createdAt,
      lastSignInAt: users.lastSignInAt,
      timeZone: users.timeZone,
      locale: users.locale,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(eq(users.id, allowed.actor.id))
    .limit(1);
  if (!row) return fail(404, "There is no such account.");
  const [pending] = await db
    .select({ newEmail: emailChangeTokens.newEmail })
    .from(emailChangeTokens)
    .where(
      and(
        eq(emailChangeTokens.userId, allowed.actor.id),
        isNull(emailChangeTokens.usedAt),
        gt(emailChangeTokens.expiresAt, new Date()),
      ),
    )
    .orderBy(asc(emailChangeTokens.createdAt))
    .limit(1);
  const { passwordHash, locale, ...rest } = row;
  return {
    ok: true,
    account: {
      ...rest,
      locale: isLocale(locale) ? locale : defaultLocale,
      hasPassword: Boolean(passwordHash),
      pendingEmail: pending?.newEmail ?? null,
    },
  };
}

export async function renameAccount(actor: Actor | null, name: string): Promise<Result> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const db = await getDb();
  await db.update(users).set({ name }).where(eq(users.id, allowed.actor.id));
  return { ok: true };
}

/** The signed-in person sets their own time zone ("one prayer a day" and "this week" follow it). */
export async function setMyTimeZone(actor: Actor | null, input: TimeZoneInput): Promise<Result> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const parsed = timeZoneSchema.safeParse(input);
  if (!parsed.success) return fail(422, parsed.error.issues[0]?.message ?? "Choose a time zone");
  const db = await getDb();
  await db
    .update(users)
    .set({ timeZone: parsed.data.timeZone })
    .where(eq(users.id, allowed.actor.id));
  return { ok: true };
}

/** The signed-in person's language (the switcher sends it): their e-mails are written in it. */
export async function setMyLocale(actor: Actor | null, input: LocaleInput): Promise<Result> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const parsed = localeSchema.safeParse(input);
  if (!parsed.success)
    return fail(422, parsed.error.issues[0]?.message ?? "Choose one of the languages offered");
  const db = await getDb();
  await db.update(users).set({ locale: parsed.data.locale }).where(eq(users.id, allowed.actor.id));
  return { ok: true };
}

/**
 * Starts a change of e-mail address: checks the current password, then makes a one-time link for
 * the new address (the caller e-mails it). The address changes only when that link is opened.
 */
export async function requestEmailChange(
  actor: Actor | null,
  input: { email: string; password: string },
): Promise<Result<{ token: string; newEmail: string; name: string | null }>> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const me = allowed.actor;
  const check = await checkPassword(me.id, input.password);
  if (check !== "ok") return passwordRefusal(check);
  const db = await getDb();
  const [current] = await db
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, me.id))
    .limit(1);
  if (!current) return fail(404, "There is no such account.");
  if (current.email === input.email)
    return fail(422, "That is already your e-mail address.", {
      email: "That is already your e-mail address.",
    });
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);
  if (taken)
    return fail(409, "Another account uses that address.", {
      email: "Another account uses that address.",
    });
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  await db.transaction(async (tx) => {
    // Only the newest request counts: earlier links stop working.
    await tx
      .update(emailChangeTokens)
      .set({ usedAt: now })
      .where(and(eq(emailChangeTokens.userId, me.id), isNull(emailChangeTokens.usedAt)));
    await tx.insert(emailChangeTokens).values({
      userId: me.id,
      newEmail: input.email,
      tokenHash: tokenHash(token),
      expiresAt: new Date(now.getTime() + EMAIL_CHANGE_LINK_LIFETIME_MS),
    });
  });
  return { ok: true, token, newEmail: input.email, name: current.name };
}

/** Opens an e-mail change link: once, before it expires, and only if no one took the address since. */
export async function confirmEmailChange(
  token: string,
): Promise<Result<{ email: string; previousEmail: string }>> {
  const db = await getDb();
  const now = new Date();
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(emailChangeTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(emailChangeTokens.tokenHash, tokenHash(token)),
          isNull(emailChangeTokens.usedAt),
          gt(emailChangeTokens.expiresAt, now),
        ),
      )
      .returning({ userId: emailChangeTokens.userId, newEmail: emailChangeTokens.newEmail });
    if (!used)
      return fail(
        400,
        "This link has expired or was already used. Ask for a new one on your account page.",
      );
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, used.newEmail))
      .limit(1);
    if (taken) return fail(409, "Another account now uses that address.");
    const [before] = await tx
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, used.userId))
      .limit(1);
    if (!before) return fail(404, "There is no such account.");
    await tx
      .update(users)
      .set({ email: used.newEmail, emailVerified: now })
      .where(eq(users.id, used.userId));
    return { ok: true, email: used.newEmail, previousEmail: before.email };
  });
}

/**
 * A new password, given the current one. Every session ends, this one included: the route signs the
 * person straight back in with the new password, so only this browser stays signed in.
 */
export async function changePassword(
  actor: Actor | null,
  input: { currentPassword: string; newPassword: string },
): Promise<Result<{ email: string }>> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const me = allowed.actor;
  const check = await checkPassword(me.id, input.currentPassword);
  if (check !== "ok") return passwordRefusal(check, "currentPassword");
  const passwordHash = await hashPassword(input.newPassword);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash })
      .where(eq(users.id, me.id))
      .returning({ email: users.email });
    if (!row) return fail(404, "There is no such account.");
    await endAllSessions(tx, me.id);
    return { ok: true, email: row.email };
  });
}

/** Ends every session of the person, this one included. */
export async function signOutEverywhere(actor: Actor | null): Promise<Result> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const db = await getDb();
  await endAllSessions(db, allowed.actor.id);
  return { ok: true };
}

/** Everything Intercede keeps about the person, as JSON they can download. */
export async function exportMyData(actor: Actor | null): Promise<Result<{ data: object }>> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const me = allowed.actor.id;
  const db = await getDb();
  const [profile] = await db
    .select({
      name: users.name,
      email: users.email,
      role: users.role,
      createdAt: users.createdAt,
      lastSignInAt: users.lastSignInAt,
      emailNoticesForFollowedRequests: users.notifyFollows,
    })
    .from(users)
    .where(eq(users.id, me))
    .limit(1);
  if (!profile) return fail(404, "There is no such account.");
  const [myPrayers, myFollows, myChurches, myDigest, myTasks, myList, [myReminder], myDevices] =
    await Promise.all([
      db
        .select({
          requestId: prayers.requestId,
          request: requests.title,
          day: prayers.day,
          at: prayers.createdAt,
        })
        .from(prayers)
        .innerJoin(requests, eq(requests.id, prayers.requestId))
        .where(eq(prayers.userId, me))
        .orderBy(asc(prayers.createdAt)),
      db
        .select({ requestId: follows.requestId, request: requests.title, since: follows.createdAt })
        .from(follows)
        .innerJoin(requests, eq(requests.id, follows.requestId))
        .where(eq(follows.userId, me))
        .orderBy(asc(follows.createdAt)),
      db
        .select({
          church: churches.name,
          role: churchMembers.role,
          joinedAt: churchMembers.joinedAt,
        })
        .from(churchMembers)
        .innerJoin(churches, eq(churches.id, churchMembers.churchId))
        .where(eq(churchMembers.userId, me)),
      db
        .select({ region: regions.name })
        .from(digestRegions)
        .innerJoin(regions, eq(regions.id, digestRegions.regionId))
        .where(eq(digestRegions.userId, me)),
      db
        .select({
          task: eventTasks.title,
          due: eventTasks.dueDate,
          done: eventTasks.done,
          serviceDate: freedomSundayEvents.date,
        })
        .from(eventTasks)
        .innerJoin(freedomSundayEvents, eq(freedomSundayEvents.id, eventTasks.eventId))
        .where(eq(eventTasks.assigneeId, me)),
      db
        .select({ requestId: pins.requestId, request: requests.title, since: pins.createdAt })
        .from(pins)
        .innerJoin(requests, eq(requests.id, pins.requestId))
        .where(eq(pins.userId, me))
        .orderBy(asc(pins.createdAt)),
      db
        .select({
          days: reminderSettings.days,
          time: reminderSettings.time,
          byPush: reminderSettings.byPush,
          byEmail: reminderSettings.byEmail,
        })
        .from(reminderSettings)
        .where(eq(reminderSettings.userId, me))
        .limit(1),
      db
        .select({ pushService: pushSubscriptions.endpoint, since: pushSubscriptions.createdAt })
        .from(pushSubscriptions)
        .where(eq(pushSubscriptions.userId, me))
        .orderBy(asc(pushSubscriptions.createdAt)),
    ]);
  return {
    ok: true,
    data: {
      exportedAt: new Date().toISOString(),
      profile,
      prayers: myPrayers,
      follows: myFollows,
      churches: myChurches,
      weeklyDigestRegions: myDigest.map((d) => d.region),
      freedomSundayTasks: myTasks,
      myList,
      // Weekdays as 0 = Sunday … 6 = Saturday; the time on the person's own clock.
      prayerReminder: myReminder ? { ...myReminder, days: maskToDays(myReminder.days) } : null,
      // The devices reminders are pushed to: the push service only (not the subscription's keys).
      notificationDevices: myDevices.map((device) => ({
        pushService: new URL(device.pushService).origin,
        since: device.since,
      })),
    },
  };
}

/**
 * Deletes the account. Prayers stay counted but are linked to no one; follows, memberships, digest
 * settings, sessions and links go with the account; the audit log keeps its entries as "deleted
 * user"; copies of mail sent to the person are removed. The last active admin cannot leave.
 */
export async function deleteMyAccount(
  actor: Actor | null,
  input: { password: string },
): Promise<Result> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const me = allowed.actor;
  const check = await checkPassword(me.id, input.password);
  if (check !== "ok") return passwordRefusal(check);
  const db = await getDb();
  return db.transaction(async (tx): Promise<Result> => {
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), isNull(users.deactivatedAt)));
    await lockRows(
      tx,
      "users",
      admins.map((a) => a.id),
    );
    const [row] = await tx
      .select({ email: users.email, role: users.role })
      .from(users)
      .where(eq(users.id, me.id))
      .limit(1);
    if (!row) return fail(404, "There is no such account.");
    if (row.role === "admin" && admins.length <= 1)
      return fail(409, "You are the last administrator: make someone else an admin first.");
    await tx.update(prayers).set({ userId: null }).where(eq(prayers.userId, me.id));
    await tx.delete(mailOutbox).where(eq(mailOutbox.to, row.email));
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, row.email));
    // Everything else that names the person cascades (or is set to null) with the row.
    await tx.delete(users).where(eq(users.id, me.id));
    return { ok: true };
  });
}
