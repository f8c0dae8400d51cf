// Reminders by Web Push in the browser, with the real service worker (project "offline"):
//  - a member turns on "Notification on this device" on /me: the browser's subscription reaches the
//    server, and "Stop reminders" removes it. This machine reaches no push service (Chromium's is
//    Google's), so PushManager#subscribe is answered here by a stand-in subscription; the server's
//    side of a push (VAPID signature, encryption, 410) is tested against a local push service in
//    lib/jobs/reminders.test.ts;
//  - a push delivered to the service worker (DevTools' own "push" message) shows the reminder, and
//    the address it opens is the member's /pray on this site, never another site's.
import { randomInt } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { checkAccessibility as expectAccessible, expect, test, uniqueEmail } from "./fixtures";

async function openContext(browser: Browser, baseURL: string | undefined, width: number) {
  return browser.newContext({
    viewport: { width, height: 900 },
    baseURL,
    serviceWorkers: "allow",
    permissions: ["notifications"],
    extraHTTPHeaders: { "x-forwarded-for": `10.78.${randomInt(256)}.${randomInt(1, 255)}` },
  });
}

/** The notifications the service worker is showing: title, body and the page each opens. */
function shown(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((n) => ({
      title: n.title,
      body: n.body,
      url: (n.data as { url?: string } | null)?.url,
    }));
  });
}

for (const width of [390, 1280]) {
  test(`a member turns on notifications on /me and stops them in one click (${width} px)`, async ({
    browser,
    baseURL,
  }) => {
    const context = await openContext(browser, baseURL, width);
    // The stand-in for the push service's answer: a subscription as Chromium would give one.
    // It lasts across reloads, as a real one does (kept in sessionStorage here).
    await context.addInitScript(() => {
      const KEY = "e2e:push-subscription";
      const endpoint =
        sessionStorage.getItem(`${KEY}:endpoint`) ??
        `https://push.example.net/send/${crypto.randomUUID()}`;
      sessionStorage.setItem(`${KEY}:endpoint`, endpoint);
      const json = {
        endpoint,
        expirationTime: null,
        keys: {
          p256dh:
            "BGANnQdpmwkCbYUy7aCQ4Uwqe6dL_hkqbre0TlRAy3LGQXoGzKjkGH4LlRc7kjKWJsbqIA83kG2SPVGuETDWH2g",
          auth: "gTwM9Ovvd9eaNhVUlf5C2g",
        },
      };
      const subscription = {
        endpoint,
        toJSON: () => json,
        unsubscribe: async () => {
          sessionStorage.removeItem(KEY);
          return true;
        },
      } as unknown as PushSubscription;
      PushManager.prototype.subscribe = async function () {
        sessionStorage.setItem(KEY, "on");
        return subscription;
      };
      PushManager.prototype.getSubscription = async function () {
        return sessionStorage.getItem(KEY) === "on" ? subscription : null;
      };
    });
    const page = await context.newPage();
    const signUp = await page.request.post("/api/account/sign-up", {
      data: { name: "Push Tester", email: uniqueEmail("push"), password: "a long enough password" },
    });
    expect(signUp.status()).toBe(201);
    await page.goto("/me");
    await page.evaluate(() => navigator.serviceWorker.ready);
    const section = page.getByRole("region", { name: "Prayer reminder", exact: true });
    await section.getByRole("group", { name: "Days" }).getByLabel("Wednesday").check();
    await section.getByLabel("Time").fill("21:15");
    const how = section.getByRole("group", { name: "Remind me by" });
    await how.getByLabel("Notification on this device").check();
    await how.getByLabel("E-mail").uncheck();
    await section.getByRole("button", { name: "Save reminder" }).click();
    await expect(section.getByRole("status").filter({ hasText: "Reminder saved." })).toBeVisible();
    const saved = await (await page.request.get("/api/me/reminder")).json();
    expect(saved).toMatchObject({
      reminder: {
        active: true,
        days: [3],
        time: "21:15",
        byPush: true,
        byEmail: false,
        devices: 1,
      },
    });

    // Back on the page later: this browser is shown as one that gets them.
    await page.reload();
    await expect(how.getByLabel("Notification on this device")).toBeChecked();

    // Another device of theirs (a phone) turns them on too; unticked here, only this one stops.
    const phone = await page.request.post("/api/me/push-subscriptions", {
      data: {
        endpoint: `https://push.example.net/send/phone-${randomInt(1e9)}`,
        keys: {
          p256dh:
            "BGANnQdpmwkCbYUy7aCQ4Uwqe6dL_hkqbre0TlRAy3LGQXoGzKjkGH4LlRc7kjKWJsbqIA83kG2SPVGuETDWH2g",
          auth: "gTwM9Ovvd9eaNhVUlf5C2g",
        },
      },
    });
    expect(phone.status()).toBe(201);
    await page.reload();
    await how.getByLabel("Notification on this device").uncheck();
    await how.getByLabel("E-mail").check();
    await section.getByRole("button", { name: "Save reminder" }).click();
    await expect(section.getByRole("status").filter({ hasText: "Reminder saved." })).toBeVisible();
    const oneLeft = await (await page.request.get("/api/me/reminder")).json();
    expect(oneLeft).toMatchObject({ reminder: { byPush: true, byEmail: true, devices: 1 } });
    await expect(section.getByText("Notifications go to 1 device.")).toBeVisible();
    await expectAccessible(page);

    await section.getByRole("button", { name: "Stop reminders" }).click();
    await expect(
      section.getByRole("status").filter({ hasText: "Reminders stopped. You will get no more." }),
    ).toBeVisible();
    const stopped = await (await page.request.get("/api/me/reminder")).json();
    expect(stopped).toMatchObject({ reminder: { active: false, devices: 0 } });
    await context.close();
  });
}

test("a reminder pushed to the service worker shows, and opens /pray on this site only", async ({
  browser,
  baseURL,
}) => {
  const context = await openContext(browser, baseURL, 1280);
  const page = await context.newPage();
  const origin = new URL(baseURL!).origin;
  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  await page.goto("/fr");
  await page.evaluate(() => navigator.serviceWorker.ready);
  const push = async (payload: Record<string, string>) =>
    cdp.send("ServiceWorker.deliverPushMessage", {
      origin,
      registrationId: await registrationId,
      data: JSON.stringify(payload),
    });

  await push({ title: "C’est l’heure de prier", body: "Prière guidée", url: "/fr/pray" });
  await expect
    .poll(() => shown(page))
    .toEqual([
      { title: "C’est l’heure de prier", body: "Prière guidée", url: `${origin}/fr/pray` },
    ]);

  // A push naming another site still opens this site's /pray (it replaces the one before).
  await push({ title: "Time to pray", body: "Guided prayer", url: "https://elsewhere.example/x" });
  await expect
    .poll(() => shown(page))
    .toEqual([{ title: "Time to pray", body: "Guided prayer", url: `${origin}/pray` }]);
  await context.close();
});
