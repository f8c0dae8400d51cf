// Sign-in limits: five a minute per key, then refused with a retry time; shared across instances via Redis.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";

async function freshLimiter(redisUrl?: string) {
  vi.resetModules();
  vi.stubEnv("REDIS_URL", redisUrl);
  vi.stubEnv("NODE_ENV", "test");
  delete (globalThis as { __intercedeLimiters?: unknown }).__intercedeLimiters;
  return (await import("./rate-limit")).consume;
}

afterEach(() => vi.unstubAllEnvs());

describe("rate limits", () => {
  it("allows five attempts a minute per key, then refuses with a retry time", async () => {
    const consume = await freshLimiter();
    const email = `email:${randomUUID()}`;
    for (let i = 0; i < 5; i++) expect(await consume("sign-in", [email])).toEqual({ ok: true });
    const refused = await consume("sign-in", [email]);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await consume("sign-in", [`email:${randomUUID()}`])).toEqual({ ok: true });
  });

  it("refuses when any key (IP or email) is spent", async () => {
    const consume = await freshLimiter();
    const ip = `ip:${randomUUID()}`;
    for (let i = 0; i < 5; i++) await consume("sign-in", [ip, `email:${randomUUID()}`]);
    expect((await consume("sign-in", [ip, `email:${randomUUID()}`])).ok).toBe(false);
  });

  it("shares the count between app instances through Redis", async () => {
    const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
    const key = `email:${randomUUID()}`;
    const first = await freshLimiter(url);
    for (let i = 0; i < 3; i++) expect(await first("sign-in", [key])).toEqual({ ok: true });
    // A second module instance is a second app instance: it must see the first one's attempts.
    const second = await freshLimiter(url);
    expect(second).not.toBe(first);
    expect(await second("sign-in", [key])).toEqual({ ok: true });
    expect(await second("sign-in", [key])).toEqual({ ok: true });
    expect((await second("sign-in", [key])).ok).toBe(false);
  });
});
