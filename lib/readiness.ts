// Readiness for /api/ready: can this instance serve? The database answers, Redis answers (when
// REDIS_URL is set), and the job queue can be read. Each check has a time limit, so a hung
// dependency makes the answer 503, never a hung probe. Reasons go to the log, not to whoever asks.
import "server-only";
import type { Redis } from "ioredis";
import { checkDatabase } from "@/lib/data/health";
import { env } from "@/lib/env";
import { log as processLog, type Logger } from "@/lib/log";
import { countWaitingJobs } from "@/lib/metrics";

export type Check =
  | { ok: true; latencyMs: number; [detail: string]: unknown }
  | { ok: true; skipped: string }
  | { ok: false; error: string };

export interface Readiness {
  ready: boolean;
  checks: { database: Check; redis: Check; queue: Check };
}

const CHECK_TIMEOUT_MS = 2_000;

async function timed<T>(
  part: string,
  work: () => Promise<T>,
  log: Logger,
): Promise<{ ok: true; value: T; latencyMs: number } | { ok: false; error: string }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const value = await Promise.race([
      work(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { ok: true, value, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    log.warn({ part, err: error }, "readiness check failed");
    return { ok: false, error: `The ${part} is not reachable.` };
  } finally {
    clearTimeout(timer);
  }
}

const store = globalThis as typeof globalThis & { __intercedeReadinessRedis?: Redis };

async function redisClient(url: string): Promise<Redis> {
  if (store.__intercedeReadinessRedis) return store.__intercedeReadinessRedis;
  const { Redis } = await import("ioredis");
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: CHECK_TIMEOUT_MS,
  });
  // Errors are reported by the check that meets them; without a listener ioredis prints each retry.
  client.on("error", () => undefined);
  store.__intercedeReadinessRedis = client;
  return client;
}

async function pingRedis(url: string): Promise<void> {
  const client = await redisClient(url);
  if (client.status === "wait" || client.status === "end") await client.connect();
  const answer = await client.ping();
  if (answer !== "PONG") throw new Error(`Redis answered ${answer}`);
}

/** Closes the readiness check's Redis connection (graceful stop). */
export async function closeReadinessRedis(): Promise<void> {
  const client = store.__intercedeReadinessRedis;
  store.__intercedeReadinessRedis = undefined;
  if (client) await client.quit().catch(() => client.disconnect());
}

/** Checks every part at once; `log` gets the reason for each that fails. */
export async function checkReadiness(log: Logger = processLog): Promise<Readiness> {
  const redisUrl = env().REDIS_URL;
  const [database, redis, queue] = await Promise.all([
    timed(
      "database",
      async () => {
        const result = await checkDatabase();
        if (!result.ok) throw new Error(result.error);
        return result.dialect;
      },
      log,
    ),
    redisUrl ? timed("Redis server", () => pingRedis(redisUrl), log) : null,
    timed("job queue", countWaitingJobs, log),
  ]);
  const checks: Readiness["checks"] = {
    database: database.ok
      ? { ok: true, latencyMs: database.latencyMs, dialect: database.value }
      : database,
    redis: !redis
      ? { ok: true, skipped: "REDIS_URL is not set" }
      : redis.ok
        ? { ok: true, latencyMs: redis.latencyMs }
        : redis,
    queue: !queue.ok
      ? queue
      : queue.value === null
        ? { ok: true, skipped: "no job queue runs in this process" }
        : { ok: true, latencyMs: queue.latencyMs, waiting: queue.value },
  };
  return { ready: Object.values(checks).every((check) => check.ok), checks };
}
