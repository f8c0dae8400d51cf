// Rate limits: counted per key, refused with a retry time once spent, shared across instances via Redis.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";

async function freshLimiter(redisUrl?: string) {
  vi.resetModules();
  vi.stubEnv("REDIS_URL", redisUrl);
  vi.stubEnv("NODE_ENV", "test");
  delete (globalThis as { __intercedeLimiters?: unknown }).__intercedeLimiters;
  return await import("./rate-limit");
}

afterEach(() => vi.unstubAllEnvs());

describe("rate limits", () => {
  it("allow a key its budget, then refuse it with a retry time; other keys are untouched", async () => {
    const { consume, LIMITS } = await freshLimiter();
    const account = `${randomUUID()}|10.0.0.1`;
    for (let i = 0; i < LIMITS.signInFailuresPerAccount.points; i++)
      expect(await consume("signInFailuresPerAccount", account)).toEqual({ ok: true });
    const refused = await consume("signInFailuresPerAccount", account);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(60);
    expect(await consume("signInFailuresPerAccount", `${randomUUID()}|10.0.0.1`)).toEqual({
      ok: true,
    });
  });

  it("can look without spending, and forget a key", async () => {
    const { consume, spent, clear, LIMITS } = await freshLimiter();
    const key = randomUUID();
    expect(await spent("signInFailuresPerAccount", key)).toEqual({ ok: true });
    for (let i = 0; i < LIMITS.signInFailuresPerAccount.points; i++)
      await consume("signInFailuresPerAccount", key);
    expect((await spent("signInFailuresPerAccount", key)).ok).toBe(false);
    await clear("signInFailuresPerAccount", key);
    expect(await spent("signInFailuresPerAccount", key)).toEqual({ ok: true });
  });

  it("shares the count between app instances through Redis", async () => {
    const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
    const key = randomUUID();
    const first = await freshLimiter(url);
    for (let i = 0; i < 3; i++)
      expect(await first.consume("signInFailuresPerAccount", key)).toEqual({ ok: true });
    // A second module instance is a second app instance: it must see the first one's attempts.
    const second = await freshLimiter(url);
    expect(second.consume).not.toBe(first.consume);
    expect(await second.consume("signInFailuresPerAccount", key)).toEqual({ ok: true });
    expect(await second.consume("signInFailuresPerAccount", key)).toEqual({ ok: true });
    expect((await second.consume("signInFailuresPerAccount", key)).ok).toBe(false);
  });
});
