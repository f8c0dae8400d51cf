// Freedom Sunday events: register, update, the plan page, featured requests and the report after
// the service. Every write goes through mutateEvent (./church-access).
import "server-only";
import { and, asc, desc, eq, inArray, lte, ne } from "drizzle-orm";
import {
  churches,
  eventFeaturedRequests,
  eventTasks,
  freedomSundayEvents,
  regions,
  requests,
  users,
} from "@/db/schema";
import {
  addDays,
  daysBetween,
  defaultTasksFor,
  serviceDateError,
  serviceDayHasCome,
  statusChangeError,
} from "@/lib/freedom-sunday";
import { type Actor } from "@/lib/permissions";
import { fail, type Result } from "@/lib/result";
import { calendarDay } from "@/lib/time";
import {
  eventSchema,
  eventUpdateSchema,
  featuredSchema,
  reportSchema,
  type EventInput,
  type EventUpdateInput,
  type ReportInput,
} from "@/lib/validation/churches";
import { recordSafetyConfirmation } from "./audit";
import { getDb } from "./db";
import type { EventPlan } from "./churches";
import {
  eventWithChurchColumns,
  signInFirst,
  invalid,
  refusal,
  membershipOf,
  mutateEvent,
  churchTeam,
  churchManagerRefusal,
} from "./church-access";

const DUPLICATE_DATE = "Your church already has a Freedom Sunday on that date.";
/** How many requests the featuring picker offers. */
export const FEATURABLE_LIMIT = 200;

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
    const refused = await churchManagerRefusal(tx, churchId, actor);
    if (refused) return refused;
    const parsed = eventSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    // The event keeps its church's time zone: its dates, status and calendar file follow it.
    const [church] = await tx
      .select({ timeZone: churches.timeZone })
      .from(churches)
      .where(eq(churches.id, churchId));
    const timeZone = church?.timeZone ?? "UTC";
    const problem = serviceDateError(parsed.data.date, now, timeZone);
    if (problem) return fail(422, problem, { date: problem });
    // The unique (church, date) index decides duplicates, also between two requests at once.
    const [event] = await tx
      .insert(freedomSundayEvents)
      .values({ churchId, timeZone, ...parsed.data, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: freedomSundayEvents.id });
    if (!event) return fail(409, DUPLICATE_DATE, { date: DUPLICATE_DATE });
    await tx.insert(eventTasks).values(
      defaultTasksFor(parsed.data.date, calendarDay(now, timeZone)).map((task) => ({
        ...task,
        eventId: event.id,
      })),
    );
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
  return mutateEvent(actor, eventId, eventUpdateSchema, input, async (tx, event, data, actor) => {
    const { date, status, ...details } = data;

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
      ...eventWithChurchColumns,
      expectedAttendance: freedomSundayEvents.expectedAttendance,
      status: freedomSundayEvents.status,
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

// ---- featured requests ----

/** Replaces the service's featured requests with `requestIds`, in that order. */
export async function setFeaturedRequests(
  actor: Actor | null,
  eventId: number,
  requestIds: number[],
  now = new Date(),
): Promise<Result> {
  return mutateEvent(actor, eventId, featuredSchema, { requestIds }, async (tx, event, data) => {
    const ids = data.requestIds;
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
  return mutateEvent(actor, eventId, reportSchema, input, async (tx, event, data) => {
    if (!serviceDayHasCome(event.date, now, event.timeZone))
      return fail(409, "You can report on your Freedom Sunday once the service has taken place.");
    await tx
      .update(freedomSundayEvents)
      .set({
        reportAttendance: data.attendance,
        reportCommitments: data.commitments,
        status: "held",
      })
      .where(
        and(eq(freedomSundayEvents.id, eventId), eq(freedomSundayEvents.churchId, event.churchId)),
      );
    return { ok: true };
  });
}
