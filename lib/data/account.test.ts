// A person's own account on every dialect: name, e-mail change by link, password change, the data
// export, and deleting the account (prayers stay counted, linked to no one).
import { and, count, eq, inArray, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  churchMembers,
  digestRegions,
  emailChangeTokens,
  follows,
  mailOutbox,
  prayers,
  users,
  userSessions,
} from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { ensureSeeded, publicRequestIds, requestCounters } from "@/lib/testing/data-fixtures";
import {
  changePassword,
  confirmEmailChange,
  deleteMyAccount,
  exportMyData,
  getAccount,
  renameAccount,
  requestEmailChange,
  signOutEverywhere,
} from "./account";
import { recordAudit } from "./audit";
import { createChurch } from "./churches";
import { createInvite, joinByInvite } from "./church-invites";
import { getDb } from "./db";
import { recordMail } from "./mail";
import { setEmailSettings } from "./notifications";
import { recordPrayer, setFollow, setPinned } from "./prayers";
import { setReminder } from "./reminders";
import { getSessionActor, startSession } from "./sessions";
import { createUser, verifyCredentials } from "./users";

const PASSWORD = "the right password";
const address = (label = "person") => `${label}-${crypto.randomUUID().slice(0, 8)}@example.org`;

/** A member who can sign in with PASSWORD (argon2-hashed, as after sign-up). */
async function person(label = "person"): Promise<Actor & { email: string; name: string }> {
  const email = address(label);
  const name = `${label} ${crypto.randomUUID().slice(0, 4)}`;
  const created = await createUser({ name, email, password: PASSWORD });
  if (!created.ok) throw new Error(created.error);
  return { id: created.userId, role: "member", email, name };
}

async function setRole<A extends Actor>(actor: A, role: Actor["role"]): Promise<A> {
  const db = await getDb();
  await db.update(users).set({ role }).where(eq(users.id, actor.id));
  return { ...actor, role };
}

async function emailOf(userId: string): Promise<string | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row?.email;
}

let ids: number[];
beforeAll(async () => {
  await ensureSeeded();
  ids = await publicRequestIds();
});

describe("name", () => {
  it("renames only the signed-in person", async () => {
    const [me, other] = [await person("renamed"), await person("bystander")];
    expect(await renameAccount(me, "Ruth Renamed")).toEqual({ ok: true });
    const mine = await getAccount(me);
    expect(mine.ok && mine.account).toMatchObject({
      name: "Ruth Renamed",
      email: me.email,
      hasPassword: true,
      pendingEmail: null,
    });
    const theirs = await getAccount(other);
    expect(theirs.ok && theirs.account.name).toBe(other.name);
  });
});

describe("e-mail change", () => {
  it("needs the right password and refuses an address another account uses", async () => {
    const [me, other] = [await person("mover"), await person("taken")];
    expect(
      await requestEmailChange(me, { email: address("new"), password: "not my password" }),
    ).toMatchObject({ ok: false, status: 403, fieldErrors: { password: expect.any(String) } });
    expect(await requestEmailChange(me, { email: other.email, password: PASSWORD })).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { email: expect.any(String) },
    });
    expect(await requestEmailChange(me, { email: me.email, password: PASSWORD })).toMatchObject({
      ok: false,
      status: 422,
    });
    const db = await getDb();
    const [tokens] = await db
      .select({ n: count() })
      .from(emailChangeTokens)
      .where(eq(emailChangeTokens.userId, me.id));
    expect(Number(tokens?.n)).toBe(0);
    expect(await emailOf(me.id)).toBe(me.email);
  });

  it("changes the address only when the newest link is opened, once", async () => {
    const me = await person("mover");
    const [first, second] = [address("first"), address("second")];
    const older = await requestEmailChange(me, { email: first, password: PASSWORD });
    const newer = await requestEmailChange(me, { email: second, password: PASSWORD });
    if (!older.ok || !newer.ok) throw new Error("the change was refused");
    expect(newer).toMatchObject({ newEmail: second, name: me.name });

    // Nothing has changed yet; the page shows the pending address.
    expect(await emailOf(me.id)).toBe(me.email);
    const pending = await getAccount(me);
    expect(pending.ok && pending.account.pendingEmail).toBe(second);

    // Only the newest link works.
    expect(await confirmEmailChange(older.token)).toMatchObject({ ok: false, status: 400 });
    expect(await emailOf(me.id)).toBe(me.email);

    expect(await confirmEmailChange(newer.token)).toEqual({
      ok: true,
      email: second,
      previousEmail: me.email,
    });
    expect(await emailOf(me.id)).toBe(second);
    expect(await verifyCredentials(second, PASSWORD)).toMatchObject({ id: me.id });
    expect(await verifyCredentials(me.email, PASSWORD)).toBeNull();
    const after = await getAccount(me);
    expect(after.ok && after.account.pendingEmail).toBeNull();

    // And it works once.
    expect(await confirmEmailChange(newer.token)).toMatchObject({ ok: false, status: 400 });
    expect(await emailOf(me.id)).toBe(second);
  });

  it("refuses an expired link, and an address someone took while the link waited", async () => {
    const me = await person("late");
    const late = await requestEmailChange(me, { email: address("late-new"), password: PASSWORD });
    if (!late.ok) throw new Error(late.error);
    const db = await getDb();
    await db
      .update(emailChangeTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailChangeTokens.userId, me.id));
    expect(await confirmEmailChange(late.token)).toMatchObject({ ok: false, status: 400 });
    expect(await emailOf(me.id)).toBe(me.email);
    const expired = await getAccount(me);
    expect(expired.ok && expired.account.pendingEmail).toBeNull();

    const wanted = address("wanted");
    const waiting = await requestEmailChange(me, { email: wanted, password: PASSWORD });
    if (!waiting.ok) throw new Error(waiting.error);
    expect((await createUser({ name: "Quick", email: wanted, password: PASSWORD })).ok).toBe(true);
    expect(await confirmEmailChange(waiting.token)).toMatchObject({ ok: false, status: 409 });
    expect(await emailOf(me.id)).toBe(me.email);
  });

  it("refuses a link that was never issued", async () => {
    expect(await confirmEmailChange("x".repeat(43))).toMatchObject({ ok: false, status: 400 });
  });
});

describe("password change", () => {
  it("needs the current password, then ends every session", async () => {
    const me = await person("changer");
    const [phone, laptop] = [await startSession(me.id), await startSession(me.id)];
    expect(
      await changePassword(me, { currentPassword: "a wrong guess", newPassword: "brand new one!" }),
    ).toMatchObject({
      ok: false,
      status: 403,
      fieldErrors: { currentPassword: expect.any(String) },
    });
    expect(await getSessionActor(me.id, phone)).not.toBeNull();
    expect(await verifyCredentials(me.email, PASSWORD)).not.toBeNull();

    expect(
      await changePassword(me, { currentPassword: PASSWORD, newPassword: "brand new one!" }),
    ).toEqual({ ok: true, email: me.email });
    expect(await getSessionActor(me.id, phone)).toBeNull();
    expect(await getSessionActor(me.id, laptop)).toBeNull();
    expect(await verifyCredentials(me.email, PASSWORD)).toBeNull();
    expect(await verifyCredentials(me.email, "brand new one!")).toMatchObject({ id: me.id });
  });
});

describe("the current password", () => {
  it("cannot be guessed from a stolen session: after 10 wrong answers, 429, right or wrong", async () => {
    const me = await person("guessed");
    for (let i = 0; i < 10; i++)
      expect(
        await changePassword(me, { currentPassword: `guess ${i}`, newPassword: "brand new one!" }),
      ).toMatchObject({ ok: false, status: 403 });
    expect(
      await changePassword(me, { currentPassword: PASSWORD, newPassword: "brand new one!" }),
    ).toMatchObject({ ok: false, status: 429 });
    expect(await deleteMyAccount(me, { password: PASSWORD })).toMatchObject({ status: 429 });
    expect(await verifyCredentials(me.email, PASSWORD)).not.toBeNull();
  });
});

describe("sign out everywhere", () => {
  it("ends every session of the person and nobody else's", async () => {
    const [me, other] = [await person("everywhere"), await person("elsewhere")];
    const mine = [await startSession(me.id), await startSession(me.id)];
    const theirs = await startSession(other.id);
    expect(await signOutEverywhere(me)).toEqual({ ok: true });
    for (const session of mine) expect(await getSessionActor(me.id, session)).toBeNull();
    expect(await getSessionActor(other.id, theirs)).toMatchObject({ id: other.id });
  });
});

describe("export", () => {
  it("holds the person's prayers, follows and churches, and nothing of anyone else's", async () => {
    const [me, other] = [await person("exporter"), await person("neighbour")];
    const [leader, otherLeader] = [
      await setRole(await person("leader"), "leader"),
      await setRole(await person("leader"), "leader"),
    ];
    const church = await createChurch(leader, {
      name: `Hope Chapel ${crypto.randomUUID().slice(0, 6)}`,
      city: "Mombasa",
      country: "Kenya",
    });
    const otherChurch = await createChurch(otherLeader, {
      name: `Other Fellowship ${crypto.randomUUID().slice(0, 6)}`,
      city: "Lima",
      country: "Peru",
    });
    if (!church.ok || !otherChurch.ok) throw new Error("church not created");
    const invite = await createInvite(leader, church.churchId, {});
    const otherInvite = await createInvite(otherLeader, otherChurch.churchId, {});
    if (!invite.ok || !otherInvite.ok) throw new Error("invite not created");
    expect((await joinByInvite(me, invite.token)).ok).toBe(true);
    expect((await joinByInvite(other, otherInvite.token)).ok).toBe(true);

    const [mineId, theirsId] = [ids[0]!, ids[1]!];
    expect((await recordPrayer(me, mineId)).ok).toBe(true);
    expect((await recordPrayer(other, theirsId)).ok).toBe(true);
    expect((await setFollow(me, mineId, true)).ok).toBe(true);
    expect((await setFollow(other, theirsId, true)).ok).toBe(true);

    expect((await setPinned(me, mineId, true)).ok).toBe(true);
    expect((await setPinned(other, theirsId, true)).ok).toBe(true);
    const reminder = { days: [1, 4], time: "06:45", byPush: false, byEmail: true };
    expect((await setReminder(me, reminder)).ok).toBe(true);
    expect((await setReminder(other, { ...reminder, time: "22:00" })).ok).toBe(true);

    const exported = await exportMyData(me);
    if (!exported.ok) throw new Error(exported.error);
    const data = exported.data as {
      profile: { email: string; name: string };
      prayers: { requestId: number }[];
      follows: { requestId: number }[];
      churches: { church: string; role: string }[];
      myList: { requestId: number }[];
      prayerReminder: unknown;
    };
    expect(data.myList.map((p) => p.requestId)).toEqual([mineId]);
    expect(data.prayerReminder).toEqual(reminder);
    expect(data.profile).toMatchObject({ email: me.email, name: me.name });
    expect(data.prayers.map((p) => p.requestId)).toEqual([mineId]);
    expect(data.follows.map((f) => f.requestId)).toEqual([mineId]);
    expect(data.churches).toEqual([expect.objectContaining({ role: "member" })]);
    const text = JSON.stringify(exported.data);
    for (const theirs of [other.email, other.name, leader.email, otherLeader.email])
      expect(text).not.toContain(theirs);
    // Round-trips as JSON (what the download route sends).
    expect(JSON.parse(text)).toMatchObject({ profile: { email: me.email } });
  });
});

describe("deleting the account", () => {
  it("needs the password; prayers stay counted, linked to no one; the rest goes", async () => {
    const me = await person("leaving");
    const leader = await setRole(await person("leader"), "leader");
    const church = await createChurch(leader, {
      name: `Shelter Church ${crypto.randomUUID().slice(0, 6)}`,
      city: "Manila",
      country: "Philippines",
    });
    if (!church.ok) throw new Error(church.error);
    const invite = await createInvite(leader, church.churchId, {});
    if (!invite.ok) throw new Error(invite.error);
    expect((await joinByInvite(me, invite.token)).ok).toBe(true);
    const requestId = ids[2]!;
    expect((await recordPrayer(me, requestId, new Date("2024-02-02T10:00:00Z"))).ok).toBe(true);
    expect((await recordPrayer(me, requestId)).ok).toBe(true);
    expect((await setFollow(me, requestId, true)).ok).toBe(true);
    const regionsChosen = await setEmailSettings(me, {
      regions: ["global"],
      notifyFollows: true,
    });
    expect(regionsChosen.ok).toBe(true);
    const session = await startSession(me.id);
    expect((await requestEmailChange(me, { email: address("never"), password: PASSWORD })).ok).toBe(
      true,
    );
    await recordMail({ to: me.email, subject: "Hello", text: "A notice" }, "outbox");
    const db = await getDb();
    await recordAudit(db, {
      actor: me,
      entityType: "church",
      entityId: church.churchId,
      action: "checked the church's name",
    });
    const counters = await requestCounters(requestId);

    expect(await deleteMyAccount(me, { password: "not my password" })).toMatchObject({
      ok: false,
      status: 403,
      fieldErrors: { password: expect.any(String) },
    });
    expect(await emailOf(me.id)).toBe(me.email);

    expect(await deleteMyAccount(me, { password: PASSWORD })).toEqual({ ok: true });

    expect(await emailOf(me.id)).toBeUndefined();
    expect(await verifyCredentials(me.email, PASSWORD)).toBeNull();
    expect(await getSessionActor(me.id, session)).toBeNull();
    // The request's counters are untouched, and its two prayer rows remain with no one named.
    expect(await requestCounters(requestId)).toEqual(counters);
    const left = await db
      .select({ userId: prayers.userId, day: prayers.day })
      .from(prayers)
      .where(and(eq(prayers.requestId, requestId), isNull(prayers.userId)));
    expect(left).toHaveLength(2);
    expect(left.map((p) => p.day)).toContain("2024-02-02");
    const countOf = async (rows: Promise<{ n: number }[]>) => Number((await rows)[0]?.n ?? 0);
    expect(
      await countOf(db.select({ n: count() }).from(prayers).where(eq(prayers.userId, me.id))),
    ).toBe(0);
    expect(
      await countOf(db.select({ n: count() }).from(follows).where(eq(follows.userId, me.id))),
    ).toBe(0);
    expect(
      await countOf(
        db.select({ n: count() }).from(churchMembers).where(eq(churchMembers.userId, me.id)),
      ),
    ).toBe(0);
    expect(
      await countOf(
        db.select({ n: count() }).from(digestRegions).where(eq(digestRegions.userId, me.id)),
      ),
    ).toBe(0);
    expect(
      await countOf(
        db.select({ n: count() }).from(userSessions).where(eq(userSessions.userId, me.id)),
      ),
    ).toBe(0);
    expect(
      await countOf(
        db
          .select({ n: count() })
          .from(emailChangeTokens)
          .where(eq(emailChangeTokens.userId, me.id)),
      ),
    ).toBe(0);
    expect(
      await countOf(db.select({ n: count() }).from(mailOutbox).where(eq(mailOutbox.to, me.email))),
    ).toBe(0);
    // The audit entry stays, naming no one ("deleted user").
    const audit = await db
      .select({ actorId: auditLog.actorId })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, "church"),
          eq(auditLog.entityId, church.churchId),
          eq(auditLog.action, "checked the church's name"),
        ),
      );
    expect(audit).toEqual([{ actorId: null }]);
    // The church and its leader are untouched.
    const team = await db
      .select({ userId: churchMembers.userId })
      .from(churchMembers)
      .where(eq(churchMembers.churchId, church.churchId));
    expect(team).toEqual([{ userId: leader.id }]);
  });

  it("keeps the last active administrator", async () => {
    const db = await getDb();
    await db.update(users).set({ role: "member" }).where(eq(users.role, "admin"));
    const admin = await setRole(await person("admin"), "admin");
    const deactivated = await setRole(await person("admin"), "admin");
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, deactivated.id));
    expect(await deleteMyAccount(admin, { password: PASSWORD })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await emailOf(admin.id)).toBe(admin.email);

    // With a second active admin, either may leave.
    await db.update(users).set({ deactivatedAt: null }).where(eq(users.id, deactivated.id));
    expect(await deleteMyAccount(admin, { password: PASSWORD })).toEqual({ ok: true });
    const admins = await db
      .select({ id: users.id })
      .from(users)
      .where(inArray(users.id, [admin.id, deactivated.id]));
    expect(admins).toEqual([{ id: deactivated.id }]);
  });
});

describe("visitors", () => {
  it("get 401 from every account function and change nothing", async () => {
    const refused = { ok: false, status: 401 };
    expect(await getAccount(null)).toMatchObject(refused);
    expect(await renameAccount(null, "Nobody")).toMatchObject(refused);
    expect(
      await requestEmailChange(null, { email: address("visitor"), password: PASSWORD }),
    ).toMatchObject(refused);
    expect(
      await changePassword(null, { currentPassword: PASSWORD, newPassword: "another one!" }),
    ).toMatchObject(refused);
    expect(await signOutEverywhere(null)).toMatchObject(refused);
    expect(await exportMyData(null)).toMatchObject(refused);
    expect(await deleteMyAccount(null, { password: PASSWORD })).toMatchObject(refused);
  });
});
