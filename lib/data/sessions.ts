// Sessions: one row per signed-in browser. The session cookie (a JWT) carries its row's id; every
// request reads the row and its user in one indexed look-up, so deleting rows ends sessions at once:
// signing out (that row), and a password change or reset, a role change, deactivation or "sign out
// everywhere" (every row of the person).
import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, ne } from "drizzle-orm";
import { userSessions, users } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { getDb, type Executor } from "./db";

/** How long a sign-in lasts, from the moment it happened (the cookie's own life matches it). */
export const SESSION_LIFETIME_SECONDS = 30 * 24 * 60 * 60;

export interface ActorView extends Actor {
  name: string | null;
  email: string;
}

/** Starts a session for someone who just signed in; returns its id for the cookie. */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  const db = await getDb();
  const id = randomBytes(24).toString("base64url");
  await db.transaction(async (tx) => {
    // Old sessions of this person that ran out are tidied away as they sign in again.
    await tx
      .delete(userSessions)
      .where(and(eq(userSessions.userId, userId), lt(userSessions.expiresAt, now)));
    await tx.insert(userSessions).values({
      id,
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_SECONDS * 1000),
    });
    await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, userId));
  });
  return id;
}

/**
 * The person a session cookie stands for — its session still open, the person still active — or
 * null. The role is read here, fresh, so a role change applies to the very next request.
 */
export async function getSessionActor(
  userId: unknown,
  sessionId: unknown,
): Promise<ActorView | null> {
  if (typeof userId !== "string" || typeof sessionId !== "string") return null;
  if (sessionId.length > 100) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      role: users.role,
      name: users.name,
      email: users.email,
      timeZone: users.timeZone,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.id, sessionId),
        eq(userSessions.userId, userId),
        gt(userSessions.expiresAt, new Date()),
        isNull(users.deactivatedAt),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Ends one session (signing out in this browser). */
export async function endSession(sessionId: unknown): Promise<void> {
  if (typeof sessionId !== "string") return;
  const db = await getDb();
  await db.delete(userSessions).where(eq(userSessions.id, sessionId));
}

/** Ends every session of a person, but `keep` (the browser that asked, when it should stay in). */
export async function endAllSessions(
  executor: Executor,
  userId: string,
  keep?: string,
): Promise<void> {
  await executor
    .delete(userSessions)
    .where(
      keep
        ? and(eq(userSessions.userId, userId), ne(userSessions.id, keep))
        : eq(userSessions.userId, userId),
    );
}

/** The actor's own time zone: read with the session when it was, else from their row. */
export async function actorTimeZone(actor: Actor): Promise<string> {
  if (actor.timeZone) return actor.timeZone;
  const db = await getDb();
  const [row] = await db
    .select({ timeZone: users.timeZone })
    .from(users)
    .where(eq(users.id, actor.id))
    .limit(1);
  return row?.timeZone ?? "UTC";
}
