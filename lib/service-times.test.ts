// Reading service times as leaders type them.
import { describe, expect, it } from "vitest";
import { parseServiceTimes } from "./service-times";

describe("service times", () => {
  it("reads 24-hour and am/pm times and ignores bare numbers", () => {
    expect(parseServiceTimes("9:00 and 11:00")).toEqual([540, 660]);
    expect(parseServiceTimes("10.30am, 6 pm")).toEqual([630, 1080]);
    expect(parseServiceTimes("2 services, 12 p.m.")).toEqual([720]);
    expect(parseServiceTimes("to be decided")).toEqual([]);
  });
});
