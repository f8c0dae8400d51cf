// The environment is checked once at start, with one clear line per problem.
import { afterEach, describe, expect, it, vi } from "vitest";

async function freshEnv(values: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(values)) vi.stubEnv(key, value);
  const { env } = await import("./env");
  return env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("env", () => {
  it("requires AUTH_SECRET in production, naming the fix", async () => {
    const env = await freshEnv({
      NODE_ENV: "production",
      AUTH_SECRET: undefined,
      NEXT_PHASE: undefined,
    });
    expect(() => env()).toThrow(
      /AUTH_SECRET is required in production \(generate one with: openssl rand -base64 32\)/,
    );
  });

  it("starts in production with a secret", async () => {
    const env = await freshEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) });
    expect(env().AUTH_SECRET).toHaveLength(40);
  });

  it("does not need a secret in development", async () => {
    const env = await freshEnv({ NODE_ENV: "development", AUTH_SECRET: undefined });
    expect(env().NODE_ENV).toBe("development");
  });

  it("lists every malformed variable at once", async () => {
    const env = await freshEnv({
      NODE_ENV: "development",
      SMTP_URL: "mail.example.org",
      REDIS_URL: "localhost:6379",
      APP_TIME_ZONE: "Mars/Olympus",
      DATABASE_URL: "mysql://nope",
    });
    const message = (() => {
      try {
        env();
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain("SMTP_URL must look like smtp://");
    expect(message).toContain("REDIS_URL must look like redis://");
    expect(message).toContain("APP_TIME_ZONE must be an IANA time zone");
    expect(message).toContain("DATABASE_URL must start with postgres://");
  });

  it("reads the job settings, and says what a bad one should look like", async () => {
    const env = await freshEnv({ NODE_ENV: "development" });
    expect(env()).toMatchObject({
      WORKER: "on",
      WORKER_CONCURRENCY: 3,
      DIGEST_SCHEDULE: "MON 07:00",
    });
    const custom = await freshEnv({
      WORKER: "off",
      DIGEST_SCHEDULE: "off",
      JOB_TIMEOUT_SECONDS: "30",
    });
    expect(custom()).toMatchObject({
      WORKER: "off",
      DIGEST_SCHEDULE: "off",
      JOB_TIMEOUT_SECONDS: 30,
    });
    const bad = await freshEnv({
      WORKER: "sometimes",
      WORKER_CONCURRENCY: "0",
      DIGEST_SCHEDULE: "Mondays at 7",
    });
    expect(() => bad()).toThrow(/WORKER must be "on" \(default\) or "off"/);
    expect(() => bad()).toThrow(/WORKER_CONCURRENCY must be a whole number of jobs from 1 to 50/);
    expect(() => bad()).toThrow(
      /DIGEST_SCHEDULE must be a weekday and a 24-hour time such as "MON 07:00" \(in APP_TIME_ZONE\), or "off"/,
    );
  });

  it("takes a VAPID key pair for Web Push, both or neither, and says how to make one", async () => {
    const none = await freshEnv({ VAPID_PUBLIC_KEY: undefined, VAPID_PRIVATE_KEY: undefined });
    expect(none().VAPID_PUBLIC_KEY).toBeUndefined();
    const pair = await freshEnv({
      VAPID_PUBLIC_KEY: "B".repeat(87),
      VAPID_PRIVATE_KEY: "k".repeat(43),
      VAPID_SUBJECT: "mailto:prayer@example.org",
    });
    expect(pair()).toMatchObject({ VAPID_SUBJECT: "mailto:prayer@example.org" });
    const half = await freshEnv({ VAPID_PUBLIC_KEY: "B".repeat(87), VAPID_PRIVATE_KEY: undefined });
    expect(() => half()).toThrow(/VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together/);
    const bad = await freshEnv({
      VAPID_PUBLIC_KEY: "not a key",
      VAPID_PRIVATE_KEY: "k".repeat(43),
      VAPID_SUBJECT: "http://example.org",
    });
    expect(() => bad()).toThrow(/VAPID_PUBLIC_KEY must be an uncompressed P-256 public key/);
    expect(() => bad()).toThrow(/VAPID_SUBJECT must be a mailto: address or an https:\/\/ URL/);
  });
});
