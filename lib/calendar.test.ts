// The calendar file, read back by an independent iCalendar parser (node-ical).
import ical from "node-ical";
import { describe, expect, it } from "vitest";
import { serviceCalendar } from "./calendar";

const event = {
  id: 7,
  churchName: 'St Mark\'s; Church, "Downtown"',
  city: "Chicago",
  country: "United States",
  date: "2026-12-06",
  serviceTimes: "9:00 and 11:00",
  timeZone: "America/Chicago",
  notes: "Bring the guides.",
};

describe("the Freedom Sunday calendar file", () => {
  it("is valid iCalendar in the church's time zone, with its VTIMEZONE", () => {
    const text = serviceCalendar(event, "https://intercede.example/freedom-sunday/7");
    expect(text).toContain("BEGIN:VTIMEZONE");
    expect(text).toContain("TZID:America/Chicago");
    expect(text).toMatch(/DTSTART;TZID=America\/Chicago:20261206T090000/);
    const parsed = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === "VEVENT");
    expect(parsed).toHaveLength(1);
    const vevent = parsed[0] as ical.VEvent;
    // 09:00 in Chicago in December is 15:00 UTC; the service span runs to 90 minutes after 11:00.
    expect(vevent.start.toISOString()).toBe("2026-12-06T15:00:00.000Z");
    expect(vevent.end?.toISOString()).toBe("2026-12-06T18:30:00.000Z");
    expect(vevent.summary).toBe(`Freedom Sunday at ${event.churchName}`);
    expect(vevent.uid).toBe("freedom-sunday-7@intercede");
    expect(text.split("\r\n").every((line) => line.length <= 75)).toBe(true);
  });

  it("writes UTC times with a Z, and an all-day event when no time can be read", () => {
    const utc = serviceCalendar({ ...event, timeZone: "UTC" }, "https://x.example/");
    expect(utc).toMatch(/DTSTART:20261206T090000Z/);
    expect(utc).not.toContain("VTIMEZONE");
    const allDay = serviceCalendar({ ...event, serviceTimes: "morning" }, "https://x.example/");
    expect(allDay).toMatch(/DTSTART;VALUE=DATE:20261206/);
    const parsed = Object.values(ical.sync.parseICS(allDay)).find((c) => c?.type === "VEVENT");
    expect((parsed as ical.VEvent).datetype).toBe("date");
  });

  it("speaks the language of the person downloading it, with the same times and zone", () => {
    const text = serviceCalendar(event, "https://intercede.example/pt/freedom-sunday/7", "pt");
    expect(text).toContain("TZID:America/Chicago");
    expect(text).toMatch(/DTSTART;TZID=America\/Chicago:20261206T090000/);
    const vevent = Object.values(ical.sync.parseICS(text)).find(
      (c) => c?.type === "VEVENT",
    ) as ical.VEvent;
    expect(vevent.summary).toBe(`Domingo da Liberdade em ${event.churchName}`);
    expect(vevent.description).toBe(
      "Cultos: 9:00 and 11:00\nBring the guides.\nhttps://intercede.example/pt/freedom-sunday/7",
    );
    expect(text).toContain("X-WR-CALNAME:Domingo da Liberdade");
    expect(text).not.toMatch(/Services:|Freedom Sunday at/);
  });
});
