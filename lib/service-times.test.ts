// Reading service times as leaders type them.
import { describe, expect, it } from "vitest";
import { parseServiceTimes, serviceWindow } from "./service-times";

describe("service times", () => {
  it("reads 24-hour and am/pm times and ignores bare numbers", () => {
    expect(parseServiceTimes("9:00 and 11:00")).toEqual([540, 660]);
    expect(parseServiceTimes("10.30am, 6 pm")).toEqual([630, 1080]);
    expect(parseServiceTimes("2 services, 12 p.m.")).toEqual([720]);
    expect(parseServiceTimes("to be decided")).toEqual([]);
  });
  it("spans the services in the church's time zone", () => {
    const window = serviceWindow("2026-12-06", "9:00 and 11:00", "America/Chicago");
    expect(window?.start.toISOString()).toBe("2026-12-06T15:00:00.000Z");
    expect(window?.end.toISOString()).toBe("2026-12-06T18:30:00.000Z");
    expect(serviceWindow("2026-12-06", "morning", "UTC")).toBeNull();
  });
});
