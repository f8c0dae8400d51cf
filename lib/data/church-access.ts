// Shared by the church modules: who the actor is in a church, and the one preamble every event
// write goes through (sign-in, transaction, lock the event, check the leader, parse): mutateEvent.
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { churchMembers, churches, freedomSundayEvents, users } from "@/db/schema";
import { permit, type Actor, type Permission } from "@/lib/permissions";
import { fail, type Failure, type Result } from "@/lib/result";
import { fieldErrors } from "@/lib/validation/account";
import { getDb, isPostgres, queryPostgres, type Executor, type Tx } from "./db";
import type { ChurchRole, ChurchMember } from "./churches";

// ---- helpers ----

/** A church as pages name it. */
export const churchDetailsColumns = {
  id: churches.id,
  name: churches.name,
  city: churches.city,
  country: churches.country,
  timeZone: churches.timeZone,
};

/** An event with the church that holds it: the plan page, the guide and the calendar file. */
export const eventWithChurchColumns = {
  id: freedomSundayEvents.id,
  churchId: freedomSundayEvents.churchId,
  churchName: churches.name,
  city: churches.city,
  country: churches.country,
  date: freedomSundayEvents.date,
  serviceTimes: freedomSundayEvents.serviceTimes,
  timeZone: freedomSundayEvents.timeZone,
  isPublic: freedomSundayEvents.isPublic,
  notes: freedomSundayEvents.notes,
};

export const signInFirst = (): Failure => fail(401, "Please sign in first.");
export const invalid = (error: z.ZodError): Failure => {
  const errors = fieldErrors(error);
  return fail(422, Object.values(errors)[0] ?? "Please check the form.", errors);
};
/** The decision for `permission` as a Failure, or null when allowed. */
export function refusal(actor: Actor | null, permission: Permission): Failure | null {
  const decision = permit(actor, permission);
  return decision.ok ? null : decision;
}

/** The actor's role in a church, or null (visitors and outsiders). */
export async function membershipOf(
  db: Executor,
  churchId: number,
  actor: Actor | null,
): Promise<ChurchRole | null> {
  if (!actor) return null;
  const [row] = await db
    .select({ role: churchMembers.role })
    .from(churchMembers)
    .where(and(eq(churchMembers.churchId, churchId), eq(churchMembers.userId, actor.id)))
    .limit(1);
  return row?.role ?? null;
}

export async function isMemberOf(db: Executor, churchId: number, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: churchMembers.userId })
    .from(churchMembers)
    .where(and(eq(churchMembers.churchId, churchId), eq(churchMembers.userId, userId)))
    .limit(1);
  return Boolean(row);
}

export async function churchExists(db: Executor, churchId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: churches.id })
    .from(churches)
    .where(eq(churches.id, churchId))
    .limit(1);
  return Boolean(row);
}

/**
 * Queues concurrent writers of one event on PostgreSQL (SELECT … FOR UPDATE), so a list replaced
 * or a status moved twice at once ends in one of the two outcomes. SQLite writes already take turns.
 */
export async function lockEvent(tx: Tx, eventId: number): Promise<void> {
  if (!isPostgres()) return;
  await queryPostgres(
    tx,
    sql`SELECT id FROM freedom_sunday_events WHERE id = ${eventId} FOR UPDATE`,
  );
}

export async function loadEvent(db: Executor, eventId: number) {
  const [row] = await db
    .select({
      id: freedomSundayEvents.id,
      churchId: freedomSundayEvents.churchId,
      date: freedomSundayEvents.date,
      status: freedomSundayEvents.status,
      timeZone: freedomSundayEvents.timeZone,
    })
    .from(freedomSundayEvents)
    .where(eq(freedomSundayEvents.id, eventId))
    .limit(1);
  return row ?? null;
}

/**
 * The event and the actor's leave to manage it. An unknown event is a 404 only for those who could
 * manage any church (admins): everyone else learns no more than "not yours" (403).
 */
export async function manageableEvent(tx: Tx, actor: Actor, eventId: number) {
  const event = await loadEvent(tx, eventId);
  const membership = event ? await membershipOf(tx, event.churchId, actor) : null;
  const refused = refusal(actor, { action: "church.manage", church: { membership } });
  if (refused) return refused;
  if (!event) return fail(404, "There is no such Freedom Sunday.");
  return event;
}
export const isFailure = (value: object): value is Failure => "ok" in value && value.ok === false;

type ManagedEvent = NonNullable<Awaited<ReturnType<typeof loadEvent>>>;

/**
 * What every change to one Freedom Sunday does first: the actor is signed in; one transaction; the
 * event locked against concurrent writers; the actor may manage it (403, or 404 for admins); the
 * input parsed (422 with field messages). `run` then gets the transaction, the event, the parsed
 * input and the actor.
 */
export async function mutateEvent<S extends z.ZodType, T extends object>(
  actor: Actor | null,
  eventId: number,
  schema: S,
  input: unknown,
  run: (tx: Tx, event: ManagedEvent, data: z.output<S>, actor: Actor) => Promise<Result<T>>,
): Promise<Result<T>> {
  if (!actor) return signInFirst();
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockEvent(tx, eventId);
    const event = await manageableEvent(tx, actor, eventId);
    if (isFailure(event)) return event;
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    return run(tx, event, parsed.data, actor);
  });
}

export async function churchTeam(db: Executor, churchId: number): Promise<ChurchMember[]> {
  return db
    .select({ userId: churchMembers.userId, name: users.name, role: churchMembers.role })
    .from(churchMembers)
    .innerJoin(users, eq(users.id, churchMembers.userId))
    .where(eq(churchMembers.churchId, churchId))
    .orderBy(asc(churchMembers.role), asc(users.name), asc(churchMembers.userId));
}

/** For a write that manages a church: the actor leads it (or is an admin) and it exists. */
export async function churchManagerRefusal(
  tx: Tx,
  churchId: number,
  actor: Actor,
): Promise<Failure | null> {
  const membership = await membershipOf(tx, churchId, actor);
  const refused = refusal(actor, { action: "church.manage", church: { membership } });
  if (refused) return refused;
  if (!(await churchExists(tx, churchId))) return fail(404, "There is no such church.");
  return null;
}
