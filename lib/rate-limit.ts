// Rate limits, shared through Redis when REDIS_URL is set (else kept in this process). The limits
// are set for churches: a whole congregation on one Wi-Fi signs up and signs in during a service,
// so successes are counted generously per address, while failures are counted tightly — per
// address (a password spray) and per account at that address (guessing one person's password,
// without letting a stranger elsewhere lock the owner out).
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

export const LIMITS = {
  /** Any sign-in attempt from one address: a flood guard well above a congregation's needs. */
  signInAttemptsPerAddress: { points: 300, durationSeconds: 60 },
  /** Wrong passwords from one address, across all accounts: stops a spray. */
  signInFailuresPerAddress: { points: 25, durationSeconds: 15 * 60 },
  /** Wrong passwords for one account from one address. */
  signInFailuresPerAccount: { points: 5, durationSeconds: 15 * 60 },
  /** New accounts from one address (a church's Wi-Fi during a service). */
  signUpsPerAddress: { points: 200, durationSeconds: 60 * 60 },
  /** Password-reset requests from one address. */
  resetsPerAddress: { points: 100, durationSeconds: 10 * 60 },
  /** Reset e-mails to one address: more requests are answered the same way but send nothing. */
  resetsPerEmail: { points: 3, durationSeconds: 60 * 60 },
  /** Wrong current passwords on the account page (a stolen session guessing the password). */
  passwordChecksPerAccount: { points: 10, durationSeconds: 15 * 60 },
} as const satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;

const store = globalThis as typeof globalThis & {
  __intercedeLimiters?: Map<string, Promise<RateLimiterAbstract>>;
};

async function createLimiter(name: string, limit: Limit): Promise<RateLimiterAbstract> {
  const redisUrl = env().REDIS_URL;
  if (!redisUrl)
    return new RateLimiterMemory({
      keyPrefix: name,
      points: limit.points,
      duration: limit.durationSeconds,
    });
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
  return new RateLimiterRedis({
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
}

function limiterFor(name: LimitName): Promise<RateLimiterAbstract> {
  store.__intercedeLimiters ??= new Map();
  const existing = store.__intercedeLimiters.get(name);
  if (existing) return existing;
  const created = createLimiter(name, LIMITS[name]);
  store.__intercedeLimiters.set(name, created);
  return created;
}

export type RateResult = { ok: true } | { ok: false; retryAfterSeconds: number };

const retryOf = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** Spends one point of `name` for `key`; refuses once the key's budget is spent. */
export async function consume(name: LimitName, key: string): Promise<RateResult> {
  const limiter = await limiterFor(name);
  try {
    await limiter.consume(key);
    return { ok: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { ok: false, retryAfterSeconds: retryOf(rejection) };
    throw rejection;
  }
}

/** Whether `key` has spent its budget of `name`, without spending anything. */
export async function spent(name: LimitName, key: string): Promise<RateResult> {
  const limiter = await limiterFor(name);
  const res = await limiter.get(key);
  if (res && res.consumedPoints >= LIMITS[name].points)
    return { ok: false, retryAfterSeconds: retryOf(res) };
  return { ok: true };
}

/** Forgets `key`'s count of `name` (a correct password clears that account's failures). */
export async function clear(name: LimitName, key: string): Promise<void> {
  const limiter = await limiterFor(name);
  await limiter.delete(key);
}
