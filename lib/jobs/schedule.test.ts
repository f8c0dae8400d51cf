// The weekly moment of a recurring job: "MON 07:00" read in any case, with full day names, and the
// latest such moment found in the schedule's time zone, across daylight-saving changes.
import { describe, expect, it } from "vitest";
import { cronOf, describeSchedule, latestOccurrence, parseWeeklySchedule } from "./schedule";

describe("weekly schedules", () => {
  it("read a weekday and a 24-hour time, and refuse anything else", () => {
    expect(parseWeeklySchedule("MON 07:00", "UTC")).toEqual({
      weekday: 1,
      hour: 7,
      minute: 0,
      timeZone: "UTC",
    });
    expect(parseWeeklySchedule(" sunday 18:30 ", "Europe/London")).toMatchObject({
      weekday: 0,
      hour: 18,
      minute: 30,
    });
    expect(parseWeeklySchedule("Fri 7:05", "UTC")).toMatchObject({
      weekday: 5,
      hour: 7,
      minute: 5,
    });
    for (const bad of ["", "MON", "07:00", "MON 24:00", "MON 07:60", "MONDAYS 07:00", "MON 7pm"])
      expect(parseWeeklySchedule(bad, "UTC"), bad).toBeNull();
    const schedule = parseWeeklySchedule("WED 09:15", "Asia/Manila")!;
    expect(cronOf(schedule)).toBe("15 9 * * 3");
    expect(describeSchedule(schedule)).toBe("WED 09:15 Asia/Manila");
  });

  it("find the latest moment at or before now, on the wall clock of the time zone", () => {
    const london = parseWeeklySchedule("MON 07:00", "Europe/London")!;
    // Winter (GMT): 07:00 UTC. The moment itself counts as come.
    expect(latestOccurrence(london, new Date("2026-01-12T07:00:00Z")).toISOString()).toBe(
      "2026-01-12T07:00:00.000Z",
    );
    expect(latestOccurrence(london, new Date("2026-01-12T06:59:59Z")).toISOString()).toBe(
      "2026-01-05T07:00:00.000Z",
    );
    expect(latestOccurrence(london, new Date("2026-01-18T23:00:00Z")).toISOString()).toBe(
      "2026-01-12T07:00:00.000Z",
    );
    // Summer (BST): 07:00 in London is 06:00 UTC; the week after the change moves with the clock.
    expect(latestOccurrence(london, new Date("2026-03-30T06:30:00Z")).toISOString()).toBe(
      "2026-03-30T06:00:00.000Z",
    );
    // Sunday evening in Manila is still Sunday morning in UTC: the time zone's day counts.
    const manila = parseWeeklySchedule("MON 08:00", "Asia/Manila")!;
    expect(latestOccurrence(manila, new Date("2026-01-12T00:30:00Z")).toISOString()).toBe(
      "2026-01-12T00:00:00.000Z",
    );
    expect(latestOccurrence(manila, new Date("2026-01-11T23:30:00Z")).toISOString()).toBe(
      "2026-01-05T00:00:00.000Z",
    );
  });
});

describe("an hourly schedule", () => {
  const hourly = { every: "hour", minute: 0, timeZone: "UTC" } as const;
  it("is due at the top of each hour, the latest at or before now", () => {
    expect(latestOccurrence(hourly, new Date("2031-01-13T15:30:00Z")).toISOString()).toBe(
      "2031-01-13T15:00:00.000Z",
    );
    expect(latestOccurrence(hourly, new Date("2031-01-13T15:00:00Z")).toISOString()).toBe(
      "2031-01-13T15:00:00.000Z",
    );
    expect(
      latestOccurrence({ ...hourly, minute: 30 }, new Date("2031-01-13T15:10:00Z")).toISOString(),
    ).toBe("2031-01-13T14:30:00.000Z");
  });
  it("reads as cron and in words", () => {
    expect(cronOf(hourly)).toBe("0 * * * *");
    expect(describeSchedule(hourly)).toBe("every hour at :00");
  });
});

describe("a schedule every few minutes", () => {
  const fiveMinutes = { everyMinutes: 5, timeZone: "UTC" } as const;
  it("is due on each fifth minute of the hour, the latest at or before now", () => {
    expect(latestOccurrence(fiveMinutes, new Date("2031-01-13T15:34:59Z")).toISOString()).toBe(
      "2031-01-13T15:30:00.000Z",
    );
    expect(latestOccurrence(fiveMinutes, new Date("2031-01-13T15:35:00Z")).toISOString()).toBe(
      "2031-01-13T15:35:00.000Z",
    );
    expect(latestOccurrence(fiveMinutes, new Date("2031-01-13T00:02:00Z")).toISOString()).toBe(
      "2031-01-13T00:00:00.000Z",
    );
  });
  it("reads as cron and in words", () => {
    expect(cronOf(fiveMinutes)).toBe("*/5 * * * *");
    expect(describeSchedule(fiveMinutes)).toBe("every 5 minutes");
  });
});
