// "I prayed" pressed offline and sent later (lib/offline-prayers.ts), through the real route: it
// counts for the day it was pressed, sending it again counts nothing, and a moment in the future
// or more than three days old is refused (422) with a clear message and nothing written.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prayers } from "@/db/schema";
import { TEST_AUTH_SECRET, callRoute, sessionCookie } from "@/lib/testing/route-client";

process.env.AUTH_SECRET ??= TEST_AUTH_SECRET;

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

type Handler = Parameters<typeof callRoute>[0];

const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  const { ensureSeeded } = await import("@/lib/testing/data-fixtures");
  await ensureSeeded();
}, 120_000);

async function setUp() {
  const { makeUser, publicRequestIds } = await import("@/lib/testing/data-fixtures");
  const post = (await import("@/app/api/prayers/route")).POST as Handler;
  const member = await makeUser();
  const cookie = await sessionCookie(member);
  const [requestId] = await publicRequestIds();
  const send = (body: Record<string, unknown>) =>
    callRoute(post, { method: "POST", path: "/api/prayers", body: { requestId, ...body }, cookie });
  const rows = async () => {
    const { getDb } = await import("@/lib/data/db");
    return (await getDb())
      .select({ day: prayers.day })
      .from(prayers)
      .where(and(eq(prayers.userId, member.id), eq(prayers.requestId, requestId!)));
  };
  return { send, rows };
}

describe("a prayer marked offline", () => {
  it("counts once, for the day it was pressed, however often it is sent", async () => {
    const { send, rows } = await setUp();
    const { calendarDay } = await import("@/lib/time");
    const pressed = new Date(Date.now() - 26 * HOUR);
    const body = { prayedAt: pressed.toISOString(), key: crypto.randomUUID() };
    const first = await send(body);
    expect(first.status).toBe(200);
    const again = await send(body);
    expect(again.status).toBe(200);
    expect(again.json.counts).toEqual(first.json.counts);
    expect(await rows()).toEqual([{ day: calendarDay(pressed, "UTC") }]);
    // Today's own prayer is another day's: it counts as well.
    expect((await send({})).status).toBe(200);
    expect((await rows()).map((row) => row.day).sort()).toEqual(
      [calendarDay(pressed, "UTC"), calendarDay(new Date(), "UTC")].sort(),
    );
  });

  it("refuses a moment in the future, or more than three days old, and writes nothing", async () => {
    const { send, rows } = await setUp();
    const future = await send({ prayedAt: new Date(Date.now() + 2 * HOUR).toISOString() });
    expect(future.status).toBe(422);
    expect(JSON.stringify(future.json)).toContain("A prayer cannot be dated in the future");
    const old = await send({ prayedAt: new Date(Date.now() - 80 * HOUR).toISOString() });
    expect(old.status).toBe(422);
    expect(JSON.stringify(old.json)).toContain("can be sent for up to three days");
    const garbled = await send({ prayedAt: "yesterday", key: "not-a-key" });
    expect(garbled.status).toBe(422);
    expect(await rows()).toEqual([]);
  });
});
