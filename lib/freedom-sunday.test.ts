// Freedom Sunday rules: which dates a service may take (in different time zones), the default
// checklist's due dates, how status moves, and signed invite tokens.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_TASKS,
  addDays,
  createInviteToken,
  daysBetween,
  defaultTasksFor,
  dueLabel,
  hashInviteToken,
  invitePath,
  isIsoDate,
  isSunday,
  nextSunday,
  serviceDateError,
  serviceDayHasCome,
  statusChangeError,
  sundayError,
  verifyInviteToken,
} from "./freedom-sunday";
import { eventSchema, reportSchema } from "./validation/churches";

describe("service dates", () => {
  it("knows real dates and Sundays", () => {
    expect(isIsoDate("2026-11-29")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("2026-11-29T00:00")).toBe(false);
    expect(isIsoDate("29/11/2026")).toBe(false);
    expect(isSunday("2026-11-29")).toBe(true);
    expect(isSunday("2026-11-28")).toBe(false);
    expect(isSunday("2028-02-27")).toBe(true); // the Sunday before a leap day
  });

  it("names the weekday a date really falls on", () => {
    expect(sundayError("2026-11-28")).toBe(
      "Freedom Sunday is on a Sunday: 28 November 2026 is a Saturday.",
    );
    expect(sundayError("2026-11-30")).toMatch(/is a Monday\.$/);
    expect(sundayError("2026-13-01")).toMatch(/YYYY-MM-DD/);
    expect(sundayError("2026-11-29")).toBeNull();
  });

  it("decides 'today' on the calendar of the time zone it is given", () => {
    // 20:00 UTC on Sunday 6 December 2026 is already Monday morning in Auckland (UTC+13).
    const sundayEveningUtc = new Date("2026-12-06T20:00:00Z");
    expect(serviceDateError("2026-12-06", sundayEveningUtc, "UTC")).toBeNull();
    expect(serviceDateError("2026-12-06", sundayEveningUtc, "Pacific/Auckland")).toBe(
      "That date has passed.",
    );
    // 05:00 UTC on that Sunday is still Saturday evening in Los Angeles: the Sunday is tomorrow.
    const sundayDawnUtc = new Date("2026-12-06T05:00:00Z");
    expect(serviceDateError("2026-12-06", sundayDawnUtc, "America/Los_Angeles")).toBeNull();
    expect(serviceDayHasCome("2026-12-06", sundayDawnUtc, "America/Los_Angeles")).toBe(false);
    expect(serviceDayHasCome("2026-12-06", sundayDawnUtc, "UTC")).toBe(true);
    expect(serviceDateError("2026-11-29", sundayDawnUtc, "UTC")).toBe("That date has passed.");
    // A weekday is refused before the calendar is even looked at.
    expect(serviceDateError("2026-12-05", sundayDawnUtc, "UTC")).toMatch(/is a Saturday/);
  });

  it("offers the next Sunday on or after today", () => {
    expect(nextSunday(new Date("2026-12-02T12:00:00Z"), "UTC")).toBe("2026-12-06");
    expect(nextSunday(new Date("2026-12-06T12:00:00Z"), "UTC")).toBe("2026-12-06");
    // Sunday night in New York is Monday in UTC: the next Sunday there is still today.
    expect(nextSunday(new Date("2026-12-07T02:00:00Z"), "America/New_York")).toBe("2026-12-06");
    expect(nextSunday(new Date("2026-12-07T02:00:00Z"), "UTC")).toBe("2026-12-13");
  });

  it("does calendar arithmetic across months, years and clock changes", () => {
    expect(addDays("2026-12-27", 7)).toBe("2027-01-03");
    expect(addDays("2026-03-29", -42)).toBe("2026-02-15");
    expect(daysBetween("2026-03-22", "2026-04-05")).toBe(14);
    expect(daysBetween("2026-04-05", "2026-03-22")).toBe(-14);
  });
});

describe("the default checklist", () => {
  it("works out each task's due date from the service date", () => {
    const tasks = defaultTasksFor("2026-11-29", "2026-10-01");
    expect(tasks).toHaveLength(DEFAULT_TASKS.length);
    expect(tasks.map((t) => [t.title, t.dueDate])).toEqual([
      ["Pick the date and put it in the church calendar", "2026-10-18"],
      ["Plan the sermon", "2026-11-01"],
      ["Plan the prayer time", "2026-11-08"],
      ["Recruit volunteers for the service", "2026-11-08"],
      ["Prepare the prayer guide", "2026-11-15"],
      ["Promote Freedom Sunday to the congregation", "2026-11-22"],
      ["Hold the Freedom Sunday service", "2026-11-29"],
      ["Report back: attendance and commitments", "2026-12-06"],
    ]);
    expect(tasks.map((t) => t.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("squeezes into the days left when the Sunday is near: no task starts out overdue", () => {
    // A Sunday two days away (the case a church in Nairobi met: six of eight overdue at once).
    const near = defaultTasksFor("2026-11-29", "2026-11-27");
    expect(near.map((t) => t.dueDate)).toEqual([
      "2026-11-27",
      "2026-11-28",
      "2026-11-28",
      "2026-11-28",
      "2026-11-28",
      "2026-11-28",
      "2026-11-29",
      "2026-12-06",
    ]);
    for (const today of ["2026-11-29", "2026-11-28", "2026-11-20", "2026-11-08", "2026-10-19"]) {
      const tasks = defaultTasksFor("2026-11-29", today);
      const dates = tasks.map((t) => t.dueDate);
      expect(dates.every((d) => d >= today)).toBe(true);
      expect(dates).toEqual([...dates].sort());
      expect(tasks.map((t) => dueLabel(t.dueDate, today, false).overdue)).not.toContain(true);
    }
    // Three weeks ahead: spread over the three weeks, in the template's proportions.
    expect(defaultTasksFor("2026-11-29", "2026-11-08").map((t) => t.dueDate)).toEqual([
      "2026-11-08",
      "2026-11-15",
      "2026-11-19",
      "2026-11-19",
      "2026-11-22",
      "2026-11-26",
      "2026-11-29",
      "2026-12-06",
    ]);
  });

  it("says when a task is due in the app's date format, and marks it overdue", () => {
    const today = "2026-11-27";
    expect(dueLabel("2026-11-20", today, false)).toEqual({
      text: "Overdue: it was due 20 November 2026",
      overdue: true,
    });
    expect(dueLabel("2026-11-20", today, true)).toEqual({
      text: "Due 20 November 2026",
      overdue: false,
    });
    expect(dueLabel(today, today, false).text).toBe("Due today");
    expect(dueLabel("2026-11-28", today, false).text).toBe("This week: Saturday 28 November 2026");
    expect(dueLabel("2026-12-06", today, false).text).toBe("Due 6 December 2026");
    expect(dueLabel(null, today, false).text).toBe("No due date");
  });

  it("has the service itself and the report after it", () => {
    expect(DEFAULT_TASKS.filter((t) => t.offsetDays === 0)).toHaveLength(1);
    expect(DEFAULT_TASKS.at(-1)!.offsetDays).toBeGreaterThan(0);
    // In date order, so the checklist reads as a timeline.
    const offsets = DEFAULT_TASKS.map((t) => t.offsetDays);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });
});

describe("status", () => {
  it("moves planning → confirmed → held, and confirmed back to planning", () => {
    expect(statusChangeError("planning", "confirmed")).toBeNull();
    expect(statusChangeError("confirmed", "held")).toBeNull();
    expect(statusChangeError("confirmed", "planning")).toBeNull();
    expect(statusChangeError("planning", "planning")).toBeNull();
    expect(statusChangeError("planning", "held")).toMatch(/Confirm the plan/);
    expect(statusChangeError("held", "confirmed")).toMatch(/has been held/);
    expect(statusChangeError("held", "planning")).toMatch(/has been held/);
  });
});

describe("invite tokens", () => {
  const secret = "test-secret-0123456789abcdefghijklmnopqrstuvwxyz";

  it("verifies a token it signed, and only with the same secret", async () => {
    const token = await createInviteToken(secret);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
    expect(invitePath(token)).toBe(`/join/${token}`);
    expect(await verifyInviteToken(token, secret)).toBe(true);
    expect(await verifyInviteToken(token, `${secret}x`)).toBe(false);
  });

  it("rejects tampered and made-up tokens", async () => {
    const token = await createInviteToken(secret);
    const [random, signature] = token.split(".") as [string, string];
    const flip = (s: string, i: number) =>
      s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
    expect(await verifyInviteToken(`${flip(random, 5)}.${signature}`, secret)).toBe(false);
    expect(await verifyInviteToken(`${random}.${flip(signature, 10)}`, secret)).toBe(false);
    const other = await createInviteToken(secret);
    expect(await verifyInviteToken(`${random}.${other.split(".")[1]}`, secret)).toBe(false);
    for (const bad of ["", ".", random, `${random}.`, `${token}.x`, `${token} `, "a".repeat(87)])
      expect(await verifyInviteToken(bad, secret)).toBe(false);
  });

  it("makes a different token each time and stores only a hash", async () => {
    const tokens = await Promise.all(Array.from({ length: 20 }, () => createInviteToken(secret)));
    expect(new Set(tokens).size).toBe(20);
    const hash = await hashInviteToken(tokens[0]!);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(await hashInviteToken(tokens[0]!));
    expect(hash).not.toBe(await hashInviteToken(tokens[1]!));
    expect(hash).not.toContain(tokens[0]!.split(".")[0]);
  });
});

describe("the forms' rules", () => {
  it("refuses a Saturday and bad attendance with clear messages", () => {
    const saturday = eventSchema.safeParse({ date: "2026-11-28" });
    expect(saturday.success).toBe(false);
    expect(saturday.error?.issues[0]?.message).toBe(
      "Freedom Sunday is on a Sunday: 28 November 2026 is a Saturday.",
    );
    for (const [value, message] of [
      [-1, /cannot be negative/],
      [1_000_000, /at most 100,000/],
      [2.5, /whole number/],
      ["many", /must be a number/],
    ] as const) {
      const parsed = eventSchema.safeParse({ date: "2026-11-29", expectedAttendance: value });
      expect(parsed.error?.issues[0]?.message).toMatch(message);
    }
  });

  it("reads form values: blank attendance is none, a checkbox is a boolean", () => {
    expect(
      eventSchema.parse({ date: "2026-11-29", expectedAttendance: "", isPublic: "on" }),
    ).toEqual({
      date: "2026-11-29",
      serviceTimes: "",
      expectedAttendance: null,
      isPublic: true,
      notes: "",
    });
    expect(eventSchema.parse({ date: "2026-11-29", expectedAttendance: "120" })).toMatchObject({
      expectedAttendance: 120,
    });
    // A report needs a number: blank is not zero.
    expect(reportSchema.safeParse({ attendance: "" }).success).toBe(false);
    expect(reportSchema.parse({ attendance: "0" })).toEqual({ attendance: 0, commitments: "" });
  });
});

describe("the checklist template in other languages", () => {
  it("every template task has a key, so a plan's stored titles read in the reader's language", async () => {
    const { DEFAULT_TASKS, DEFAULT_TASK_KEYS } = await import("./freedom-sunday");
    const { readFileSync } = await import("node:fs");
    for (const locale of ["en", "es", "fr", "pt"]) {
      const tasks = JSON.parse(readFileSync(`messages/${locale}/churches.json`, "utf8")).checklist
        .tasks as Record<string, string>;
      for (const task of DEFAULT_TASKS) {
        const key = DEFAULT_TASK_KEYS[task.title];
        expect(key, task.title).toBeTruthy();
        expect(tasks[key!], `${locale} ${key}`).toBeTruthy();
        if (locale === "en") expect(tasks[key!]).toBe(task.title);
      }
    }
  });
});
