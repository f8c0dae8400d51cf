// Prayer meetings on every dialect: one per presenter, only they move it (kept within its steps),
// and "praying now" counts the screens seen in the last seconds, never more than its bound.
import { beforeAll, describe, expect, it } from "vitest";
import { ensureSeeded, makeUser } from "@/lib/testing/data-fixtures";
import { getMeeting, markPresent, moveMeeting, PRESENCE_MS, startMeeting } from "./meetings";
import { getGuidedPrayer } from "./prayers";

beforeAll(async () => {
  await ensureSeeded();
});

const screen = (n: number) => `screen${String(n).padStart(12, "0")}`;

describe("prayer meetings", () => {
  it("start on the latest bulletin's requests in a fixed order; one meeting per presenter", async () => {
    const me = await makeUser();
    const first = await startMeeting(me);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const meeting = await getMeeting(first.id);
    const guided = await getGuidedPrayer();
    expect(meeting).toMatchObject({ step: -1, presenterId: me.id });
    expect([...meeting!.requestIds].sort()).toEqual(guided.items.map((i) => i.id).sort());
    const second = await startMeeting(me);
    expect(second.ok && second.id).not.toBe(first.id);
    expect(await getMeeting(first.id)).toBeNull();
    expect(await startMeeting(null)).toMatchObject({ ok: false, status: 401 });
  });

  it("move only by the presenter, within the verse and the end", async () => {
    const [me, other] = [await makeUser(), await makeUser()];
    const started = await startMeeting(me);
    if (!started.ok) throw new Error("not started");
    const total = (await getMeeting(started.id))!.requestIds.length;
    expect(await moveMeeting(me, started.id, 1)).toEqual({ ok: true, step: 1 });
    expect(await moveMeeting(me, started.id, 999)).toEqual({ ok: true, step: total });
    expect(await moveMeeting(me, started.id, -5)).toEqual({ ok: true, step: -1 });
    expect(await moveMeeting(other, started.id, 2)).toMatchObject({ ok: false, status: 403 });
    expect(await moveMeeting(null, started.id, 2)).toMatchObject({ ok: false, status: 401 });
    expect(await moveMeeting(me, "nosuchmeetin", 2)).toMatchObject({ ok: false, status: 404 });
    expect((await getMeeting(started.id))!.step).toBe(-1);
  });

  it("count the screens seen in the last seconds, each once", async () => {
    const me = await makeUser();
    const started = await startMeeting(me);
    if (!started.ok) throw new Error("not started");
    const at = new Date("2026-11-29T10:00:00Z");
    await markPresent(started.id, screen(1), at);
    await markPresent(started.id, screen(1), at);
    const two = await markPresent(started.id, screen(2), at);
    expect(two).toEqual({ ok: true, step: -1, praying: 2 });
    // Screen 1 went away; screen 2 is still asking.
    const later = new Date(at.getTime() + PRESENCE_MS + 1);
    expect(await markPresent(started.id, screen(2), later)).toMatchObject({ praying: 1 });
    await moveMeeting(me, started.id, 0);
    expect(await markPresent(started.id, screen(3), later)).toMatchObject({ step: 0, praying: 2 });
    expect(await markPresent("nosuchmeetin", screen(1))).toMatchObject({ ok: false, status: 404 });
  });
});
