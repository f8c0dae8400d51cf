// Accounts on every dialect: sign-up, credentials, one-time resets, roles and the last admin.
import { eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { passwordResetTokens, users } from "@/db/schema";
import { makeUser } from "@/lib/testing/data-fixtures";
import { getDb } from "./db";
import { listOutbox, recordMail } from "./mail";
import { getSessionActor, startSession } from "./sessions";
import {
  changeUserRole,
  createPasswordReset,
  createUser,
  listUsers,
  resetPassword,
  upsertUser,
  verifyCredentials,
} from "./users";

const email = () => `person-${crypto.randomUUID().slice(0, 8)}@example.org`;

describe("sign-up and sign-in", () => {
  it("creates a member, refuses the same email twice, and checks the password", async () => {
    const address = email();
    const created = await createUser({
      name: "Pat",
      email: address,
      password: "a good long password",
    });
    expect(created.ok).toBe(true);
    expect(
      await createUser({ name: "Pat 2", email: address, password: "another long password" }),
    ).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await verifyCredentials(address, "a good long password")).toMatchObject({
      email: address,
    });
    expect(await verifyCredentials(address, "the wrong password")).toBeNull();
    expect(await verifyCredentials(email(), "a good long password")).toBeNull();
    if (created.ok) {
      const session = await startSession(created.userId);
      expect(await getSessionActor(created.userId, session)).toMatchObject({
        role: "member",
        email: address,
      });
    }
  });

  it("creates or updates a user from the command line", async () => {
    const address = email();
    expect(
      (await upsertUser({ email: address, password: "first password!", role: "staff" })).created,
    ).toBe(true);
    const again = await upsertUser({ email: address, password: "second password!", role: "admin" });
    expect(again).toMatchObject({ created: false, user: { role: "admin" } });
    expect(await verifyCredentials(address, "second password!")).not.toBeNull();
  });
});

describe("password reset", () => {
  it("works once, and not after it expires", async () => {
    const address = email();
    await createUser({ name: "Reset", email: address, password: "old password here" });
    const reset = await createPasswordReset(address);
    expect(reset).not.toBeNull();
    expect(await resetPassword(reset!.token, "new password here")).toEqual({ ok: true });
    expect(await verifyCredentials(address, "new password here")).not.toBeNull();
    expect(await resetPassword(reset!.token, "third password here")).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await verifyCredentials(address, "new password here")).not.toBeNull();

    const late = await createPasswordReset(address);
    const db = await getDb();
    await db
      .update(passwordResetTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(isNull(passwordResetTokens.usedAt));
    expect(await resetPassword(late!.token, "fourth password here")).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await createPasswordReset(email())).toBeNull();
  });
});

describe("roles", () => {
  it("lets admins list and search people and change roles, and nobody else", async () => {
    const admin = await makeUser("admin");
    const member = await makeUser("member");
    const listed = await listUsers(admin, { q: member.role, page: 1 });
    expect(listed.ok && listed.total).toBeGreaterThan(0);
    expect(await listUsers(member, { page: 1 })).toMatchObject({ ok: false, status: 403 });
    expect(await changeUserRole(member, member.id, "admin")).toMatchObject({
      ok: false,
      status: 403,
    });
    const before = await startSession(member.id);
    expect((await getSessionActor(member.id, before))?.role).toBe("member");
    expect(await changeUserRole(admin, member.id, "leader")).toMatchObject({ ok: true });
    // The old session ended with the role change; a new one carries the new role.
    expect(await getSessionActor(member.id, before)).toBeNull();
    expect((await getSessionActor(member.id, await startSession(member.id)))?.role).toBe("leader");
    expect(await changeUserRole(admin, "no-such-user", "leader")).toMatchObject({
      ok: false,
      status: 404,
    });
  });

  it("never removes the last admin, even when two admins demote each other at once", async () => {
    const db = await getDb();
    await db.update(users).set({ role: "member" }).where(eq(users.role, "admin"));
    const [a, b] = [await makeUser("admin"), await makeUser("admin")];
    const results = await Promise.all([
      changeUserRole(a, b.id, "member"),
      changeUserRole(b, a.id, "member"),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ status: 409 });
    const admins = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin"));
    expect(admins).toHaveLength(1);
  });
});

describe("the outbox", () => {
  it("records each message once per dedupe key and shows it to admins only", async () => {
    const key = `k-${crypto.randomUUID()}`;
    const mail = { to: email(), subject: "Hello", text: "Body", dedupeKey: key };
    expect(await recordMail(mail, "outbox")).toEqual(expect.any(Number));
    expect(await recordMail(mail, "outbox")).toBeNull();
    const outbox = await listOutbox(await makeUser("admin"), 1);
    expect(outbox.ok && outbox.items.filter((m) => m.to === mail.to)).toHaveLength(1);
    expect(await listOutbox(await makeUser("staff"), 1)).toMatchObject({ ok: false, status: 403 });
  });
});
