// Sessions on every dialect: a row per sign-in, refused once ended, expired or deactivated; what
// ends them (signing out, a password reset, deactivation) and who may deactivate whom.
import { and, count, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users, userSessions } from "@/db/schema";
import { makeUser } from "@/lib/testing/data-fixtures";
import { getDb } from "./db";
import {
  endAllSessions,
  endSession,
  getSessionActor,
  SESSION_LIFETIME_SECONDS,
  startSession,
} from "./sessions";
import {
  createPasswordReset,
  createUser,
  isActiveUser,
  resetPassword,
  setUserActive,
  verifyCredentials,
} from "./users";

async function sessionCount(userId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(userSessions)
    .where(eq(userSessions.userId, userId));
  return Number(row?.n ?? 0);
}

describe("a session", () => {
  it("stands for its person, with their current role, name and e-mail", async () => {
    const person = await makeUser("leader");
    const before = Date.now();
    const session = await startSession(person.id);
    expect(await getSessionActor(person.id, session)).toMatchObject({
      id: person.id,
      role: "leader",
      name: expect.any(String),
      email: expect.stringContaining("@test.example"),
    });
    const db = await getDb();
    const [row] = await db
      .select({ lastSignInAt: users.lastSignInAt })
      .from(users)
      .where(eq(users.id, person.id));
    expect(row?.lastSignInAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // The role is read fresh on every look-up.
    await db.update(users).set({ role: "member" }).where(eq(users.id, person.id));
    expect((await getSessionActor(person.id, session))?.role).toBe("member");
  });

  it("is refused for anyone else, and for ids that are not ids", async () => {
    const [person, other] = [await makeUser(), await makeUser()];
    const session = await startSession(person.id);
    expect(await getSessionActor(other.id, session)).toBeNull();
    expect(await getSessionActor(person.id, "no-such-session")).toBeNull();
    expect(await getSessionActor(person.id, "x".repeat(101))).toBeNull();
    expect(await getSessionActor(person.id, undefined)).toBeNull();
    expect(await getSessionActor(undefined, session)).toBeNull();
    expect(await getSessionActor(42, session)).toBeNull();
  });

  it("ends alone when the person signs out in that browser", async () => {
    const person = await makeUser();
    const [here, there] = [await startSession(person.id), await startSession(person.id)];
    await endSession(here);
    expect(await getSessionActor(person.id, here)).toBeNull();
    expect(await getSessionActor(person.id, there)).not.toBeNull();
    await endSession(undefined);
    expect(await getSessionActor(person.id, there)).not.toBeNull();
  });

  it("is refused once it has run out, and tidied away at the next sign-in", async () => {
    const person = await makeUser();
    const longAgo = new Date(Date.now() - (SESSION_LIFETIME_SECONDS + 60) * 1000);
    const expired = await startSession(person.id, longAgo);
    expect(await getSessionActor(person.id, expired)).toBeNull();
    expect(await sessionCount(person.id)).toBe(1);
    const fresh = await startSession(person.id);
    expect(await getSessionActor(person.id, fresh)).not.toBeNull();
    expect(await sessionCount(person.id)).toBe(1);
  });

  it("can be kept while every other session of the person ends", async () => {
    const [person, other] = [await makeUser(), await makeUser()];
    const [keep, drop] = [await startSession(person.id), await startSession(person.id)];
    const theirs = await startSession(other.id);
    await endAllSessions(await getDb(), person.id, keep);
    expect(await getSessionActor(person.id, keep)).not.toBeNull();
    expect(await getSessionActor(person.id, drop)).toBeNull();
    expect(await getSessionActor(other.id, theirs)).not.toBeNull();
  });
});

describe("deactivation", () => {
  it("ends every session at once; reactivating opens none of the old ones", async () => {
    const admin = await makeUser("admin");
    const person = await makeUser();
    const sessions = [await startSession(person.id), await startSession(person.id)];
    expect(await setUserActive(admin, person.id, false)).toEqual({
      ok: true,
      user: { id: person.id, active: false },
    });
    for (const session of sessions) expect(await getSessionActor(person.id, session)).toBeNull();
    expect(await sessionCount(person.id)).toBe(0);
    expect(await isActiveUser(person.id)).toBe(false);

    expect(await setUserActive(admin, person.id, true)).toEqual({
      ok: true,
      user: { id: person.id, active: true },
    });
    expect(await isActiveUser(person.id)).toBe(true);
    for (const session of sessions) expect(await getSessionActor(person.id, session)).toBeNull();
    // A session begun while the account was deactivated (a sign-in racing the admin) stays dead.
    await setUserActive(admin, person.id, false);
    const racing = await startSession(person.id);
    await setUserActive(admin, person.id, true);
    expect(await getSessionActor(person.id, racing)).toBeNull();
    expect(await getSessionActor(person.id, await startSession(person.id))).not.toBeNull();
  });

  it("stops a deactivated person signing in with their password", async () => {
    const admin = await makeUser("admin");
    const email = `deactivated-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const created = await createUser({ name: "Dee", email, password: "a long password" });
    if (!created.ok) throw new Error(created.error);
    expect((await setUserActive(admin, created.userId, false)).ok).toBe(true);
    expect(await verifyCredentials(email, "a long password")).toBeNull();
    expect(await createPasswordReset(email)).toBeNull();
    expect((await setUserActive(admin, created.userId, true)).ok).toBe(true);
    expect(await verifyCredentials(email, "a long password")).toMatchObject({
      id: created.userId,
    });
  });

  it("is for admins only, never of their own account, and keeps the last active admin", async () => {
    const admin = await makeUser("admin");
    const person = await makeUser();
    const session = await startSession(person.id);
    for (const role of ["member", "leader", "staff"] as const)
      expect(await setUserActive(await makeUser(role), person.id, false)).toMatchObject({
        ok: false,
        status: 403,
      });
    expect(await setUserActive(null, person.id, false)).toMatchObject({ ok: false, status: 401 });
    expect(await getSessionActor(person.id, session)).not.toBeNull();

    const mine = await startSession(admin.id);
    expect(await setUserActive(admin, admin.id, false)).toMatchObject({ ok: false, status: 409 });
    expect(await getSessionActor(admin.id, mine)).not.toBeNull();
    expect(await setUserActive(admin, "no-such-user", false)).toMatchObject({
      ok: false,
      status: 404,
    });

    // Two admins deactivating each other at once: one wins, the other stays the last active admin.
    const db = await getDb();
    await db.update(users).set({ role: "member" }).where(eq(users.role, "admin"));
    const [a, b] = [await makeUser("admin"), await makeUser("admin")];
    const results = await Promise.all([
      setUserActive(a, b.id, false),
      setUserActive(b, a.id, false),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ status: 409 });
    const active = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), isNull(users.deactivatedAt)));
    expect(active).toHaveLength(1);
  });
});

describe("password reset", () => {
  it("ends every session of the person", async () => {
    const email = `reset-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const created = await createUser({ name: "Reese", email, password: "the old password" });
    if (!created.ok) throw new Error(created.error);
    const sessions = [await startSession(created.userId), await startSession(created.userId)];
    const reset = await createPasswordReset(email);
    expect(await resetPassword(reset!.token, "the new password")).toEqual({ ok: true });
    for (const session of sessions)
      expect(await getSessionActor(created.userId, session)).toBeNull();
    expect(await sessionCount(created.userId)).toBe(0);
  });
});
