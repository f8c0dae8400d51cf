// The job queue on PostgreSQL: pg-boss (its own tables in the `pgboss` schema), one queue per job
// name with the definition's retry limit, backoff and time limit. pg-boss claims with SKIP LOCKED,
// retries with exponential backoff (and jitter), and takes back a job whose worker died once its
// time limit passes. "One job per singleton key" is a job id derived from the key: pg-boss refuses
// a second job with the same id. In tests the same code runs on PGlite (pg-boss's pglite backend).
import "server-only";
import { PgBoss, fromPglite, type JobWithMetadata, type PGliteLike } from "pg-boss";
import { getDb } from "@/lib/data/db";
import { log } from "@/lib/log";
import { dialectOf } from "@/db/url";
import {
  errorText,
  PermanentJobError,
  runJob,
  singletonId,
  timeoutSeconds,
  type EnqueueOptions,
  type JobDefinition,
  type JobDefinitions,
  type JobQueue,
  type JobState,
  type QueuedJob,
  type ScheduleFiring,
  type WorkerOptions,
} from "./core";
import { latestOccurrence } from "./schedule";

/** How often a worker fires due recurring jobs. */
const TICK_MS = 30_000;
/**
 * A recurring job's row is kept past its next moment: its id is what stops a second instance (or a
 * restart) from queueing the same moment again.
 */
const KEEP_RECURRING_SECONDS = 30 * 86_400;

export interface PgBossQueueOptions {
  /** Caps every job's time limit (JOB_TIMEOUT_SECONDS). */
  timeoutCap?: number;
}

async function connect(definitions: JobDefinitions, options: PgBossQueueOptions): Promise<PgBoss> {
  const url = process.env.DATABASE_URL;
  const limits = Object.values(definitions).map((d) => timeoutSeconds(d, options.timeoutCap));
  // Expired jobs are found by the supervisor's pass: as often as the shortest time limit needs,
  // at most once a minute.
  const superviseSeconds = Math.max(1, Math.min(60, ...limits));
  const common = {
    schedule: false,
    superviseIntervalSeconds: superviseSeconds,
    monitorIntervalSeconds: superviseSeconds,
    application_name: "intercede-jobs",
  } as const;
  const boss =
    dialectOf(url) === "pglite"
      ? new PgBoss({
          ...common,
          backend: "pglite",
          // The data layer's own PGlite (tests): one in-process database for both.
          db: fromPglite(((await getDb()) as unknown as { $client: PGliteLike }).$client),
        })
      : new PgBoss({ ...common, connectionString: url, max: 4 });
  boss.on("error", (error) => log.error({ err: error }, "jobs: pg-boss"));
  boss.on("warning", (warning) => log.warn({ warning: warning.message }, "jobs: pg-boss"));
  await boss.start();
  for (const [name, definition] of Object.entries(definitions))
    await boss.createQueue(name, policyOf(definition, options));
  return boss;
}

/** The definition's retry policy, as pg-boss names it (set on each job as it is sent). */
function policyOf(definition: JobDefinition<unknown>, options: PgBossQueueOptions) {
  return {
    retryLimit: definition.retryLimit,
    retryDelay: definition.backoffSeconds,
    retryBackoff: true,
    retryDelayMax: definition.maxBackoffSeconds,
    expireInSeconds: timeoutSeconds(definition, options.timeoutCap),
  };
}

export function createPgBossQueue(
  definitions: JobDefinitions,
  options: PgBossQueueOptions = {},
): JobQueue {
  let started: Promise<PgBoss> | null = null;
  const boss = () => {
    started ??= connect(definitions, options).catch((error: unknown) => {
      started = null;
      throw error;
    });
    return started;
  };
  /** This process's workers, by job name: a job queued here wakes them at once. */
  const workIds = new Map<string, string>();
  let ticker: { stop(): void; done: Promise<void> } | null = null;

  const definitionOf = (name: string) => {
    const definition = definitions[name];
    if (!definition) throw new Error(`No job is called "${name}"`);
    return definition;
  };

  function jobOf(name: string, job: QueuedJob<unknown>, keepSeconds?: number) {
    const definition = definitionOf(name);
    const parsed = definition.payload.safeParse(job.payload);
    if (!parsed.success)
      throw new Error(`Job "${name}": ${parsed.error.issues[0]?.message ?? "bad payload"}`);
    // pg-boss checks an option that is present even when it is undefined: leave absent ones out.
    return {
      ...policyOf(definition, options),
      data: job.payload as object,
      ...(job.runAt ? { startAfter: job.runAt } : {}),
      ...(job.singletonKey
        ? { singletonKey: job.singletonKey, id: singletonId(name, job.singletonKey) }
        : {}),
      ...(keepSeconds ? { deleteAfterSeconds: keepSeconds } : {}),
    };
  }

  async function wake(instance: PgBoss, name: string) {
    const workId = workIds.get(name);
    if (workId) instance.notifyWorker(workId);
  }

  async function enqueue(
    name: string,
    payload: unknown,
    enqueueOptions: EnqueueOptions = {},
    keepSeconds?: number,
  ): Promise<string | null> {
    const { data, ...sendOptions } = jobOf(name, { payload, ...enqueueOptions }, keepSeconds);
    const instance = await boss();
    const id = await instance.send(name, data, sendOptions);
    if (id) await wake(instance, name);
    return id;
  }

  async function enqueueMany(name: string, batch: readonly QueuedJob<unknown>[]): Promise<number> {
    if (batch.length === 0) return 0;
    const rows = batch.map((job) => jobOf(name, job));
    const instance = await boss();
    let added = 0;
    for (let i = 0; i < rows.length; i += 500) {
      const ids = await instance.insert(name, rows.slice(i, i + 500), { returnId: true });
      added += ids?.length ?? 0;
    }
    if (added > 0) await wake(instance, name);
    return added;
  }

  async function runSchedules(now = new Date()): Promise<ScheduleFiring[]> {
    const fired: ScheduleFiring[] = [];
    for (const [name, definition] of Object.entries(definitions)) {
      const schedule = definition.schedule?.();
      if (!schedule) continue;
      const occurrence = latestOccurrence(schedule, now);
      const id = await enqueue(
        name,
        { scheduledFor: occurrence.toISOString() },
        { singletonKey: occurrence.toISOString() },
        KEEP_RECURRING_SECONDS,
      );
      if (id) fired.push({ name, occurrence });
    }
    return fired;
  }

  async function countWaiting(): Promise<number> {
    const queues = await (await boss()).getQueues(Object.keys(definitions));
    return queues.reduce((n, queue) => n + queue.queuedCount, 0);
  }

  async function jobState(name: string, id: string): Promise<JobState | null> {
    const found = await (await boss()).getJobById<unknown>(name, id);
    if (!found) return null;
    const output = found.output as { message?: unknown } | null;
    const lastError = typeof output?.message === "string" ? output.message : null;
    const state =
      found.state === "retry" ? "created" : found.state === "cancelled" ? "failed" : found.state;
    return { state, lastError: state === "completed" ? null : lastError };
  }

  async function handle(
    instance: PgBoss,
    name: string,
    job: JobWithMetadata<unknown>,
  ): Promise<{ id: string; status: "completed" | "failed" | "deadletter"; output?: object }> {
    const definition = definitionOf(name);
    try {
      await runJob(name, definition, job.data, {
        id: job.id,
        attempt: job.retryCount + 1,
        deadline: new Date(Date.now() + job.expireInSeconds * 1000),
      });
      return { id: job.id, status: "completed" };
    } catch (error) {
      const permanent = error instanceof PermanentJobError;
      const message = errorText(error);
      const retry = !permanent && job.retryCount < job.retryLimit;
      log.warn(
        { job: name, id: job.id, attempt: job.retryCount + 1, error: message },
        retry ? "jobs: attempt failed, will retry" : "jobs: attempt failed, giving up",
      );
      // "deadletter" fails the job at once, skipping its retries (there is no dead-letter queue).
      return { id: job.id, status: permanent ? "deadletter" : "failed", output: { message } };
    } finally {
      // More may be waiting: look again at once rather than after the polling pause.
      await wake(instance, name);
    }
  }

  let working = false;
  async function startWorker(workerOptions: WorkerOptions = {}): Promise<void> {
    if (working) return;
    working = true;
    const instance = await boss().catch((error: unknown) => {
      working = false;
      throw error;
    });
    for (const name of Object.keys(definitions)) {
      const workId = await instance.work(
        name,
        {
          localConcurrency: Math.max(1, workerOptions.concurrency ?? 3),
          batchSize: 1,
          pollingIntervalSeconds: Math.max(0.5, workerOptions.pollSeconds ?? 1),
          includeMetadata: true,
          perJobResults: true,
        },
        async (jobs) => Promise.all(jobs.map((job) => handle(instance, name, job))),
      );
      workIds.set(name, workId);
    }
    let stopped = false;
    let resume: (() => void) | null = null;
    const done = (async () => {
      while (!stopped) {
        try {
          await runSchedules(new Date());
        } catch (error) {
          log.error({ err: error }, "jobs: firing the recurring jobs failed");
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, TICK_MS);
          resume = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    })();
    ticker = {
      stop() {
        stopped = true;
        resume?.();
      },
      done,
    };
  }

  async function stopWorker({ timeoutMs = 20_000 } = {}): Promise<void> {
    if (!started || workIds.size === 0) return;
    working = false;
    const instance = await started;
    ticker?.stop();
    const stopping = Promise.all([
      ticker?.done,
      ...[...workIds].map(([name, id]) => instance.offWork(name, { id, wait: true })),
    ]);
    ticker = null;
    workIds.clear();
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      stopping.then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (!finished)
      log.error(
        { timeoutMs },
        "jobs: still running at the stop deadline; stopping anyway (they run again once their time limit passes)",
      );
  }

  async function close(): Promise<void> {
    await stopWorker();
    const pending = started;
    started = null;
    if (pending) await (await pending).stop({ graceful: true, close: true, timeout: 10_000 });
  }

  return {
    backend: "pg-boss",
    enqueue: (name, payload, enqueueOptions) => enqueue(name, payload, enqueueOptions),
    enqueueMany,
    startWorker,
    stopWorker,
    runSchedules,
    countWaiting,
    jobState,
    close,
  };
}
