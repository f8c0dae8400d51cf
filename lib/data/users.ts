// People: sign-up, credentials, password resets, roles, deactivation. Password hashes never leave
// this file (and lib/data/account.ts, the person's own account).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, asc, count, eq, gt, isNull, or, sql } from "drizzle-orm";
import { passwordResetTokens, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { authorize, type Actor, type Role } from "@/lib/permissions";
import { fail, type Result } from "@/lib/result";
import type { SignUpInput } from "@/lib/validation/account";
import { containsText, getDb, lockRows, paging } from "./db";
import { endAllSessions } from "./sessions";

export const USER_PAGE_SIZE = 25;
export const RESET_LINK_LIFETIME_MS = 60 * 60 * 1000;

export type { ActorView } from "./sessions";

/** Whether the person may sign in (exists and is not deactivated). */
export async function isActiveUser(id: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), isNull(users.deactivatedAt)))
    .limit(1);
  return Boolean(row);
}

/**
 * The user when email and password match and the account is active; null otherwise, taking the same
 * time either way (an unknown or deactivated account still costs one argon2 verification).
 */
export async function verifyCredentials(email: string, password: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      hash: users.passwordHash,
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .where(eq(users.email, email.toLowerCase()))
    .limit(1);
  const ok = await verifyPassword(row?.hash ?? null, password);
  return ok && row && !row.deactivatedAt ? { id: row.id, name: row.name, email: row.email } : null;
}

function isUniqueViolation(error: unknown): boolean {
  const text = String((error as { cause?: unknown })?.cause ?? "") + String(error);
  return /unique|duplicate key/i.test(text);
}

export async function createUser(
  input: Omit<SignUpInput, "timeZone"> & { timeZone?: string },
): Promise<Result<{ userId: string }>> {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  try {
    const [row] = await db
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        passwordHash,
        role: "member",
        timeZone: input.timeZone ?? "UTC",
        ...(input.locale ? { locale: input.locale } : {}),
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!row)
      return fail(409, "An account with this email already exists. Sign in instead.", {
        email: "An account with this email already exists.",
      });
    return { ok: true, userId: row.id };
  } catch (error) {
    if (isUniqueViolation(error))
      return fail(409, "An account with this email already exists. Sign in instead.");
    throw error;
  }
}

/** Creates or updates a user from the command line (how the first admin is made). */
export async function upsertUser(input: {
  email: string;
  password: string;
  role: Role;
  name?: string;
}): Promise<{ user: { id: string; email: string; role: Role }; created: boolean }> {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  const email = input.email.toLowerCase();
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  if (existing) {
    const [user] = await db
      .update(users)
      .set({ passwordHash, role: input.role, ...(input.name ? { name: input.name } : {}) })
      .where(eq(users.id, existing.id))
      .returning({ id: users.id, email: users.email, role: users.role });
    if (!user) throw new Error("The user could not be updated.");
    return { user, created: false };
  }
  const [user] = await db
    .insert(users)
    .values({ email, passwordHash, role: input.role, name: input.name ?? null })
    .returning({ id: users.id, email: users.email, role: users.role });
  if (!user) throw new Error("The user could not be created.");
  return { user, created: true };
}

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A one-time reset token for the account with this email, or null when there is none. */
export async function createPasswordReset(
  email: string,
): Promise<{ token: string; user: { email: string; name: string | null } } | null> {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.email, email.toLowerCase()), isNull(users.deactivatedAt)))
    .limit(1);
  if (!user) return null;
  const token = randomBytes(32).toString("base64url");
  await db.insert(passwordResetTokens).values({
    userId: user.id,
    tokenHash: tokenHash(token),
    expiresAt: new Date(Date.now() + RESET_LINK_LIFETIME_MS),
  });
  return { token, user: { email: user.email, name: user.name } };
}

/** Sets a new password with a reset token: once, before it expires, in one transaction. */
export async function resetPassword(token: string, password: string): Promise<Result> {
  const db = await getDb();
  const passwordHash = await hashPassword(password);
  const now = new Date();
  const done = await db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, tokenHash(token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, now),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!used) return false;
    await tx.update(users).set({ passwordHash }).where(eq(users.id, used.userId));
    // Whoever had the old password is signed out everywhere.
    await endAllSessions(tx, used.userId);
    // Any other outstanding links for this account stop working too.
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.userId, used.userId), isNull(passwordResetTokens.usedAt)));
    return true;
  });
  return done
    ? { ok: true }
    : fail(400, "This reset link has expired or was already used. Ask for a new one.");
}

export async function listUsers(
  actor: Actor | null,
  options: { q?: string; page: number },
): Promise<
  Result<{
    items: {
      id: string;
      name: string | null;
      email: string;
      role: Role;
      lastSignInAt: Date | null;
      deactivatedAt: Date | null;
    }[];
    total: number;
    page: number;
    pageCount: number;
  }>
> {
  const decision = authorize(actor, { action: "user.list" });
  if (!decision.ok) return decision;
  const db = await getDb();
  const where = options.q
    ? or(
        containsText(users.email, options.q),
        containsText(sql`coalesce(${users.name}, '')`, options.q),
      )
    : undefined;
  const [total] = await db.select({ n: count() }).from(users).where(where);
  const pages = paging(options.page, USER_PAGE_SIZE, Number(total?.n ?? 0));
  const items = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      lastSignInAt: users.lastSignInAt,
      deactivatedAt: users.deactivatedAt,
    })
    .from(users)
    .where(where)
    .orderBy(asc(users.email))
    .limit(USER_PAGE_SIZE)
    .offset(pages.offset);
  return { ok: true, items, ...pages };
}

/**
 * Admins change roles; the last admin can never be demoted, even by two admins at once. The person's
 * sessions end: they sign in again under the new role (the role is read fresh on every request too).
 */
export async function changeUserRole(
  actor: Actor | null,
  userId: string,
  role: Role,
): Promise<Result<{ user: { id: string; role: Role } }>> {
  const decision = authorize(actor, { action: "user.changeRole" });
  if (!decision.ok) return decision;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, "admin"));
    await lockRows(
      tx,
      "users",
      admins.map((a) => a.id),
    );
    const [target] = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    if (!target) return fail(404, "There is no such user.");
    if (target.role === "admin" && role !== "admin") {
      const [left] = await tx.select({ n: count() }).from(users).where(eq(users.role, "admin"));
      if (Number(left?.n ?? 0) <= 1)
        return fail(409, "This is the last administrator: make someone else an admin first.");
    }
    if (target.role === role) return { ok: true, user: target };
    const [user] = await tx
      .update(users)
      .set({ role })
      .where(eq(users.id, userId))
      .returning({ id: users.id, role: users.role });
    if (!user) return fail(404, "There is no such user.");
    await endAllSessions(tx, userId);
    return { ok: true, user };
  });
}

/**
 * Admins deactivate an account (the person cannot sign in, every session ends) or reactivate it. An
 * admin cannot deactivate themselves, and the last active admin stays active.
 */
export async function setUserActive(
  actor: Actor | null,
  userId: string,
  active: boolean,
): Promise<Result<{ user: { id: string; active: boolean } }>> {
  const decision = authorize(actor, { action: "user.deactivate" });
  if (!decision.ok) return decision;
  if (!active && actor?.id === userId)
    return fail(409, "You cannot deactivate your own account. Ask another administrator.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, "admin"));
    await lockRows(
      tx,
      "users",
      admins.map((a) => a.id),
    );
    const [target] = await tx
      .select({ id: users.id, role: users.role, deactivatedAt: users.deactivatedAt })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    if (!target) return fail(404, "There is no such user.");
    if (!active && target.role === "admin") {
      const [left] = await tx
        .select({ n: count() })
        .from(users)
        .where(and(eq(users.role, "admin"), isNull(users.deactivatedAt)));
      if (Number(left?.n ?? 0) <= 1)
        return fail(409, "This is the last active administrator: it stays active.");
    }
    if (Boolean(target.deactivatedAt) === !active)
      return { ok: true, user: { id: userId, active } };
    await tx
      .update(users)
      .set({ deactivatedAt: active ? null : new Date() })
      .where(eq(users.id, userId));
    // Either way no earlier session survives: one started as the account was being deactivated
    // must not come back to life when it is reactivated.
    await endAllSessions(tx, userId);
    return { ok: true, user: { id: userId, active } };
  });
}
