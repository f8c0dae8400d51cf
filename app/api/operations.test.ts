// The operations endpoints on every dialect: /api/health answers without touching the database,
// /api/ready names each dependency and the one that fails, and /api/metrics is there only with
// METRICS_TOKEN, only for its bearer, and counts prayers recorded through the data layer.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ensureSeeded, makeUser, publicRequestIds } from "@/lib/testing/data-fixtures";

const TOKEN = "metrics-token-for-tests-0123456789";

/** Route modules read the environment once (lib/env.ts): load them afresh after stubbing it. */
async function routes(environment: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(environment)) vi.stubEnv(key, value);
  return {
    health: await import("./health/route"),
    ready: await import("./ready/route"),
    metrics: await import("./metrics/route"),
    prayers: await import("@/lib/data/prayers"),
    readiness: await import("@/lib/readiness"),
  };
}

const probe = () => new Request("http://localhost:3000/api/ready");

const scrape = (token?: string) =>
  new Request("http://localhost:3000/api/metrics", {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

beforeAll(async () => {
  await ensureSeeded();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("/api/health", () => {
  it("answers 200 without a database query", async () => {
    const { health } = await routes({});
    const response = health.GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ status: "ok" });
  });
});

describe("/api/ready", () => {
  it("is ready when the database, Redis and the queue answer", async () => {
    const { ready, readiness } = await routes({
      REDIS_URL: process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379",
    });
    const response = await ready.GET(probe());
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      status: "ready",
      checks: { database: { ok: true }, redis: { ok: true }, queue: { ok: true } },
    });
    await readiness.closeReadinessRedis();
  });

  it("skips Redis when REDIS_URL is not set", async () => {
    const { ready } = await routes({ REDIS_URL: undefined });
    const body = (await (await ready.GET(probe())).json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      checks: { redis: { ok: true, skipped: "REDIS_URL is not set" } },
    });
  });

  it("answers 503 naming Redis when Redis does not answer", async () => {
    // Port 1 on the loopback: nothing listens, the connection is refused at once.
    const { ready, readiness } = await routes({ REDIS_URL: "redis://127.0.0.1:1" });
    const response = await ready.GET(probe());
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: "unavailable",
      checks: {
        database: { ok: true },
        redis: { ok: false, error: "The Redis server is not reachable." },
      },
    });
    await readiness.closeReadinessRedis();
  });

  it("answers 503 naming the queue when it cannot be read", async () => {
    const { ready } = await routes({ REDIS_URL: undefined });
    const { setWaitingJobsCounter } = await import("@/lib/metrics");
    setWaitingJobsCounter(() => Promise.reject(new Error("queue table missing")));
    try {
      const response = await ready.GET(probe());
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        checks: { queue: { ok: false, error: "The job queue is not reachable." } },
      });
      setWaitingJobsCounter(async () => 4);
      const again = await ready.GET(probe());
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ checks: { queue: { ok: true, waiting: 4 } } });
    } finally {
      setWaitingJobsCounter(async () => 0);
    }
  });
});

describe("/api/metrics", () => {
  it("does not exist without METRICS_TOKEN", async () => {
    const { metrics } = await routes({ METRICS_TOKEN: undefined });
    expect((await metrics.GET(scrape(TOKEN))).status).toBe(404);
  });

  it("refuses a missing or wrong token", async () => {
    const { metrics } = await routes({ METRICS_TOKEN: TOKEN });
    const missing = await metrics.GET(scrape());
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toContain("Bearer");
    expect((await metrics.GET(scrape(`${TOKEN}-wrong`))).status).toBe(401);
    expect(await (await metrics.GET(scrape("x"))).text()).not.toContain("prayers_recorded_total");
  });

  it("counts each prayer newly recorded, not the repeats", async () => {
    const { metrics, prayers } = await routes({ METRICS_TOKEN: TOKEN });
    const counted = async () => {
      const response = await metrics.GET(scrape(TOKEN));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/plain");
      const text = await response.text();
      return Number(/^prayers_recorded_total (\d+)$/m.exec(text)?.[1]);
    };
    const before = await counted();
    const [id] = await publicRequestIds();
    const person = await makeUser();
    expect(await prayers.recordPrayer(person, id!)).toMatchObject({ recorded: true });
    expect(await prayers.recordPrayer(person, id!)).toMatchObject({ recorded: false });
    expect(await counted()).toBe(before + 1);
  });
});
