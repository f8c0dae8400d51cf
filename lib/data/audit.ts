// The audit log: every staff change, who made it, when, and the record before and after.
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import { authorize, type Actor } from "@/lib/permissions";
import { getDb, type Executor } from "./db";

export type AuditEntity = "bulletin" | "request" | "update" | "church" | "event";

export async function recordAudit(
  tx: Executor,
  entry: {
    actor: Actor;
    entityType: AuditEntity;
    entityId: number;
    action: string;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
  },
): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actor.id,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** Records that someone published text the safety check flagged, saying they checked it. */
export async function recordSafetyConfirmation(
  tx: Executor,
  actor: Actor,
  entityType: AuditEntity,
  entityId: number,
  confirmed: readonly string[],
): Promise<void> {
  if (confirmed.length === 0) return;
  await recordAudit(tx, {
    actor,
    entityType,
    entityId,
    action: "published text despite safety flags (checked by the author)",
    after: { safetyFlagsConfirmed: [...confirmed] },
  });
}

export interface AuditEntry {
  id: number;
  action: string;
  actorName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: Date;
}

/** The history of one bulletin or request, newest first (staff only). */
export async function listAudit(actor: Actor | null, entityType: AuditEntity, entityId: number) {
  const decision = authorize(actor, { action: "bulletin.write" });
  if (!decision.ok) return decision;
  const db = await getDb();
  const entries: AuditEntry[] = await db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      actorName: users.name,
      before: auditLog.before,
      after: auditLog.after,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(200);
  return { ok: true as const, entries };
}
