// The reminder routes: settings checked with a clear message that changes nothing, a visitor asked
// to sign in, nobody touching another person's device, one click (DELETE) stopping everything, and
// the push endpoint only a push service's https address.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/permissions";
import { TEST_AUTH_SECRET, callRoute, sessionCookie } from "@/lib/testing/route-client";

process.env.AUTH_SECRET ??= TEST_AUTH_SECRET;

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let me: Actor;
let cookie: string;
beforeAll(async () => {
  const { ensureSeeded, makeUser } = await import("@/lib/testing/data-fixtures");
  await ensureSeeded();
  me = await makeUser();
  cookie = await sessionCookie(me);
});

const routes = async () => ({
  reminder: await import("./me/reminder/route"),
  devices: await import("./me/push-subscriptions/route"),
});
const put = async (body: unknown, who = cookie) =>
  callRoute((await routes()).reminder.PUT, {
    method: "PUT",
    path: "/api/me/reminder",
    body,
    cookie: who,
  });
const device = {
  endpoint: `https://fcm.googleapis.com/fcm/send/${crypto.randomUUID()}`,
  keys: { p256dh: `B${"q".repeat(86)}`, auth: "a".repeat(22) },
  expirationTime: null,
};

describe("PUT /api/me/reminder", () => {
  it("saves days and a time, and refuses bad ones with a clear message, changing nothing", async () => {
    const saved = await put({ days: [1, 3, 5], time: "06:30", byPush: false, byEmail: true });
    expect(saved).toMatchObject({
      status: 200,
      json: { ok: true, reminder: { days: [1, 3, 5], time: "06:30", active: true } },
    });
    for (const [body, error] of [
      [{ days: [], time: "06:30", byPush: false, byEmail: true }, "Choose at least one day"],
      [{ days: [7], time: "06:30", byPush: false, byEmail: true }, "Choose days of the week"],
      [
        { days: [1], time: "25:00", byPush: false, byEmail: true },
        "Give the time as HH:MM, from 00:00 to 23:59",
      ],
      [
        { days: [1], time: "6:30pm", byPush: false, byEmail: true },
        "Give the time as HH:MM, from 00:00 to 23:59",
      ],
      [
        { days: [1], time: "06:30", byPush: false, byEmail: false },
        "Choose how to be reminded: a notification, an e-mail or both.",
      ],
    ] as const) {
      const refused = await put(body);
      expect(refused.status, JSON.stringify(body)).toBe(422);
      expect(refused.json.error).toBe(error);
    }
    const response = await (
      await routes()
    ).reminder.GET(new Request("http://localhost:3000/api/me/reminder", { headers: { cookie } }));
    const read = { json: (await response.json()) as Record<string, unknown> };
    expect(read.json).toMatchObject({ reminder: { days: [1, 3, 5], time: "06:30" } });
  });

  it("answers in the reader's language", async () => {
    const { reminder } = await routes();
    const response = await reminder.PUT(
      new Request("http://localhost:3000/api/me/reminder", {
        method: "PUT",
        headers: { "content-type": "application/json", cookie, "x-intercede-locale": "es" },
        body: JSON.stringify({ days: [], time: "06:30", byPush: false, byEmail: true }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: string }).error).toBe("Elija al menos un día");
  });

  it("a visitor gets 401 and no data; DELETE stops everything in one click", async () => {
    const { reminder } = await routes();
    const visitor = await reminder.GET(new Request("http://localhost:3000/api/me/reminder"));
    expect(visitor.status).toBe(401);
    expect(await visitor.json()).not.toHaveProperty("reminder");
    expect(await put({ days: [1], time: "06:30", byPush: false, byEmail: true }, "")).toMatchObject(
      {
        status: 401,
      },
    );
    const stopped = await callRoute(reminder.DELETE, {
      method: "DELETE",
      path: "/api/me/reminder",
      body: {},
      cookie,
    });
    expect(stopped).toMatchObject({ status: 200, json: { ok: true, reminder: { active: false } } });
  });
});

describe("/api/me/push-subscriptions", () => {
  it("keeps this browser's subscription; only a push service's https address is taken", async () => {
    const { devices } = await routes();
    const post = (body: unknown, who = cookie) =>
      callRoute(devices.POST, {
        method: "POST",
        path: "/api/me/push-subscriptions",
        body,
        cookie: who,
      });
    expect(await post(device)).toMatchObject({ status: 201, json: { ok: true, devices: 1 } });
    for (const endpoint of [
      "http://fcm.googleapis.com/fcm/send/x",
      "https://127.0.0.1/push",
      "https://localhost/push",
      "https://[::1]/push",
      "not a url",
      `https://push.example.net/${"x".repeat(1000)}`,
    ]) {
      const refused = await post({ ...device, endpoint });
      expect(refused.status, endpoint).toBe(422);
    }
    expect(await post({ ...device, keys: { p256dh: "x", auth: "y" } })).toMatchObject({
      status: 422,
    });
    expect(await post(device, "")).toMatchObject({ status: 401 });
  });

  it("nobody removes or takes another person's device", async () => {
    const { makeUser } = await import("@/lib/testing/data-fixtures");
    const other = await sessionCookie(await makeUser());
    const { devices } = await routes();
    const remove = (who: string) =>
      callRoute(devices.DELETE, {
        method: "DELETE",
        path: "/api/me/push-subscriptions",
        body: { endpoint: device.endpoint },
        cookie: who,
      });
    expect(await remove(other)).toMatchObject({ status: 403 });
    const taken = await callRoute(devices.POST, {
      method: "POST",
      path: "/api/me/push-subscriptions",
      body: { ...device, keys: { ...device.keys, auth: "b".repeat(22) } },
      cookie: other,
    });
    expect(taken).toMatchObject({ status: 403 });
    expect(await remove(cookie)).toMatchObject({ status: 200, json: { removed: true } });
  });
});
