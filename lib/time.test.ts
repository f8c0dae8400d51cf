// Calendar arithmetic in the organisation's time zone.
import { describe, expect, it } from "vitest";
import { calendarDay, parseLocalDateTime, toLocalDateTime, weekStart } from "./time";

describe("days and weeks", () => {
  it("puts an instant on the right calendar day in a time zone", () => {
    expect(calendarDay(new Date("2026-03-10T03:00:00Z"), "America/New_York")).toBe("2026-03-09");
    expect(calendarDay(new Date("2026-03-10T03:00:00Z"), "UTC")).toBe("2026-03-10");
  });
  it("starts weeks on Monday", () => {
    expect(weekStart(new Date("2026-11-29T12:00:00Z"), "UTC")).toBe("2026-11-23");
    expect(weekStart(new Date("2026-11-23T00:00:00Z"), "UTC")).toBe("2026-11-23");
  });
});

describe("publish times from a datetime-local field", () => {
  it("reads wall-clock time in the organisation's zone, across daylight saving", () => {
    expect(parseLocalDateTime("2026-12-06T09:00", "UTC")?.toISOString()).toBe(
      "2026-12-06T09:00:00.000Z",
    );
    expect(parseLocalDateTime("2026-12-06T09:00", "America/New_York")?.toISOString()).toBe(
      "2026-12-06T14:00:00.000Z",
    );
    expect(parseLocalDateTime("2026-07-06T09:00", "America/New_York")?.toISOString()).toBe(
      "2026-07-06T13:00:00.000Z",
    );
    expect(parseLocalDateTime("2026-12-06T09:00:00Z", "Asia/Manila")?.toISOString()).toBe(
      "2026-12-06T09:00:00.000Z",
    );
    expect(toLocalDateTime(new Date("2026-12-06T14:00:00Z"), "America/New_York")).toBe(
      "2026-12-06T09:00",
    );
  });
  it("refuses dates that do not exist and other shapes", () => {
    for (const bad of [
      "2026-02-30T09:00",
      "2026-13-01T09:00",
      "2026-12-06T25:00",
      "06/12/2026 9am",
      "",
      "2026-12-06",
    ])
      expect(parseLocalDateTime(bad, "UTC"), bad).toBeNull();
  });
});
