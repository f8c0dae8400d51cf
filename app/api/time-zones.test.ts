// Each person's own time zone: "one prayer a day" turns at their midnight, and staff schedule a
// bulletin in theirs (issue 13). A church's zone is tested with the church functions.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { bulletins, users } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { TEST_AUTH_SECRET, callRoute, sessionCookie } from "@/lib/testing/route-client";

process.env.AUTH_SECRET ??= TEST_AUTH_SECRET;

// Outside a running Next.js server: cache invalidation is a no-op and after() runs at once.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  after: (task: () => unknown) => void Promise.resolve().then(task),
}));

async function db() {
  return (await import("@/lib/data/db")).getDb();
}

async function personIn(timeZone: string, role: Actor["role"] = "member"): Promise<Actor> {
  const { makeUser } = await import("@/lib/testing/data-fixtures");
  const { setMyTimeZone } = await import("@/lib/data/account");
  const actor = await makeUser(role);
  expect(await setMyTimeZone(actor, { timeZone })).toEqual({ ok: true });
  return actor;
}

let requestId: number;
beforeAll(async () => {
  const { ensureSeeded, publicRequestIds } = await import("@/lib/testing/data-fixtures");
  await ensureSeeded();
  requestId = (await publicRequestIds())[0]!;
});

describe("one prayer a day, by the person's own midnight", () => {
  it("members in Los Angeles and Auckland praying either side of their midnight get two days", async () => {
    const { recordPrayer } = await import("@/lib/data/prayers");
    const { requestCounters } = await import("@/lib/testing/data-fixtures");
    const cases = [
      // 23:30 and 00:30 in Los Angeles (UTC−8 in November): 07:30 and 08:30 UTC, one UTC day.
      {
        zone: "America/Los_Angeles",
        before: "2026-11-28T07:30:00Z",
        after: "2026-11-28T08:30:00Z",
      },
      // 23:30 and 00:30 in Auckland (UTC+13 in November): 10:30 and 11:30 UTC, one UTC day.
      { zone: "Pacific/Auckland", before: "2026-11-28T10:30:00Z", after: "2026-11-28T11:30:00Z" },
    ];
    for (const { zone, before, after } of cases) {
      const person = await personIn(zone);
      const start = (await requestCounters(requestId))!.times;
      expect(await recordPrayer(person, requestId, new Date(before))).toMatchObject({
        ok: true,
        recorded: true,
      });
      expect(await recordPrayer(person, requestId, new Date(after))).toMatchObject({
        ok: true,
        recorded: true,
      });
      expect((await requestCounters(requestId))!.times).toBe(start + 2);
      // A member in UTC at the same two moments prayed on one day: the second counts nothing.
      const utc = await personIn("UTC");
      await recordPrayer(utc, requestId, new Date(before));
      expect(await recordPrayer(utc, requestId, new Date(after))).toMatchObject({
        ok: true,
        recorded: false,
      });
    }
  });

  it("refuses a time zone that is not one, and changes nothing", async () => {
    const { setMyTimeZone } = await import("@/lib/data/account");
    const person = await personIn("Asia/Manila");
    expect(await setMyTimeZone(person, { timeZone: "Moon/Tranquility" })).toMatchObject({
      ok: false,
      status: 422,
      error: "Choose a time zone from the list",
    });
    expect(await setMyTimeZone(null, { timeZone: "UTC" })).toMatchObject({
      ok: false,
      status: 401,
    });
    const [row] = await (
      await db()
    )
      .select({ timeZone: users.timeZone })
      .from(users)
      .where(eq(users.id, person.id));
    expect(row?.timeZone).toBe("Asia/Manila");
  });
});

describe("staff schedule in their own time zone", () => {
  it("a bulletin scheduled for 09:00 by staff in Manila is due at 01:00 UTC", async () => {
    const { saveBulletin } = await import("@/lib/data/staff");
    const publish = (
      (await import("@/app/api/staff/bulletins/[id]/publish/route")) as unknown as { POST: never }
    ).POST;
    const staff = await personIn("Asia/Manila", "staff");
    const draft = await saveBulletin(staff, null, {
      title: "Scheduled from Manila",
      verseText: "Seek justice, defend the oppressed.",
      verseReference: "Isaiah 1:17",
      notes: [],
      items: [
        {
          requestId: null,
          region: "southeast-asia",
          country: "Philippines",
          kind: "request",
          title: "A hearing in Cebu",
          body: "Pray for the hearing in Cebu next week.",
        },
      ],
    });
    if (!draft.ok) throw new Error(draft.error);
    const year = new Date().getUTCFullYear() + 1;
    const response = await callRoute(publish, {
      method: "POST",
      path: `/api/staff/bulletins/${draft.id}/publish`,
      params: { id: String(draft.id) },
      body: { at: `${year}-03-01T09:00` },
      cookie: await sessionCookie(staff),
    });
    expect(response.status).toBe(200);
    const [row] = await (
      await db()
    )
      .select({ publishAt: bulletins.publishAt, status: bulletins.status })
      .from(bulletins)
      .where(eq(bulletins.id, draft.id));
    expect(row?.publishAt?.toISOString()).toBe(`${year}-03-01T01:00:00.000Z`);
    expect(row?.status).toBe("scheduled");
  });
});
