// Prometheus metrics (prom-client) for /api/metrics: request latency by route, prayers recorded, jobs
// done, failed and waiting, and the process's own. One registry per process, kept on globalThis:
// server.ts (loaded by tsx) and the route handlers (bundled by Next.js, with prom-client external)
// each load this file, and both must count into the same metrics.
import { createHash, timingSafeEqual } from "node:crypto";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export type StatusClass = "1xx" | "2xx" | "3xx" | "4xx" | "5xx";
export type JobOutcome = "completed" | "failed";

interface Metrics {
  registry: Registry;
  requestDuration: Histogram<"method" | "route" | "status_class">;
  prayersRecorded: Counter;
  jobsCompleted: Counter<"job">;
  jobsFailed: Counter<"job">;
  jobsWaiting: Gauge;
  /** Counts the queue's waiting jobs when scraped; set by the process that runs lib/jobs. */
  waitingJobs?: () => Promise<number>;
  processMetrics: boolean;
}

function createMetrics(): Metrics {
  const registry = new Registry();
  const metrics: Metrics = {
    registry,
    requestDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its response, by route pattern",
      labelNames: ["method", "route", "status_class"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    prayersRecorded: new Counter({
      name: "prayers_recorded_total",
      help: "Prayers newly recorded (repeats on the same day are not counted)",
      registers: [registry],
    }),
    jobsCompleted: new Counter({
      name: "jobs_completed_total",
      help: "Background jobs that finished",
      labelNames: ["job"] as const,
      registers: [registry],
    }),
    jobsFailed: new Counter({
      name: "jobs_failed_total",
      help: "Background job attempts that failed",
      labelNames: ["job"] as const,
      registers: [registry],
    }),
    jobsWaiting: new Gauge({
      name: "jobs_waiting",
      help: "Background jobs queued and not yet started (-1: the queue could not be read)",
      registers: [registry],
      async collect() {
        const count = store.__intercedeMetrics?.waitingJobs;
        if (!count) return this.set(0);
        try {
          this.set(await count());
        } catch {
          this.set(-1);
        }
      },
    }),
    processMetrics: false,
  };
  return metrics;
}

const store = globalThis as typeof globalThis & { __intercedeMetrics?: Metrics };

function metrics(): Metrics {
  return (store.__intercedeMetrics ??= createMetrics());
}

/** The registry /api/metrics exposes (the same object wherever this module was loaded from). */
export function metricsRegistry(): Registry {
  const current = metrics();
  if (!current.processMetrics) {
    current.processMetrics = true;
    collectDefaultMetrics({ register: current.registry });
  }
  return current.registry;
}

export function statusClass(status: number): StatusClass {
  const hundreds = Math.floor(status / 100);
  return hundreds >= 1 && hundreds <= 5 ? (`${hundreds}xx` as StatusClass) : "5xx";
}

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Records one finished request; `route` must be a pattern (lib/server/routes.ts), never a raw path. */
export function observeRequest(method: string, route: string, status: number, seconds: number) {
  metrics()
    .requestDuration.labels(METHODS.has(method) ? method : "OTHER", route, statusClass(status))
    .observe(seconds);
}

/** A prayer was newly recorded (lib/data/prayers.ts). */
export function countPrayerRecorded(): void {
  metrics().prayersRecorded.inc();
}

/** A background job finished or failed (lib/jobs). `job` is the job's kind, never an id. */
export function countJob(outcome: JobOutcome, job: string): void {
  const current = metrics();
  (outcome === "completed" ? current.jobsCompleted : current.jobsFailed).labels(job).inc();
}

/**
 * Tells the jobs_waiting gauge and the readiness check how to count the queue (called once at
 * start, where lib/jobs is loaded: instrumentation-node.ts).
 */
export function setWaitingJobsCounter(count: () => Promise<number>): void {
  metrics().waitingJobs = count;
}

/** Jobs waiting in the queue, or null when no queue was registered in this process. */
export async function countWaitingJobs(): Promise<number | null> {
  const count = metrics().waitingJobs;
  return count ? count() : null;
}

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * Whether an Authorization header carries `Bearer <token>`. Both sides are hashed first, so the
 * comparison takes the same time whatever the length or content of the guess.
 */
export function bearerTokenMatches(header: string | null, token: string): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "")?.[1] ?? "";
  return timingSafeEqual(digest(presented), digest(token)) && presented.length > 0;
}
