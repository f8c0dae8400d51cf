// Churches and Freedom Sunday: churches and their members, invite links, the service plan (details,
// checklist, featured requests, report), the public list of hosting churches, and a church's
// aggregate prayer activity. Every write is one transaction that looks up the actor's standing in
// the church it touches and checks permission there, before the write and in the same function.
import "server-only";
import {
  and,
  asc,
  count,
  countDistinct,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  max,
  ne,
  sql,
  type SQL,
} from "drizzle-orm";
import type { z } from "zod";
import {
  churchInvites,
  churchMembers,
  churches,
  eventFeaturedRequests,
  eventTasks,
  freedomSundayEvents,
  prayers,
  regions,
  requests,
  users,
} from "@/db/schema";
import {
  addDays,
  createInviteToken,
  daysBetween,
  defaultTasksFor,
  hashInviteToken,
  serviceDateError,
  serviceDayHasCome,
  statusChangeError,
  verifyInviteToken,
  type EventStatus,
} from "@/lib/freedom-sunday";
import { authorize, permit, type Actor, type Permission } from "@/lib/permissions";
import { fail, type Failure, type Result } from "@/lib/result";
import { appTimeZone } from "@/lib/time";
import { fieldErrors } from "@/lib/validation/account";
import {
  churchSchema,
  eventSchema,
  eventUpdateSchema,
  featuredSchema,
  inviteSchema,
  joinSchema,
  reportSchema,
  taskSchema,
  taskUpdateSchema,
  type ChurchInput,
  type EventInput,
  type EventUpdateInput,
  type InviteInput,
  type ReportInput,
  type TaskInput,
  type TaskUpdateInput,
} from "@/lib/validation/churches";
import { recordSafetyConfirmation } from "./audit";
import { lastWeeks } from "./engagement";
import { signingKey } from "@/lib/signing-key";
import { getDb, isPostgres, type Executor, type Tx } from "./db";

export type ChurchRole = "leader" | "member";

export interface ChurchDetails {
  id: number;
  name: string;
  city: string;
  country: string;
}

export interface ChurchMember {
  userId: string;
  name: string | null;
  role: ChurchRole;
}

export interface EventSummary {
  id: number;
  date: string;
  status: EventStatus;
  isPublic: boolean;
  serviceTimes: string;
}

export interface InviteSummary {
  id: number;
  expiresAt: Date;
  revokedAt: Date | null;
  createdAt: Date;
}

export interface EventPlan {
  event: {
    id: number;
    churchId: number;
    churchName: string;
    city: string;
    country: string;
    date: string;
    serviceTimes: string;
    timeZone: string;
    expectedAttendance: number | null;
    isPublic: boolean;
    status: EventStatus;
    notes: string;
    reportAttendance: number | null;
    reportCommitments: string | null;
  };
  myRole: ChurchRole | null;
  tasks: PlanTask[];
  featured: FeaturedRequest[];
  team: ChurchMember[];
}

export interface PlanTask {
  id: number;
  title: string;
  dueDate: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  done: boolean;
  position: number;
}

export interface FeaturedRequest {
  requestId: number;
  title: string;
  regionSlug: string;
  regionName: string;
  country: string | null;
  body: string;
  position: number;
}

export const INVALID_INVITE = "This invite link is not valid.";
export const EXPIRED_INVITE =
  "This invite link has expired or was revoked. Ask your church leader for a new one.";
const DUPLICATE_DATE = "Your church already has a Freedom Sunday on that date.";
const NOT_A_MEMBER = "Assign the task to someone in your church.";
/** How many requests the featuring picker offers. */
export const FEATURABLE_LIMIT = 200;
/** How many events the public list shows at most (the count covers all of them). */
export const HOSTING_LIST_LIMIT = 1_000;

// ---- helpers ----

const signInFirst = (): Failure => fail(401, "Please sign in first.");
const invalid = (error: z.ZodError): Failure => {
  const errors = fieldErrors(error);
  return fail(422, Object.values(errors)[0] ?? "Please check the form.", errors);
};
/** The decision for `permission` as a Failure, or null when allowed. */
function refusal(actor: Actor | null, permission: Permission): Failure | null {
  const decision = permit(actor, permission);
  return decision.ok ? null : decision;
}

/** The actor's role in a church, or null (visitors and outsiders). */
async function membershipOf(
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

async function isMemberOf(db: Executor, churchId: number, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: churchMembers.userId })
    .from(churchMembers)
    .where(and(eq(churchMembers.churchId, churchId), eq(churchMembers.userId, userId)))
    .limit(1);
  return Boolean(row);
}

async function churchExists(db: Executor, churchId: number): Promise<boolean> {
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
async function lockEvent(tx: Tx, eventId: number): Promise<void> {
  if (!isPostgres()) return;
  const pg = tx as unknown as { execute(query: SQL): Promise<unknown> };
  await pg.execute(sql`SELECT id FROM freedom_sunday_events WHERE id = ${eventId} FOR UPDATE`);
}

async function loadEvent(db: Executor, eventId: number) {
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
async function manageableEvent(tx: Tx, actor: Actor, eventId: number) {
  const event = await loadEvent(tx, eventId);
  const membership = event ? await membershipOf(tx, event.churchId, actor) : null;
  const refused = refusal(actor, { action: "church.manage", church: { membership } });
  if (refused) return refused;
  if (!event) return fail(404, "There is no such Freedom Sunday.");
  return event;
}
const isFailure = (value: object): value is Failure => "ok" in value && value.ok === false;

async function churchTeam(db: Executor, churchId: number): Promise<ChurchMember[]> {
  return db
    .select({ userId: churchMembers.userId, name: users.name, role: churchMembers.role })
    .from(churchMembers)
    .innerJoin(users, eq(users.id, churchMembers.userId))
    .where(eq(churchMembers.churchId, churchId))
    .orderBy(asc(churchMembers.role), asc(users.name), asc(churchMembers.userId));
}

// ---- churches and members ----

/** Registers a church; its creator becomes its first leader. */
export async function createChurch(
  actor: Actor | null,
  input: ChurchInput,
  /** Flagged words in the name or city the leader confirmed are safe (for the audit log). */
  safetyConfirmed: readonly string[] = [],
): Promise<Result<{ churchId: number }>> {
  const allowed = permit(actor, { action: "church.create" });
  if (!allowed.ok) return allowed;
  const parsed = churchSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [church] = await tx
      .insert(churches)
      .values({ ...parsed.data, createdBy: allowed.actor.id })
      .returning({ id: churches.id });
    if (!church) throw new Error("The church was not created.");
    await tx
      .insert(churchMembers)
      .values({ churchId: church.id, userId: allowed.actor.id, role: "leader" });
    await recordSafetyConfirmation(tx, allowed.actor, "church", church.id, safetyConfirmed);
    return { ok: true, churchId: church.id };
  });
}

/** The churches the actor belongs to, by name. */
export async function getMyChurches(
  actor: Actor | null,
): Promise<Result<{ churches: (ChurchDetails & { role: ChurchRole })[] }>> {
  if (!actor) return signInFirst();
  const db = await getDb();
  const rows = await db
    .select({
      id: churches.id,
      name: churches.name,
      city: churches.city,
      country: churches.country,
      role: churchMembers.role,
    })
    .from(churchMembers)
    .innerJoin(churches, eq(churches.id, churchMembers.churchId))
    .where(eq(churchMembers.userId, actor.id))
    .orderBy(asc(churches.name), asc(churches.id));
  return { ok: true, churches: rows };
}

/** A church's page: its details, team and events; its invite links for those who manage it. */
export async function getChurch(
  actor: Actor | null,
  churchId: number,
): Promise<
  Result<{
    church: ChurchDetails;
    myRole: ChurchRole | null;
    members: ChurchMember[];
    events: EventSummary[];
    invites: InviteSummary[];
  }>
> {
  if (!actor) return signInFirst();
  const db = await getDb();
  const myRole = await membershipOf(db, churchId, actor);
  const refused = refusal(actor, { action: "church.read", church: { membership: myRole } });
  if (refused) return refused;
  const [church] = await db
    .select({
      id: churches.id,
      name: churches.name,
      city: churches.city,
      country: churches.country,
    })
    .from(churches)
    .where(eq(churches.id, churchId))
    .limit(1);
  if (!church) return fail(404, "There is no such church.");
  const manages = authorize(actor, { action: "church.manage", church: { membership: myRole } }).ok;
  const [members, events, invites] = await Promise.all([
    churchTeam(db, churchId),
    db
      .select({
        id: freedomSundayEvents.id,
        date: freedomSundayEvents.date,
        status: freedomSundayEvents.status,
        isPublic: freedomSundayEvents.isPublic,
        serviceTimes: freedomSundayEvents.serviceTimes,
      })
      .from(freedomSundayEvents)
      .where(eq(freedomSundayEvents.churchId, churchId))
      .orderBy(asc(freedomSundayEvents.date)),
    manages
      ? db
          .select({
            id: churchInvites.id,
            expiresAt: churchInvites.expiresAt,
            revokedAt: churchInvites.revokedAt,
            createdAt: churchInvites.createdAt,
          })
          .from(churchInvites)
          .where(eq(churchInvites.churchId, churchId))
          .orderBy(desc(churchInvites.createdAt), desc(churchInvites.id))
          .limit(50)
      : Promise.resolve([]),
  ]);
  return { ok: true, church, myRole, members, events, invites };
}

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
    const membership = await membershipOf(tx, churchId, actor);
    const refused = refusal(actor, { action: "church.manage", church: { membership } });
    if (refused) return refused;
    if (!(await churchExists(tx, churchId))) return fail(404, "There is no such church.");
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
    .select({
      id: churches.id,
      name: churches.name,
      city: churches.city,
      country: churches.country,
    })
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

// ---- Freedom Sunday events ----

/** Books a church's Freedom Sunday (a Sunday, today or later) with the default checklist. */
export interface EventWriteOptions {
  now?: Date;
  /** Flagged words in the service times the leader confirmed are safe (for the audit log). */
  safetyConfirmed?: readonly string[];
}

export async function registerEvent(
  actor: Actor | null,
  churchId: number,
  input: EventInput,
  { now = new Date(), safetyConfirmed = [] }: EventWriteOptions = {},
): Promise<Result<{ eventId: number }>> {
  if (!actor) return signInFirst();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const membership = await membershipOf(tx, churchId, actor);
    const refused = refusal(actor, { action: "church.manage", church: { membership } });
    if (refused) return refused;
    if (!(await churchExists(tx, churchId))) return fail(404, "There is no such church.");
    const parsed = eventSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const timeZone = appTimeZone();
    const problem = serviceDateError(parsed.data.date, now, timeZone);
    if (problem) return fail(422, problem, { date: problem });
    // The unique (church, date) index decides duplicates, also between two requests at once.
    const [event] = await tx
      .insert(freedomSundayEvents)
      .values({ churchId, timeZone, ...parsed.data, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: freedomSundayEvents.id });
    if (!event) return fail(409, DUPLICATE_DATE, { date: DUPLICATE_DATE });
    await tx
      .insert(eventTasks)
      .values(defaultTasksFor(parsed.data.date).map((task) => ({ ...task, eventId: event.id })));
    await recordSafetyConfirmation(tx, actor, "event", event.id, safetyConfirmed);
    return { ok: true, eventId: event.id };
  });
}

/**
 * Edits a plan. Only the fields given change. A new date must be a free Sunday, today or later, and
 * moves the checklist's due dates with it. Status goes planning → confirmed → held (or confirmed
 * back to planning), and "held" only once the day has come.
 */
export async function updateEvent(
  actor: Actor | null,
  eventId: number,
  input: EventUpdateInput,
  { now = new Date(), safetyConfirmed = [] }: EventWriteOptions = {},
): Promise<Result> {
  if (!actor) return signInFirst();
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockEvent(tx, eventId);
    const event = await manageableEvent(tx, actor, eventId);
    if (isFailure(event)) return event;
    const parsed = eventUpdateSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const { date, status, ...details } = parsed.data;

    const changes: Partial<typeof freedomSundayEvents.$inferInsert> = {};
    for (const [key, value] of Object.entries(details)) {
      if (value !== undefined) Object.assign(changes, { [key]: value });
    }

    const newDate = date !== undefined && date !== event.date ? date : null;
    if (newDate) {
      if (event.status === "held") {
        const message = "This Freedom Sunday has been held; its date cannot change.";
        return fail(409, message, { date: message });
      }
      const problem = serviceDateError(newDate, now, event.timeZone);
      if (problem) return fail(422, problem, { date: problem });
      const [taken] = await tx
        .select({ id: freedomSundayEvents.id })
        .from(freedomSundayEvents)
        .where(
          and(
            eq(freedomSundayEvents.churchId, event.churchId),
            eq(freedomSundayEvents.date, newDate),
            ne(freedomSundayEvents.id, eventId),
          ),
        )
        .limit(1);
      if (taken) return fail(409, DUPLICATE_DATE, { date: DUPLICATE_DATE });
      changes.date = newDate;
    }

    if (status !== undefined && status !== event.status) {
      const problem = statusChangeError(event.status, status);
      if (problem) return fail(409, problem, { status: problem });
      if (status === "held" && !serviceDayHasCome(newDate ?? event.date, now, event.timeZone)) {
        const message = "Mark the service as held on or after its date.";
        return fail(409, message, { status: message });
      }
      changes.status = status;
    }

    if (Object.keys(changes).length === 0) return { ok: true };
    await recordSafetyConfirmation(tx, actor, "event", eventId, safetyConfirmed);
    await tx
      .update(freedomSundayEvents)
      .set(changes)
      .where(
        and(eq(freedomSundayEvents.id, eventId), eq(freedomSundayEvents.churchId, event.churchId)),
      );
    if (newDate) {
      // The checklist keeps its spacing to the service: every due date moves by the same days.
      const shift = daysBetween(event.date, newDate);
      const dated = await tx
        .select({ id: eventTasks.id, dueDate: eventTasks.dueDate })
        .from(eventTasks)
        .where(eq(eventTasks.eventId, eventId));
      for (const task of dated) {
        if (!task.dueDate) continue;
        await tx
          .update(eventTasks)
          .set({ dueDate: addDays(task.dueDate, shift) })
          .where(and(eq(eventTasks.id, task.id), eq(eventTasks.eventId, eventId)));
      }
    }
    return { ok: true };
  });
}

/** The plan page: the event, its checklist, featured requests and the church's team. */
export async function getEventPlan(
  actor: Actor | null,
  eventId: number,
  now = new Date(),
): Promise<Result<EventPlan>> {
  if (!actor) return signInFirst();
  const db = await getDb();
  const [event] = await db
    .select({
      id: freedomSundayEvents.id,
      churchId: freedomSundayEvents.churchId,
      churchName: churches.name,
      city: churches.city,
      country: churches.country,
      date: freedomSundayEvents.date,
      serviceTimes: freedomSundayEvents.serviceTimes,
      timeZone: freedomSundayEvents.timeZone,
      expectedAttendance: freedomSundayEvents.expectedAttendance,
      isPublic: freedomSundayEvents.isPublic,
      status: freedomSundayEvents.status,
      notes: freedomSundayEvents.notes,
      reportAttendance: freedomSundayEvents.reportAttendance,
      reportCommitments: freedomSundayEvents.reportCommitments,
    })
    .from(freedomSundayEvents)
    .innerJoin(churches, eq(churches.id, freedomSundayEvents.churchId))
    .where(eq(freedomSundayEvents.id, eventId))
    .limit(1);
  const myRole = event ? await membershipOf(db, event.churchId, actor) : null;
  const refused = refusal(actor, { action: "church.read", church: { membership: myRole } });
  if (refused) return refused;
  if (!event) return fail(404, "There is no such Freedom Sunday.");
  const [tasks, featured, team] = await Promise.all([
    db
      .select({
        id: eventTasks.id,
        title: eventTasks.title,
        dueDate: eventTasks.dueDate,
        assigneeId: eventTasks.assigneeId,
        assigneeName: users.name,
        done: eventTasks.done,
        position: eventTasks.position,
      })
      .from(eventTasks)
      .leftJoin(users, eq(users.id, eventTasks.assigneeId))
      .where(eq(eventTasks.eventId, eventId))
      .orderBy(asc(eventTasks.position), asc(eventTasks.id)),
    db
      .select({
        requestId: requests.id,
        title: requests.title,
        regionSlug: regions.slug,
        regionName: regions.name,
        country: requests.country,
        body: requests.body,
        position: eventFeaturedRequests.position,
      })
      .from(eventFeaturedRequests)
      .innerJoin(requests, eq(requests.id, eventFeaturedRequests.requestId))
      .innerJoin(regions, eq(regions.id, requests.regionId))
      // A request taken back out of publication drops out of the guide too.
      .where(and(eq(eventFeaturedRequests.eventId, eventId), lte(requests.publishedAt, now)))
      .orderBy(asc(eventFeaturedRequests.position)),
    churchTeam(db, event.churchId),
  ]);
  return { ok: true, event, myRole, tasks, featured, team };
}

// ---- the checklist ----

async function assigneeProblem(
  tx: Tx,
  churchId: number,
  assigneeId: string | null | undefined,
): Promise<Failure | null> {
  if (!assigneeId || (await isMemberOf(tx, churchId, assigneeId))) return null;
  return fail(422, NOT_A_MEMBER, { assigneeId: NOT_A_MEMBER });
}

export async function addTask(
  actor: Actor | null,
  eventId: number,
  input: TaskInput,
): Promise<Result<{ taskId: number }>> {
  if (!actor) return signInFirst();
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockEvent(tx, eventId);
    const event = await manageableEvent(tx, actor, eventId);
    if (isFailure(event)) return event;
    const parsed = taskSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const problem = await assigneeProblem(tx, event.churchId, parsed.data.assigneeId);
    if (problem) return problem;
    const [last] = await tx
      .select({ position: max(eventTasks.position) })
      .from(eventTasks)
      .where(eq(eventTasks.eventId, eventId));
    const [task] = await tx
      .insert(eventTasks)
      .values({
        eventId,
        title: parsed.data.title,
        dueDate: parsed.data.dueDate ?? null,
        assigneeId: parsed.data.assigneeId ?? null,
        position: last?.position == null ? 0 : Number(last.position) + 1,
      })
      .returning({ id: eventTasks.id });
    if (!task) throw new Error("The task was not added.");
    return { ok: true, taskId: task.id };
  });
}

/** The task, its event's church, and whom it is assigned to; null when there is no such task. */
async function loadTask(db: Executor, taskId: number) {
  const [row] = await db
    .select({
      id: eventTasks.id,
      eventId: eventTasks.eventId,
      churchId: freedomSundayEvents.churchId,
      assigneeId: eventTasks.assigneeId,
    })
    .from(eventTasks)
    .innerJoin(freedomSundayEvents, eq(freedomSundayEvents.id, eventTasks.eventId))
    .where(eq(eventTasks.id, taskId))
    .limit(1);
  return row ?? null;
}

export async function updateTask(
  actor: Actor | null,
  taskId: number,
  input: TaskUpdateInput,
): Promise<Result> {
  if (!actor) return signInFirst();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const task = await loadTask(tx, taskId);
    const membership = task ? await membershipOf(tx, task.churchId, actor) : null;
    const refused = refusal(actor, { action: "church.manage", church: { membership } });
    if (refused) return refused;
    if (!task) return fail(404, "There is no such task.");
    const parsed = taskUpdateSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const problem = await assigneeProblem(tx, task.churchId, parsed.data.assigneeId);
    if (problem) return problem;
    const changes: Partial<typeof eventTasks.$inferInsert> = {};
    if (parsed.data.title !== undefined) changes.title = parsed.data.title;
    if (parsed.data.dueDate !== undefined) changes.dueDate = parsed.data.dueDate;
    if (parsed.data.assigneeId !== undefined) changes.assigneeId = parsed.data.assigneeId;
    if (Object.keys(changes).length > 0)
      await tx
        .update(eventTasks)
        .set(changes)
        .where(and(eq(eventTasks.id, taskId), eq(eventTasks.eventId, task.eventId)));
    return { ok: true };
  });
}

/** Ticks (or unticks) a task: leaders and admins any task, a member only the ones assigned to them. */
export async function setTaskDone(
  actor: Actor | null,
  taskId: number,
  done: boolean,
): Promise<Result> {
  if (!actor) return signInFirst();
  if (typeof done !== "boolean")
    return fail(422, "Say whether the task is done (true or false).", {
      done: "Say whether the task is done (true or false).",
    });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const task = await loadTask(tx, taskId);
    const membership = task ? await membershipOf(tx, task.churchId, actor) : null;
    const refused = refusal(actor, {
      action: "task.tick",
      church: { membership },
      assigneeId: task?.assigneeId ?? null,
    });
    if (refused) return refused;
    if (!task) return fail(404, "There is no such task.");
    await tx
      .update(eventTasks)
      .set({ done })
      .where(and(eq(eventTasks.id, taskId), eq(eventTasks.eventId, task.eventId)));
    return { ok: true };
  });
}

// ---- featured requests ----

/** Replaces the service's featured requests with `requestIds`, in that order. */
export async function setFeaturedRequests(
  actor: Actor | null,
  eventId: number,
  requestIds: number[],
  now = new Date(),
): Promise<Result> {
  if (!actor) return signInFirst();
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockEvent(tx, eventId);
    const event = await manageableEvent(tx, actor, eventId);
    if (isFailure(event)) return event;
    const parsed = featuredSchema.safeParse({ requestIds });
    if (!parsed.success) return invalid(parsed.error);
    const ids = parsed.data.requestIds;
    const usable =
      ids.length === 0
        ? []
        : await tx
            .select({ id: requests.id })
            .from(requests)
            .where(
              and(
                inArray(requests.id, ids),
                eq(requests.status, "open"),
                lte(requests.publishedAt, now),
              ),
            );
    const ok = new Set(usable.map((r) => r.id));
    const errors: Record<string, string> = {};
    ids.forEach((id, index) => {
      if (!ok.has(id))
        errors[`requestIds.${index}`] =
          `Request ${id} cannot be featured: only open, published requests can.`;
    });
    if (Object.keys(errors).length > 0) return fail(422, Object.values(errors)[0]!, errors);
    await tx.delete(eventFeaturedRequests).where(eq(eventFeaturedRequests.eventId, eventId));
    if (ids.length > 0)
      await tx
        .insert(eventFeaturedRequests)
        .values(ids.map((requestId, position) => ({ eventId, requestId, position })));
    return { ok: true };
  });
}

/** The requests a leader may feature: open and published, newest first. */
export async function listFeaturableRequests(now = new Date()): Promise<
  {
    id: number;
    title: string;
    regionName: string;
    country: string | null;
    kind: "request" | "praise";
  }[]
> {
  const db = await getDb();
  return db
    .select({
      id: requests.id,
      title: requests.title,
      regionName: regions.name,
      country: requests.country,
      kind: requests.kind,
    })
    .from(requests)
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(and(eq(requests.status, "open"), lte(requests.publishedAt, now)))
    .orderBy(desc(requests.publishedAt), desc(requests.id))
    .limit(FEATURABLE_LIMIT);
}

// ---- after the service ----

/** Records how the service went (once its day has come) and marks it held. */
export async function reportEvent(
  actor: Actor | null,
  eventId: number,
  input: ReportInput,
  now = new Date(),
): Promise<Result> {
  if (!actor) return signInFirst();
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockEvent(tx, eventId);
    const event = await manageableEvent(tx, actor, eventId);
    if (isFailure(event)) return event;
    const parsed = reportSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    if (!serviceDayHasCome(event.date, now, event.timeZone))
      return fail(409, "You can report on your Freedom Sunday once the service has taken place.");
    await tx
      .update(freedomSundayEvents)
      .set({
        reportAttendance: parsed.data.attendance,
        reportCommitments: parsed.data.commitments,
        status: "held",
      })
      .where(
        and(eq(freedomSundayEvents.id, eventId), eq(freedomSundayEvents.churchId, event.churchId)),
      );
    return { ok: true };
  });
}

// ---- public and aggregate views ----

export interface HostingChurchListing {
  eventId: number;
  name: string;
  city: string;
  country: string;
  date: string;
}

/**
 * The public Freedom Sunday page. `count` is every church hosting in `year`, whether its event is
 * listed publicly or not (a number reveals no church); `churches` lists only public events (one
 * row per event, by date), filtered by `country` when given; `countries` are those of the year's
 * public events before the country filter, sorted, so a filter menu keeps every choice.
 */
export async function listHostingChurches(options: {
  year: number;
  country?: string;
  limit?: number;
}): Promise<{ count: number; churches: HostingChurchListing[]; countries: string[] }> {
  if (!Number.isInteger(options.year) || options.year < 1 || options.year > 9998)
    return { count: 0, churches: [], countries: [] };
  const from = `${String(options.year).padStart(4, "0")}-01-01`;
  const to = `${String(options.year + 1).padStart(4, "0")}-01-01`;
  // Dates are text (YYYY-MM-DD), so the bounds compare as strings on both dialects.
  const inYear = and(gte(freedomSundayEvents.date, from), lt(freedomSundayEvents.date, to));
  const listed = and(inYear, eq(freedomSundayEvents.isPublic, true));
  const db = await getDb();
  const [[total], rows, countryRows] = await Promise.all([
    db
      .select({ n: countDistinct(freedomSundayEvents.churchId) })
      .from(freedomSundayEvents)
      .where(inYear),
    db
      .select({
        eventId: freedomSundayEvents.id,
        name: churches.name,
        city: churches.city,
        country: churches.country,
        date: freedomSundayEvents.date,
      })
      .from(freedomSundayEvents)
      .innerJoin(churches, eq(churches.id, freedomSundayEvents.churchId))
      .where(options.country ? and(listed, eq(churches.country, options.country)) : listed)
      .orderBy(asc(freedomSundayEvents.date), asc(churches.name), asc(freedomSundayEvents.id))
      .limit(options.limit ?? HOSTING_LIST_LIMIT),
    db
      .selectDistinct({ country: churches.country })
      .from(freedomSundayEvents)
      .innerJoin(churches, eq(churches.id, freedomSundayEvents.churchId))
      .where(listed)
      .orderBy(asc(churches.country)),
  ]);
  return {
    count: Number(total?.n ?? 0),
    churches: rows,
    countries: countryRows.map((r) => r.country),
  };
}

/**
 * Prayers by the church's current members, per week (the last 12, Mondays) and region. Counts only:
 * nothing here says who prayed, or for which request.
 */
export async function getChurchActivity(
  actor: Actor | null,
  churchId: number,
  now = new Date(),
): Promise<
  Result<{
    weeks: string[];
    regions: { slug: string; name: string }[];
    series: { week: string; byRegion: Record<string, number>; total: number }[];
  }>
> {
  if (!actor) return signInFirst();
  const db = await getDb();
  const membership = await membershipOf(db, churchId, actor);
  const refused = refusal(actor, { action: "church.activity.read", church: { membership } });
  if (refused) return refused;
  if (!(await churchExists(db, churchId))) return fail(404, "There is no such church.");

  const weeks = lastWeeks(now);
  const first = weeks[0]!;
  const end = addDays(weeks[weeks.length - 1]!, 7);
  const [regionRows, daily] = await Promise.all([
    db
      .select({ id: regions.id, slug: regions.slug, name: regions.name })
      .from(regions)
      .orderBy(asc(regions.position), asc(regions.id)),
    db
      .select({ day: prayers.day, regionId: requests.regionId, n: count() })
      .from(prayers)
      .innerJoin(
        churchMembers,
        and(eq(churchMembers.userId, prayers.userId), eq(churchMembers.churchId, churchId)),
      )
      .innerJoin(requests, eq(requests.id, prayers.requestId))
      .where(and(gte(prayers.day, first), lt(prayers.day, end)))
      .groupBy(prayers.day, requests.regionId),
  ]);
  const slugOf = new Map(regionRows.map((r) => [r.id, r.slug]));
  const series = weeks.map((week) => ({
    week,
    byRegion: Object.fromEntries(regionRows.map((r) => [r.slug, 0])) as Record<string, number>,
    total: 0,
  }));
  for (const row of daily) {
    const bucket = series[weeks.findLastIndex((week) => week <= row.day)];
    const slug = slugOf.get(row.regionId);
    if (!bucket || slug === undefined) continue;
    const n = Number(row.n);
    bucket.byRegion[slug] = (bucket.byRegion[slug] ?? 0) + n;
    bucket.total += n;
  }
  return {
    ok: true,
    weeks,
    regions: regionRows.map(({ slug, name }) => ({ slug, name })),
    series,
  };
}

/**
 * One service for its calendar file: public events for anyone, private ones for the church's
 * members (and admins). The planning notes go only to those who may read the plan.
 */
export async function getEventForCalendar(
  actor: Actor | null,
  eventId: number,
): Promise<
  Result<{
    event: {
      id: number;
      churchName: string;
      city: string;
      country: string;
      date: string;
      serviceTimes: string;
      timeZone: string;
      isPublic: boolean;
      notes: string;
    };
  }>
> {
  const db = await getDb();
  const [row] = await db
    .select({
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
    })
    .from(freedomSundayEvents)
    .innerJoin(churches, eq(churches.id, freedomSundayEvents.churchId))
    .where(eq(freedomSundayEvents.id, eventId))
    .limit(1);
  const membership = row ? await membershipOf(db, row.churchId, actor) : null;
  const mayRead = authorize(actor, { action: "church.read", church: { membership } });
  if (!row?.isPublic && !mayRead.ok) return fail(mayRead.status, mayRead.error);
  if (!row) return fail(404, "There is no such Freedom Sunday.");
  return {
    ok: true,
    event: {
      id: row.id,
      churchName: row.churchName,
      city: row.city,
      country: row.country,
      date: row.date,
      serviceTimes: row.serviceTimes,
      timeZone: row.timeZone,
      isPublic: row.isPublic,
      notes: mayRead.ok ? row.notes : "",
    },
  };
}
