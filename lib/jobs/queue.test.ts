// The queue itself, on the backend of the dialect under test: the SQLite jobs table on SQLite,
// pg-boss on PGlite and on the PostgreSQL server. Each test has its own job names, so workers of
// one test never take another's jobs.
import { afterEach, describe, expect, it } from "vitest";
import { z } from "@/lib/validation/zod";
import {
  PermanentJobError,
  type JobDefinition,
  type JobDefinitions,
  type JobQueue,
  type RunningJob,
} from "./core";
import { createJobQueue } from "./index";
import type { WeeklySchedule } from "./schedule";

const opened: JobQueue[] = [];
afterEach(async () => {
  for (const queue of opened.splice(0)) await queue.close();
});

let counter = 0;
/** A job name no other test uses. */
const fresh = (label: string) => `test-${label}-${++counter}`;

function job<P>(
  payload: z.ZodType<P>,
  run: (payload: P, job: RunningJob) => Promise<unknown>,
  policy: Partial<Omit<JobDefinition<P>, "payload" | "run">> = {},
): JobDefinition<P> {
  return {
    payload,
    run,
    retryLimit: 2,
    backoffSeconds: 1,
    maxBackoffSeconds: 60,
    timeoutSeconds: 60,
    ...policy,
  };
}

async function queueOf(definitions: JobDefinitions, options?: { timeoutCap?: number }) {
  const queue = await createJobQueue(definitions, options);
  opened.push(queue);
  return queue;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await sleep(50);
  }
}

const tagged = z.object({ tag: z.string() });

describe(`the job queue (${process.env.TEST_DB})`, () => {
  it("runs each queued job once, not before its time, and checks payloads when queued", async () => {
    const name = fresh("record");
    const ran: string[] = [];
    const queue = await queueOf({
      [name]: job(tagged, async ({ tag }) => {
        ran.push(tag);
      }),
    });
    await expect(queue.enqueue(name, { tag: 42 })).rejects.toThrow(/Job "test-record/);
    await expect(queue.enqueue("no-such-job", {})).rejects.toThrow(/No job is called/);
    for (const tag of ["a", "b", "c", "d", "e"]) await queue.enqueue(name, { tag });
    const later = new Date(Date.now() + 2_000);
    expect(await queue.enqueue(name, { tag: "later" }, { runAt: later })).toBeTruthy();
    await queue.startWorker({ concurrency: 2, pollSeconds: 0.5 });
    await waitFor(() => ran.length >= 5);
    expect(ran).not.toContain("later");
    expect([...ran].sort()).toEqual(["a", "b", "c", "d", "e"]);
    await waitFor(() => ran.includes("later"));
    expect(Date.now()).toBeGreaterThanOrEqual(later.getTime());
    await sleep(700);
    expect(ran).toHaveLength(6);
    expect(queue.backend).toBe(process.env.TEST_DB === "sqlite" ? "sqlite" : "pg-boss");
  });

  it("retries a failing job with growing pauses, then marks it failed", async () => {
    const name = fresh("flaky");
    const attempts: { attempt: number; at: number }[] = [];
    const queue = await queueOf({
      [name]: job(
        tagged,
        async (_payload, running) => {
          attempts.push({ attempt: running.attempt, at: Date.now() });
          throw new Error("the server said no");
        },
        { retryLimit: 2, backoffSeconds: 1 },
      ),
    });
    const id = (await queue.enqueue(name, { tag: "x" }))!;
    await queue.startWorker({ pollSeconds: 0.5 });
    await waitFor(() => attempts.length >= 3, 20_000);
    await sleep(3_000);
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    expect(await queue.jobState(name, id)).toEqual({
      state: "failed",
      lastError: "the server said no",
    });
    const [first, second, third] = attempts.map((a) => a.at) as [number, number, number];
    // 1 s, then 2 s (pg-boss adds jitter: half to all of each pause).
    expect(second - first).toBeGreaterThanOrEqual(450);
    expect(third - second).toBeGreaterThanOrEqual(950);
  });

  it("fails at once, without retries, on a permanent error", async () => {
    const name = fresh("permanent");
    const attempts: string[] = [];
    const queue = await queueOf({
      [name]: job(tagged, async ({ tag }) => {
        attempts.push(tag);
        throw new PermanentJobError("no such mailbox");
      }),
    });
    const id = (await queue.enqueue(name, { tag: "once" }))!;
    await queue.startWorker({ pollSeconds: 0.5 });
    await waitFor(() => attempts.length >= 1);
    await sleep(2_500);
    expect(attempts).toEqual(["once"]);
    expect(await queue.jobState(name, id)).toEqual({
      state: "failed",
      lastError: "no such mailbox",
    });
  });

  it("queues one job per singleton key, ever", async () => {
    const name = fresh("singleton");
    const ran: string[] = [];
    const queue = await queueOf({
      [name]: job(tagged, async ({ tag }) => {
        ran.push(tag);
      }),
    });
    const first = await queue.enqueue(name, { tag: "one" }, { singletonKey: "update:7" });
    expect(first).toBeTruthy();
    expect(await queue.enqueue(name, { tag: "two" }, { singletonKey: "update:7" })).toBeNull();
    expect(await queue.enqueue(name, { tag: "three" }, { singletonKey: "update:8" })).toBeTruthy();
    expect(
      await queue.enqueueMany(name, [
        { payload: { tag: "four" }, singletonKey: "update:7" },
        { payload: { tag: "five" }, singletonKey: "update:9" },
        { payload: { tag: "six" } },
      ]),
    ).toBe(2);
    await queue.startWorker({ pollSeconds: 0.5 });
    await waitFor(() => ran.length >= 4);
    await expect
      .poll(async () => (await queue.jobState(name, first!))?.state, { timeout: 5_000 })
      .toBe("completed");
    // Done, and still refused: the key stays taken after the job has run.
    expect(await queue.enqueue(name, { tag: "seven" }, { singletonKey: "update:7" })).toBeNull();
    await sleep(700);
    expect([...ran].sort()).toEqual(["five", "one", "six", "three"]);
  });

  it("never runs one job twice with two workers taking from the same queue", async () => {
    const name = fresh("race");
    const runs = new Map<number, string[]>();
    const definitionFor = (worker: string) => ({
      [name]: job(z.object({ n: z.number() }), async ({ n }) => {
        runs.set(n, [...(runs.get(n) ?? []), worker]);
        await sleep(Math.random() * 20);
      }),
    });
    const a = await queueOf(definitionFor("a"));
    const b = await queueOf(definitionFor("b"));
    const total = 60;
    await a.enqueueMany(
      name,
      Array.from({ length: total }, (_, n) => ({ payload: { n } })),
    );
    await a.startWorker({ concurrency: 3, pollSeconds: 0.5 });
    await b.startWorker({ concurrency: 3, pollSeconds: 0.5 });
    await waitFor(() => runs.size >= total, 30_000);
    await sleep(1_000);
    expect(runs.size).toBe(total);
    expect([...runs.values()].filter((workers) => workers.length !== 1)).toEqual([]);
  });

  it("stops gracefully: the job in hand finishes, nothing more is taken", async () => {
    const name = fresh("graceful");
    const events: string[] = [];
    const queue = await queueOf({
      [name]: job(tagged, async ({ tag }) => {
        events.push(`start ${tag}`);
        await sleep(800);
        events.push(`end ${tag}`);
      }),
    });
    await queue.enqueue(name, { tag: "first" });
    await queue.startWorker({ concurrency: 1, pollSeconds: 0.5 });
    await waitFor(() => events.includes("start first"));
    await queue.enqueue(name, { tag: "second" });
    await queue.stopWorker();
    expect(events).toEqual(["start first", "end first"]);
    await sleep(1_500);
    expect(events).toEqual(["start first", "end first"]);
    // Not lost: the next worker runs it.
    await queue.startWorker({ concurrency: 1, pollSeconds: 0.5 });
    await waitFor(() => events.includes("end second"));
  });

  it("takes back a job whose worker stopped answering once its time limit has passed", async () => {
    const name = fresh("lease");
    const seen: { worker: string; attempt: number; deadline: Date }[] = [];
    const definitionFor = (worker: string) => ({
      [name]: job(
        tagged,
        async (_payload, running) => {
          seen.push({ worker, attempt: running.attempt, deadline: running.deadline });
          // The first worker hangs well past its lease (as a dead one would), then gives up.
          if (worker === "stuck") await sleep(6_000);
        },
        { retryLimit: 3, backoffSeconds: 1 },
      ),
    });
    const stuck = await queueOf(definitionFor("stuck"), { timeoutCap: 2 });
    await stuck.enqueue(name, { tag: "x" });
    await stuck.startWorker({ concurrency: 1, pollSeconds: 0.5 });
    await waitFor(() => seen.length >= 1);
    const started = Date.now();
    expect(seen[0]!.deadline.getTime() - started).toBeLessThanOrEqual(2_100);
    const rescuer = await queueOf(definitionFor("rescuer"), { timeoutCap: 2 });
    await rescuer.startWorker({ concurrency: 1, pollSeconds: 0.5 });
    await waitFor(() => seen.length >= 2, 20_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    expect(seen.map((s) => [s.worker, s.attempt])).toEqual([
      ["stuck", 1],
      ["rescuer", 2],
    ]);
    await sleep(5_000);
    // The stuck worker's late finish settles nothing: no third run.
    expect(seen).toHaveLength(2);
  }, 40_000);
});

describe(`recurring jobs (${process.env.TEST_DB})`, () => {
  // Mondays at 07:00 in New York: 12:00 UTC in winter (EST), 11:00 UTC from 8 March 2026 (EDT).
  const mondayMorning: WeeklySchedule = {
    weekday: 1,
    hour: 7,
    minute: 0,
    timeZone: "America/New_York",
  };

  it("fire once per period, at the week's moment in the time zone, whatever the workers", async () => {
    const name = fresh("weekly");
    const definitions = {
      [name]: {
        ...job(z.object({ scheduledFor: z.string() }), async () => undefined),
        schedule: () => mondayMorning,
      },
    };
    const a = await queueOf(definitions);
    const b = await queueOf(definitions);
    const at = (iso: string) => new Date(iso);

    // First look on a Wednesday: the week's Monday is due (catching up once).
    expect(await a.runSchedules(at("2026-03-04T15:00:00Z"))).toEqual([
      { name, occurrence: at("2026-03-02T12:00:00Z") },
    ]);
    expect(await a.runSchedules(at("2026-03-05T09:00:00Z"))).toEqual([]);
    expect(await b.runSchedules(at("2026-03-06T09:00:00Z"))).toEqual([]);
    // Monday 07:00 UTC is 03:00 in New York: not yet.
    expect(await a.runSchedules(at("2026-03-09T07:00:00Z"))).toEqual([]);
    expect(await b.runSchedules(at("2026-03-09T10:59:00Z"))).toEqual([]);
    // 07:00 EDT: two workers look at once, one job.
    const firings = await Promise.all([
      a.runSchedules(at("2026-03-09T11:00:30Z")),
      b.runSchedules(at("2026-03-09T11:00:30Z")),
    ]);
    expect(firings.flat()).toEqual([{ name, occurrence: at("2026-03-09T11:00:00Z") }]);
    expect(await b.runSchedules(at("2026-03-12T11:00:00Z"))).toEqual([]);
    // Down for two weeks: one catch-up for the latest Monday, not one per missed week.
    expect(await a.runSchedules(at("2026-03-25T08:00:00Z"))).toEqual([
      { name, occurrence: at("2026-03-23T11:00:00Z") },
    ]);
  });

  it("fire a schedule every few minutes once per period, on both workers' clocks", async () => {
    const name = fresh("minutes");
    const definitions = {
      [name]: {
        ...job(z.object({ scheduledFor: z.string() }), async () => undefined),
        schedule: () => ({ everyMinutes: 5, timeZone: "UTC" }) as const,
      },
    };
    const a = await queueOf(definitions);
    const b = await queueOf(definitions);
    const at = (iso: string) => new Date(iso);
    expect(await a.runSchedules(at("2026-03-09T11:02:00Z"))).toEqual([
      { name, occurrence: at("2026-03-09T11:00:00Z") },
    ]);
    expect(await b.runSchedules(at("2026-03-09T11:04:59Z"))).toEqual([]);
    const firings = await Promise.all([
      a.runSchedules(at("2026-03-09T11:05:10Z")),
      b.runSchedules(at("2026-03-09T11:05:10Z")),
    ]);
    expect(firings.flat()).toEqual([{ name, occurrence: at("2026-03-09T11:05:00Z") }]);
    expect(await a.runSchedules(at("2026-03-09T11:10:00Z"))).toEqual([
      { name, occurrence: at("2026-03-09T11:10:00Z") },
    ]);
  });
});
