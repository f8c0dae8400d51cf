// What a job is, what a queue offers, and the rules both backends (pg-boss on PostgreSQL, the jobs
// table on SQLite) apply the same way: payloads checked before a handler sees them, retries with
// exponential backoff, a permanent failure that skips the retries, one job per singleton key.
import { createHash } from "node:crypto";
import type { z } from "zod";
import { countJob } from "@/lib/metrics";
import type { JobSchedule } from "./schedule";

/** The attempt a handler is running. */
export interface RunningJob {
  id: string;
  /** 1 for the first attempt. */
  attempt: number;
  /**
   * When this attempt's lease ends: after it another worker may take the job over (this one is
   * presumed dead). Work that must not overlap with a second attempt leases its rows until then.
   */
  deadline: Date;
}

export interface JobDefinition<Payload> {
  /** Checks what was queued before the handler sees it; a payload that fails never runs. */
  payload: z.ZodType<Payload>;
  /** Does the work. Throws to be retried; throws PermanentJobError to fail at once. */
  run(payload: Payload, job: RunningJob): Promise<unknown>;
  /** Attempts after the first that fails; then the job is marked failed. */
  retryLimit: number;
  /** The pause before the first retry; each later one doubles, up to maxBackoffSeconds. */
  backoffSeconds: number;
  maxBackoffSeconds: number;
  /** How long one attempt may run before the job is presumed abandoned and taken over. */
  timeoutSeconds: number;
  /** A recurring job: enqueued by itself once per week at this moment (null: off). */
  schedule?(): JobSchedule | null;
}

/** Job definitions by name (`run` is a method, so a definition of any payload fits here). */
export type JobDefinitions = Record<string, JobDefinition<unknown>>;

export interface EnqueueOptions {
  /** Not before this moment (default: now). */
  runAt?: Date;
  /** At most one job per name and key is ever queued: a second enqueue is a no-op (returns null). */
  singletonKey?: string;
}

export interface QueuedJob<Payload> extends EnqueueOptions {
  payload: Payload;
}

export interface WorkerOptions {
  /** Jobs run at once by this worker (on PostgreSQL, per job name). */
  concurrency?: number;
  /** Seconds between looks for due jobs when idle; a job enqueued in this process wakes it at once. */
  pollSeconds?: number;
}

export interface JobState {
  /** "created" also covers a job waiting for its next retry. */
  state: "created" | "active" | "completed" | "failed";
  /** What the last failed attempt threw. */
  lastError: string | null;
}

/** A fired recurring job. */
export interface ScheduleFiring {
  name: string;
  occurrence: Date;
}

/** The queue over one backend; lib/jobs/index.ts is the app's. */
export interface JobQueue {
  readonly backend: "sqlite" | "pg-boss";
  /** Queues one job; the job's id, or null when its singleton key was queued before. */
  enqueue(name: string, payload: unknown, options?: EnqueueOptions): Promise<string | null>;
  /** Queues many jobs of one name at once; returns how many were new. */
  enqueueMany(name: string, jobs: readonly QueuedJob<unknown>[]): Promise<number>;
  /** Starts claiming and running due jobs, and firing the recurring ones. */
  startWorker(options?: WorkerOptions): Promise<void>;
  /** Stops claiming, lets the jobs in hand finish (up to `timeoutMs`), then resolves. */
  stopWorker(options?: { timeoutMs?: number }): Promise<void>;
  /** Jobs queued and not yet started (for /api/ready and the jobs_waiting metric). */
  countWaiting(): Promise<number>;
  /** Where a job stands (null once it is forgotten, or for an unknown id). */
  jobState(name: string, id: string): Promise<JobState | null>;
  /** Enqueues each recurring job whose latest moment has come and was not yet enqueued. */
  runSchedules(now?: Date): Promise<ScheduleFiring[]>;
  /** Stops the worker and releases connections (scripts and tests, before they exit). */
  close(): Promise<void>;
}

/** Thrown by a handler when trying again cannot help: the job is marked failed at once. */
export class PermanentJobError extends Error {
  override name = "PermanentJobError";
}

/** The pause before retry number `retry` (1 for the first): base · 2^(retry−1), capped. */
export function backoffSeconds(definition: JobDefinition<unknown>, retry: number): number {
  return Math.min(
    definition.maxBackoffSeconds,
    definition.backoffSeconds * 2 ** Math.max(0, retry - 1),
  );
}

/** A job's time limit: its own, lowered by JOB_TIMEOUT_SECONDS when set. */
export function timeoutSeconds(definition: JobDefinition<unknown>, cap?: number): number {
  return cap ? Math.min(cap, definition.timeoutSeconds) : definition.timeoutSeconds;
}

/**
 * Checks the payload and runs the handler, counting the attempt (jobs_completed_total,
 * jobs_failed_total). Resolves on success; rejects with the handler's error, or a
 * PermanentJobError for a payload that does not fit (retrying would not change it).
 */
export async function runJob(
  name: string,
  definition: JobDefinition<unknown>,
  payload: unknown,
  job: RunningJob,
): Promise<void> {
  try {
    const parsed = definition.payload.safeParse(payload);
    if (!parsed.success)
      throw new PermanentJobError(`Malformed payload: ${parsed.error.issues[0]?.message ?? "?"}`);
    await definition.run(parsed.data, job);
  } catch (error) {
    countJob("failed", name);
    throw error;
  }
  countJob("completed", name);
}

/**
 * A stable UUID for (name, singleton key): pg-boss refuses a second job with the same id, which
 * makes "one job per key" hold on PostgreSQL as the unique index does on SQLite.
 */
export function singletonId(name: string, key: string): string {
  const hex = createHash("sha256").update(`${name}\u0000${key}`).digest("hex");
  // Shaped as a version-8 (custom) UUID with the RFC 9562 variant bits.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The message of whatever a handler threw, for the job's last error. */
export function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2000);
}
