// The checklist of a Freedom Sunday: add, edit and tick tasks; a member ticks only their own.
import "server-only";
import { and, eq, max } from "drizzle-orm";
import { eventTasks, freedomSundayEvents } from "@/db/schema";
import { type Actor } from "@/lib/permissions";
import { fail, type Failure, type Result } from "@/lib/result";
import {
  taskSchema,
  taskUpdateSchema,
  type TaskInput,
  type TaskUpdateInput,
} from "@/lib/validation/churches";
import { getDb, type Executor, type Tx } from "./db";
import {
  signInFirst,
  invalid,
  refusal,
  membershipOf,
  isMemberOf,
  mutateEvent,
} from "./church-access";

const NOT_A_MEMBER = "Assign the task to someone in your church.";

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
  return mutateEvent(actor, eventId, taskSchema, input, async (tx, event, data) => {
    const problem = await assigneeProblem(tx, event.churchId, data.assigneeId);
    if (problem) return problem;
    const [last] = await tx
      .select({ position: max(eventTasks.position) })
      .from(eventTasks)
      .where(eq(eventTasks.eventId, eventId));
    const [task] = await tx
      .insert(eventTasks)
      .values({
        eventId,
        title: data.title,
        dueDate: data.dueDate ?? null,
        assigneeId: data.assigneeId ?? null,
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
