// Background jobs: follower notices, mail delivery with retries, the weekly digest, scheduled
// publishing. The one module that knows the queue — pg-boss on PostgreSQL, the durable jobs table
// on SQLite, chosen by DATABASE_URL — behind a small interface:
//
//   enqueue(name, payload, { runAt?, singletonKey? })   queue a job (typed by lib/jobs/definitions.ts)
//   startWorker({ concurrency }) / stopWorker()          run due jobs here; stop gracefully
//   runSchedules(now)                                     fire the recurring jobs that are due
//
// The worker runs inside the app's server (lib/jobs/in-process.ts, unless WORKER=off) or on its
// own (`npm run worker`). Delivery is at least once: a job runs again when its worker dies, so
// every handler is idempotent (dedupe keys, compare-and-set claims).
import "server-only";
import { dialectOf } from "@/db/url";
import { env } from "@/lib/env";
import type { z } from "zod";
import type {
  EnqueueOptions,
  JobDefinitions,
  JobQueue,
  QueuedJob,
  ScheduleFiring,
  WorkerOptions,
} from "./core";
import type { AppJobs } from "./definitions";

export { PermanentJobError } from "./core";
export type { EnqueueOptions, JobQueue, RunningJob, ScheduleFiring, WorkerOptions } from "./core";

export type JobName = keyof AppJobs;
export type JobPayload<N extends JobName> = z.input<AppJobs[N]["payload"]>;

/** A queue over the backend DATABASE_URL names, for the given definitions (tests pass their own). */
export async function createJobQueue(
  definitions: JobDefinitions,
  options: { timeoutCap?: number; clock?: () => Date } = {},
): Promise<JobQueue> {
  if (dialectOf(process.env.DATABASE_URL) === "sqlite") {
    const { createSqliteQueue } = await import("./sqlite");
    return createSqliteQueue(definitions, options);
  }
  const { createPgBossQueue } = await import("./pg-boss");
  return createPgBossQueue(definitions, options);
}

// One queue per process, on globalThis: the route handlers and instrumentation.ts are bundled
// apart by Next.js, and a job queued by a request must wake the worker started at start-up.
const store = globalThis as typeof globalThis & { __intercedeJobs?: Promise<JobQueue> };

function appQueue(): Promise<JobQueue> {
  // The definitions are loaded on first use: they import the mail and data modules, which queue
  // jobs through this one.
  store.__intercedeJobs ??= import("./definitions")
    .then(({ appJobs }) => createJobQueue(appJobs, { timeoutCap: env().JOB_TIMEOUT_SECONDS }))
    .catch((error: unknown) => {
      store.__intercedeJobs = undefined;
      throw error;
    });
  return store.__intercedeJobs;
}

/** Queues a job; its id, or null when a job with this singleton key was queued before. */
export async function enqueue<N extends JobName>(
  name: N,
  payload: JobPayload<N>,
  options?: EnqueueOptions,
): Promise<string | null> {
  return (await appQueue()).enqueue(name, payload, options);
}

/** Queues many jobs of one name; returns how many were new. */
export async function enqueueMany<N extends JobName>(
  name: N,
  jobs: readonly QueuedJob<JobPayload<N>>[],
): Promise<number> {
  if (jobs.length === 0) return 0;
  return (await appQueue()).enqueueMany(name, jobs);
}

/** Runs due jobs in this process until stopWorker(). */
export async function startWorker(options?: WorkerOptions): Promise<void> {
  await (await appQueue()).startWorker(options);
}

/** Stops claiming, lets the jobs in hand finish (up to `timeoutMs`), then resolves. */
export async function stopWorker(options?: { timeoutMs?: number }): Promise<void> {
  const queue = store.__intercedeJobs;
  if (queue) await (await queue).stopWorker(options);
}

/** Fires the recurring jobs whose moment has come (a worker does it every 30 s by itself). */
export async function runSchedules(now?: Date): Promise<ScheduleFiring[]> {
  return (await appQueue()).runSchedules(now);
}

/** Jobs queued and not yet started (for /api/ready and the jobs_waiting metric). */
export async function countWaitingJobs(): Promise<number> {
  return (await appQueue()).countWaiting();
}

/** Stops the worker and releases the queue's connections (scripts and tests, before exiting). */
export async function closeJobs(): Promise<void> {
  const queue = store.__intercedeJobs;
  store.__intercedeJobs = undefined;
  if (queue) await (await queue.catch(() => null))?.close();
}
