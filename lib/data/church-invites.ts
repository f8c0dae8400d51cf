// Invite links: create, revoke, preview and join. A link is 32 random bytes and their HMAC under
// AUTH_SECRET; only a hash is stored.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { churchInvites, churchMembers, churches } from "@/db/schema";
import { createInviteToken, hashInviteToken, verifyInviteToken } from "@/lib/freedom-sunday";
import { permit, type Actor } from "@/lib/permissions";
import { fail, type Failure, type Result } from "@/lib/result";
import { inviteSchema, joinSchema, type InviteInput } from "@/lib/validation/churches";
import { signingKey } from "@/lib/signing-key";
import { getDb, type Executor } from "./db";
import type { ChurchDetails } from "./churches";
import {
  churchDetailsColumns,
  signInFirst,
  invalid,
  refusal,
  membershipOf,
  churchManagerRefusal,
} from "./church-access";

export const INVALID_INVITE = "This invite link is not valid.";
export const EXPIRED_INVITE =
  "This invite link has expired or was revoked. Ask your church leader for a new one.";

// ---- invite links ----

/**
 * A new invite link for the church (multi-use until it expires or is revoked). The token is
 * returned once; only its SHA-256 is stored.
 */
export async function createInvite(
  actor: Actor | null,
  churchId: number,
  input: InviteInput = {},
  now = new Date(),
): Promise<Result<{ inviteId: number; token: string; expiresAt: Date }>> {
  if (!actor) return signInFirst();
  const token = await createInviteToken(signingKey("invite"));
  const tokenHash = await hashInviteToken(token);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const refused = await churchManagerRefusal(tx, churchId, actor);
    if (refused) return refused;
    const parsed = inviteSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const expiresAt = new Date(now.getTime() + parsed.data.days * 86_400_000);
    const [invite] = await tx
      .insert(churchInvites)
      .values({ churchId, tokenHash, expiresAt, createdBy: actor.id, createdAt: now })
      .returning({ id: churchInvites.id });
    if (!invite) throw new Error("The invite was not created.");
    return { ok: true, inviteId: invite.id, token, expiresAt };
  });
}

/** Stops an invite link working. Revoking one already revoked is fine. */
export async function revokeInvite(
  actor: Actor | null,
  churchId: number,
  inviteId: number,
  now = new Date(),
): Promise<Result> {
  if (!actor) return signInFirst();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const membership = await membershipOf(tx, churchId, actor);
    const refused = refusal(actor, { action: "church.manage", church: { membership } });
    if (refused) return refused;
    const ofThisChurch = and(eq(churchInvites.id, inviteId), eq(churchInvites.churchId, churchId));
    const revoked = await tx
      .update(churchInvites)
      .set({ revokedAt: now })
      .where(and(ofThisChurch, isNull(churchInvites.revokedAt)))
      .returning({ id: churchInvites.id });
    if (revoked.length === 0) {
      const [exists] = await tx
        .select({ id: churchInvites.id })
        .from(churchInvites)
        .where(ofThisChurch)
        .limit(1);
      if (!exists) return fail(404, "There is no such invite link.");
    }
    return { ok: true };
  });
}

type InviteCheck = { ok: true; churchId: number; expiresAt: Date } | Failure;

/** Signature first (no lookup for a forged token), then the stored invite's state. */
async function checkInvite(db: Executor, token: string, now: Date): Promise<InviteCheck> {
  const parsed = joinSchema.safeParse({ token });
  if (!parsed.success || !(await verifyInviteToken(parsed.data.token, signingKey("invite"))))
    return fail(400, INVALID_INVITE);
  const [invite] = await db
    .select({
      churchId: churchInvites.churchId,
      expiresAt: churchInvites.expiresAt,
      revokedAt: churchInvites.revokedAt,
    })
    .from(churchInvites)
    .where(eq(churchInvites.tokenHash, await hashInviteToken(parsed.data.token)))
    .limit(1);
  if (!invite) return fail(400, INVALID_INVITE);
  // 400 rather than 410: lib/result.ts's Failure has no 410 (the message tells the two apart).
  if (invite.revokedAt || invite.expiresAt.getTime() <= now.getTime())
    return fail(400, EXPIRED_INVITE);
  return { ok: true, churchId: invite.churchId, expiresAt: invite.expiresAt };
}

/** What an invite link leads to, for the join page (anyone may look). */
export async function previewInvite(
  token: string,
  now = new Date(),
): Promise<Result<{ church: ChurchDetails; expiresAt: Date }>> {
  const db = await getDb();
  const invite = await checkInvite(db, token, now);
  if (!invite.ok) return invite;
  const [church] = await db
    .select(churchDetailsColumns)
    .from(churches)
    .where(eq(churches.id, invite.churchId))
    .limit(1);
  if (!church) return fail(400, INVALID_INVITE);
  return { ok: true, church, expiresAt: invite.expiresAt };
}

/** Joins the invite's church as a member; joining again changes nothing (a leader stays leader). */
export async function joinByInvite(
  actor: Actor | null,
  token: string,
  now = new Date(),
): Promise<Result<{ churchId: number; alreadyMember: boolean }>> {
  const allowed = permit(actor, { action: "church.join" });
  if (!allowed.ok) return allowed;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const invite = await checkInvite(tx, token, now);
    if (!invite.ok) return invite;
    const joined = await tx
      .insert(churchMembers)
      .values({ churchId: invite.churchId, userId: allowed.actor.id, role: "member" })
      .onConflictDoNothing()
      .returning({ churchId: churchMembers.churchId });
    return { ok: true, churchId: invite.churchId, alreadyMember: joined.length === 0 };
  });
}
