// Rate limits for sign-in and sign-up: per IP and per e-mail, shared through Redis when REDIS_URL is set.
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { env } from "./env";

export interface Limit {
  points: number;
  durationSeconds: number;
}

export const AUTH_LIMIT: Limit = { points: 5, durationSeconds: 60 };

const store = globalThis as typeof globalThis & {
  __intercedeLimiters?: Map<string, RateLimiterAbstract>;
};

async function limiterFor(name: string, limit: Limit): Promise<RateLimiterAbstract> {
  store.__intercedeLimiters ??= new Map();
  const key = `${name}:${limit.points}:${limit.durationSeconds}`;
  const existing = store.__intercedeLimiters.get(key);
  if (existing) return existing;
  const redisUrl = env().REDIS_URL;
  let limiter: RateLimiterAbstract;
  if (redisUrl) {
    const { Redis } = await import("ioredis");
    const client = new Redis(redisUrl, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
    });
    // Connect before the first check; if Redis is unreachable the insurance limiter below takes over.
    await client
      .connect()
      .catch((error: unknown) => console.error("Rate limiter: Redis unreachable", error));
    limiter = new RateLimiterRedis({
      storeClient: client,
      keyPrefix: `intercede:${name}`,
      points: limit.points,
      duration: limit.durationSeconds,
      // If Redis is down, fall back to this instance's memory rather than letting everyone through.
      insuranceLimiter: new RateLimiterMemory({
        points: limit.points,
        duration: limit.durationSeconds,
      }),
    });
  } else {
    limiter = new RateLimiterMemory({
      keyPrefix: name,
      points: limit.points,
      duration: limit.durationSeconds,
    });
  }
  store.__intercedeLimiters.set(key, limiter);
  return limiter;
}

export type RateResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Spends one point from each key's bucket; refuses when any of them is empty. */
export async function consume(
  name: string,
  keys: string[],
  limit = AUTH_LIMIT,
): Promise<RateResult> {
  const limiter = await limiterFor(name, limit);
  let retry = 0;
  for (const key of keys) {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        retry = Math.max(retry, Math.ceil(rejection.msBeforeNext / 1000));
      } else {
        throw rejection;
      }
    }
  }
  return retry > 0 ? { ok: false, retryAfterSeconds: retry } : { ok: true };
}
