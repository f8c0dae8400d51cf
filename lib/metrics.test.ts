// Metrics: one registry per process however many copies of this module are loaded (server.ts and
// Next.js's bundle each load one), bounded labels, the waiting-jobs gauge read on scrape, and the
// bearer token compared without leaking its length or content through time.
import { describe, expect, it, vi } from "vitest";

describe("metrics", () => {
  it("count into one registry from every copy of the module", async () => {
    const first = await import("./metrics");
    vi.resetModules();
    const second = await import("./metrics");
    expect(second).not.toBe(first);
    expect(second.metricsRegistry()).toBe(first.metricsRegistry());
    first.countPrayerRecorded();
    second.countPrayerRecorded();
    const text = await first.metricsRegistry().metrics();
    expect(text).toMatch(/^prayers_recorded_total 2$/m);
    // Default process metrics are there too.
    expect(text).toContain("process_cpu_seconds_total");
  });

  it("counts jobs by kind and reads the waiting jobs on each scrape", async () => {
    const metrics = await import("./metrics");
    metrics.countJob("completed", "follower-notice");
    metrics.countJob("failed", "follower-notice");
    metrics.countJob("completed", "digest");
    let waiting = 7;
    metrics.setWaitingJobsCounter(async () => waiting);
    let text = await metrics.metricsRegistry().metrics();
    expect(text).toMatch(/^jobs_completed_total\{job="follower-notice"\} 1$/m);
    expect(text).toMatch(/^jobs_failed_total\{job="follower-notice"\} 1$/m);
    expect(text).toMatch(/^jobs_waiting 7$/m);
    waiting = 3;
    text = await metrics.metricsRegistry().metrics();
    expect(text).toMatch(/^jobs_waiting 3$/m);
    metrics.setWaitingJobsCounter(() => Promise.reject(new Error("queue down")));
    expect(await metrics.metricsRegistry().metrics()).toMatch(/^jobs_waiting -1$/m);
  });

  it("labels requests by method, route pattern and status class", async () => {
    const { observeRequest, metricsRegistry, statusClass } = await import("./metrics");
    observeRequest("GET", "/requests/[id]", 200, 0.02);
    observeRequest("BREW", "/api/prayers", 418, 0.001);
    const text = await metricsRegistry().metrics();
    expect(text).toContain(
      'http_request_duration_seconds_bucket{le="0.025",method="GET",route="/requests/[id]",status_class="2xx"} 1',
    );
    expect(text).toContain('method="OTHER",route="/api/prayers",status_class="4xx"');
    expect([statusClass(101), statusClass(304), statusClass(503), statusClass(0)]).toEqual([
      "1xx",
      "3xx",
      "5xx",
      "5xx",
    ]);
  });

  it("accepts only the exact bearer token", async () => {
    const { bearerTokenMatches } = await import("./metrics");
    const token = "metrics-token-0123456789";
    expect(bearerTokenMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerTokenMatches(`bearer ${token}`, token)).toBe(true);
    expect(bearerTokenMatches(`Bearer ${token}x`, token)).toBe(false);
    expect(bearerTokenMatches(`Bearer ${token.slice(0, -1)}`, token)).toBe(false);
    expect(bearerTokenMatches(token, token)).toBe(false);
    expect(bearerTokenMatches("Bearer ", token)).toBe(false);
    expect(bearerTokenMatches(null, token)).toBe(false);
    expect(bearerTokenMatches(`Basic ${token}`, token)).toBe(false);
  });
});
