// The job queue on SQLite: the durable jobs table (db/schema.sqlite.ts), worked in-process.
//
// A worker claims the next due job with ONE statement — UPDATE … WHERE id IN (the first due job)
// AND it is still due … RETURNING — which SQLite runs under its write lock, so two workers (two
// processes on one file, or two loops in one) never claim the same job: the second finds it no
// longer due. A claim is a lease (locked_until = now + the job's time limit); a worker that dies
// leaves the lease to run out, and the job is then due again, its dead attempt counted. Completing
// or failing is a compare-and-set on the claim (worker, attempt), so a worker that overran its lease
// cannot settle the attempt that took over. Failures wait base · 2^(retry−1) seconds, then the job
// is marked failed after its retry limit.
import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { and, count, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import { jobs, jobSchedules } from "@/db/schema.sqlite";
import { getDb } from "@/lib/data/db";
import { log } from "@/lib/log";
import {
  backoffSeconds,
  errorText,
  PermanentJobError,
  runJob,
  timeoutSeconds,
  type EnqueueOptions,
  type JobDefinitions,
  type JobQueue,
  type JobState,
  type QueuedJob,
  type ScheduleFiring,
  type WorkerOptions,
} from "./core";
import { cronOf, latestOccurrence } from "./schedule";

/** Completed jobs are kept this long (then their singleton keys are free again), failed ones longer. */
const KEEP_COMPLETED_MS = 7 * 86_400_000;
const KEEP_FAILED_MS = 30 * 86_400_000;
/** How often a worker fires due recurring jobs and tidies the table. */
const TICK_MS = 30_000;

export interface SqliteQueueOptions {
  /** Caps every job's time limit (JOB_TIMEOUT_SECONDS). */
  timeoutCap?: number;
  /** The time as this queue sees it (tests move it). */
  clock?: () => Date;
}

interface ClaimedJob {
  id: number;
  name: string;
  payload: unknown;
  attempts: number;
  lockedUntil: Date;
}

interface RunningWorker {
  stopping: boolean;
  loops: Promise<void>[];
  /** Idle claim loops waiting for their next look; calling one wakes it. */
  idle: Set<() => void>;
  /** The recurring tick's wait. */
  tickWait: (() => void) | null;
}

export function createSqliteQueue(
  definitions: JobDefinitions,
  options: SqliteQueueOptions = {},
): JobQueue {
  const clock = options.clock ?? (() => new Date());
  const names = Object.keys(definitions);
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let worker: RunningWorker | null = null;

  const definitionOf = (name: string) => {
    const definition = definitions[name];
    if (!definition) throw new Error(`No job is called "${name}"`);
    return definition;
  };
  const limitMs = (name: string) => timeoutSeconds(definitionOf(name), options.timeoutCap) * 1000;

  function rowOf(name: string, job: QueuedJob<unknown>, now: Date) {
    const definition = definitionOf(name);
    const parsed = definition.payload.safeParse(job.payload);
    if (!parsed.success)
      throw new Error(`Job "${name}": ${parsed.error.issues[0]?.message ?? "bad payload"}`);
    return {
      name,
      payload: job.payload as Record<string, unknown>,
      runAt: job.runAt ?? now,
      retryLimit: definition.retryLimit,
      singletonKey: job.singletonKey ?? null,
    };
  }

  function wake() {
    if (!worker) return;
    for (const resume of [...worker.idle]) resume();
  }

  async function enqueueMany(name: string, batch: readonly QueuedJob<unknown>[]): Promise<number> {
    if (batch.length === 0) return 0;
    const now = clock();
    const rows = batch.map((job) => rowOf(name, job, now));
    const db = await getDb();
    let added = 0;
    for (let i = 0; i < rows.length; i += 200) {
      const inserted = await db
        .insert(jobs)
        .values(rows.slice(i, i + 200))
        .onConflictDoNothing()
        .returning({ id: jobs.id });
      added += inserted.length;
    }
    if (added > 0) wake();
    return added;
  }

  async function enqueue(
    name: string,
    payload: unknown,
    enqueueOptions: EnqueueOptions = {},
  ): Promise<string | null> {
    const db = await getDb();
    const [row] = await db
      .insert(jobs)
      .values(rowOf(name, { payload, ...enqueueOptions }, clock()))
      .onConflictDoNothing()
      .returning({ id: jobs.id });
    if (row) wake();
    return row ? String(row.id) : null;
  }

  /** Due now: created and its time has come, or active under a lease that ran out (with tries left). */
  const due = (now: Date) =>
    or(
      and(eq(jobs.state, "created"), lte(jobs.runAt, now)),
      and(
        eq(jobs.state, "active"),
        lt(jobs.lockedUntil, now),
        sql`${jobs.attempts} <= ${jobs.retryLimit}`,
      ),
    );

  async function claim(now: Date): Promise<ClaimedJob | null> {
    const db = await getDb();
    const next = db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(inArray(jobs.name, names), due(now)))
      .orderBy(jobs.runAt, jobs.id)
      .limit(1);
    const leaseEnd = sql`CASE ${jobs.name} ${sql.join(
      names.map((name) => sql`WHEN ${name} THEN ${now.getTime() + limitMs(name)}`),
      sql` `,
    )} END`;
    const [claimed] = await db
      .update(jobs)
      .set({
        state: "active",
        attempts: sql`${jobs.attempts} + 1`,
        lockedBy: workerId,
        lockedUntil: leaseEnd,
      })
      .where(and(inArray(jobs.id, next), due(now)))
      .returning({
        id: jobs.id,
        name: jobs.name,
        payload: jobs.payload,
        attempts: jobs.attempts,
        lockedUntil: jobs.lockedUntil,
      });
    if (!claimed?.lockedUntil) return null;
    return { ...claimed, lockedUntil: claimed.lockedUntil };
  }

  /** Settles our own claim only: a job another worker took over after our lease is theirs. */
  const ours = (job: ClaimedJob) =>
    and(
      eq(jobs.id, job.id),
      eq(jobs.state, "active"),
      eq(jobs.lockedBy, workerId),
      eq(jobs.attempts, job.attempts),
    );

  async function execute(job: ClaimedJob): Promise<void> {
    const definition = definitionOf(job.name);
    const db = await getDb();
    try {
      await runJob(job.name, definition, job.payload, {
        id: String(job.id),
        attempt: job.attempts,
        deadline: job.lockedUntil,
      });
    } catch (error) {
      const now = clock();
      const retry = !(error instanceof PermanentJobError) && job.attempts <= definition.retryLimit;
      const message = errorText(error);
      await db
        .update(jobs)
        .set({
          state: retry ? "created" : "failed",
          runAt: retry
            ? new Date(now.getTime() + backoffSeconds(definition, job.attempts) * 1000)
            : undefined,
          lastError: message,
          lockedBy: null,
          lockedUntil: null,
          completedAt: retry ? null : now,
        })
        .where(ours(job));
      log.warn(
        { job: job.name, id: job.id, attempt: job.attempts, error: message },
        retry ? "jobs: attempt failed, will retry" : "jobs: attempt failed, giving up",
      );
      return;
    }
    await db
      .update(jobs)
      .set({ state: "completed", completedAt: clock(), lockedBy: null, lockedUntil: null })
      .where(ours(job));
  }

  async function countWaiting(): Promise<number> {
    const db = await getDb();
    const [row] = await db
      .select({ n: count() })
      .from(jobs)
      .where(and(inArray(jobs.name, names), eq(jobs.state, "created")));
    return Number(row?.n ?? 0);
  }

  async function jobState(name: string, id: string): Promise<JobState | null> {
    const db = await getDb();
    const [row] = await db
      .select({ state: jobs.state, lastError: jobs.lastError })
      .from(jobs)
      .where(and(eq(jobs.id, Number(id)), eq(jobs.name, name)))
      .limit(1);
    return row ?? null;
  }

  async function runSchedules(now = clock()): Promise<ScheduleFiring[]> {
    const fired: ScheduleFiring[] = [];
    const db = await getDb();
    for (const [name, definition] of Object.entries(definitions)) {
      const schedule = definition.schedule?.();
      if (!schedule) continue;
      const occurrence = latestOccurrence(schedule, now);
      const [last] = await db
        .select({ lastRunAt: jobSchedules.lastRunAt })
        .from(jobSchedules)
        .where(eq(jobSchedules.name, name))
        .limit(1);
      if (last?.lastRunAt && last.lastRunAt >= occurrence) continue;
      // The job first (its singleton key is the moment, so two workers queue it once), then the
      // record: a worker that dies in between leaves the next tick to finish, not to repeat.
      const id = await enqueue(
        name,
        { scheduledFor: occurrence.toISOString() },
        { singletonKey: occurrence.toISOString() },
      );
      await db
        .insert(jobSchedules)
        .values({
          name,
          cron: cronOf(schedule),
          timeZone: schedule.timeZone,
          lastRunAt: occurrence,
        })
        .onConflictDoUpdate({
          target: jobSchedules.name,
          set: { cron: cronOf(schedule), timeZone: schedule.timeZone, lastRunAt: occurrence },
          setWhere: sql`${jobSchedules.lastRunAt} IS NULL OR ${jobSchedules.lastRunAt} < ${occurrence.getTime()}`,
        });
      if (id) fired.push({ name, occurrence });
    }
    return fired;
  }

  /** Marks failed the jobs whose last attempt's worker died, and forgets old finished jobs. */
  async function tidy(now: Date): Promise<void> {
    const db = await getDb();
    await db
      .update(jobs)
      .set({
        state: "failed",
        lastError: sql`coalesce(${jobs.lastError} || ' — then ', '') || 'the worker stopped during the last attempt'`,
        lockedBy: null,
        lockedUntil: null,
        completedAt: now,
      })
      .where(
        and(
          inArray(jobs.name, names),
          eq(jobs.state, "active"),
          lt(jobs.lockedUntil, now),
          sql`${jobs.attempts} > ${jobs.retryLimit}`,
        ),
      );
    await db
      .delete(jobs)
      .where(
        or(
          and(
            eq(jobs.state, "completed"),
            lt(jobs.completedAt, new Date(now.getTime() - KEEP_COMPLETED_MS)),
          ),
          and(
            eq(jobs.state, "failed"),
            lt(jobs.completedAt, new Date(now.getTime() - KEEP_FAILED_MS)),
          ),
        ),
      );
  }

  async function startWorker(workerOptions: WorkerOptions = {}): Promise<void> {
    if (worker) return;
    const pollMs = (workerOptions.pollSeconds ?? 1) * 1000;
    const running: RunningWorker = { stopping: false, loops: [], idle: new Set(), tickWait: null };
    worker = running;
    const pause = (ms: number) =>
      new Promise<void>((resolve) => {
        const resume = () => {
          clearTimeout(timer);
          running.idle.delete(resume);
          resolve();
        };
        const timer = setTimeout(resume, ms);
        running.idle.add(resume);
      });
    const claimLoop = async () => {
      while (!running.stopping) {
        let job: ClaimedJob | null = null;
        try {
          job = await claim(clock());
        } catch (error) {
          log.error({ err: error }, "jobs: claiming a job failed");
        }
        if (job) await execute(job).catch((error: unknown) => logSettleError(job, error));
        else await pause(pollMs);
      }
    };
    const tickLoop = async () => {
      while (!running.stopping) {
        try {
          await runSchedules(clock());
          await tidy(clock());
        } catch (error) {
          log.error({ err: error }, "jobs: firing the recurring jobs failed");
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            running.tickWait = null;
            resolve();
          }, TICK_MS);
          running.tickWait = () => {
            clearTimeout(timer);
            running.tickWait = null;
            resolve();
          };
        });
      }
    };
    const concurrency = Math.max(1, workerOptions.concurrency ?? 3);
    running.loops = [...Array.from({ length: concurrency }, () => claimLoop()), tickLoop()];
  }

  async function stopWorker({ timeoutMs = 20_000 } = {}): Promise<void> {
    const running = worker;
    if (!running) return;
    running.stopping = true;
    for (const resume of [...running.idle]) resume();
    running.tickWait?.();
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      Promise.all(running.loops).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (!finished)
      log.error(
        { timeoutMs },
        "jobs: still running at the stop deadline; stopping anyway (they run again once their lease ends)",
      );
    worker = null;
  }

  return {
    backend: "sqlite",
    enqueue,
    enqueueMany,
    startWorker,
    stopWorker,
    runSchedules,
    countWaiting,
    jobState,
    close: () => stopWorker(),
  };
}

function logSettleError(job: ClaimedJob, error: unknown) {
  log.error(
    { job: job.name, id: job.id, err: error },
    "jobs: recording an outcome failed (the job runs again after its lease)",
  );
}
