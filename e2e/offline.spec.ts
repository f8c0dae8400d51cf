// Praying without signal (issue 14): the service worker keeps the pages a member opened, "This
// week" and /pray; offline they open from the device with a clear notice; "I prayed" pressed
// offline waits on the device and is sent exactly once when the connection is back. Runs alone
// (project "offline"), so no other test moves the counts it checks; once at 390 px, once at 1280 px.
import { randomInt } from "node:crypto";
import { devices, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { checkAccessibility, expect, test, uniqueEmail } from "./fixtures";

const PRAY_BUTTON = { name: /^(I prayed|Give thanks)$/ };
const WAITING = "Will be sent when you are back online.";

type Counts = Record<string, { times: number; people: number }>;

async function openContext(browser: Browser, baseURL: string | undefined, phone: boolean) {
  return browser.newContext({
    ...(phone ? devices["Pixel 7"] : { viewport: { width: 1280, height: 800 } }),
    baseURL,
    serviceWorkers: "allow",
    extraHTTPHeaders: { "x-forwarded-for": `10.77.${randomInt(256)}.${randomInt(1, 255)}` },
  });
}

/** The pages the service worker keeps, by path and query. */
async function keptPages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const cache = await caches.open("pages");
    return (await cache.keys()).map((request) => {
      const url = new URL(request.url);
      return `${url.pathname}${url.search}`;
    });
  });
}

async function serverCounts(context: BrowserContext, ids: number[]) {
  const response = await context.request.get(`/api/counts?ids=${ids.join(",")}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as { counts: Counts; prayedToday: number[] };
}

for (const phone of [true, false]) {
  test(`offline at ${phone ? "390" : "1280"} px: kept pages open, three prayers wait and count exactly once`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const context = await openContext(browser, baseURL, phone);
    const page = await context.newPage();
    const signUp = await page.request.post("/api/account/sign-up", {
      data: {
        name: "Offline Tester",
        email: uniqueEmail("offline"),
        password: "a long enough password",
      },
    });
    expect(signUp.status()).toBe(201);

    // Online: the list, then one request opened by its link (a move inside the app).
    await page.goto("/requests");
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    const cards = page.locator("article[id^=request-]");
    await expect(cards.first().getByRole("button", PRAY_BUTTON)).toBeVisible();
    const ids = (
      await cards.evaluateAll((all) => all.map((card) => Number(card.id.slice(8))))
    ).slice(0, 3);
    expect(ids).toHaveLength(3);
    await page.locator(`#request-${ids[0]}`).getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`/requests/${ids[0]}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // "This week" and /pray are kept too, without being opened.
    await expect
      .poll(() => keptPages(page), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(["/", "/pray", "/requests", `/requests/${ids[0]}`]));
    const before = await serverCounts(context, ids);
    expect(before.prayedToday).toEqual([]);

    await context.setOffline(true);

    // A kept page opens from the device and says it is offline.
    await page.goto("/requests");
    await expect(page.getByText(/^You are offline\./)).toBeVisible();
    await expect(cards.first().getByRole("button", PRAY_BUTTON)).toBeVisible();
    for (const id of ids) {
      const card = page.locator(`#request-${id}`);
      await card.getByRole("button", PRAY_BUTTON).click();
      await expect(card.getByRole("button", PRAY_BUTTON)).toHaveAttribute("aria-pressed", "true");
      await expect(card.getByText(WAITING)).toBeVisible();
    }
    // Pressed again while waiting: still one prayer for that request.
    await page.locator(`#request-${ids[0]}`).getByRole("button", PRAY_BUTTON).click();
    await checkAccessibility(page);

    // The other kept pages open too; the waiting prayer shows on the request's own page.
    await page.goto(`/requests/${ids[0]}`);
    await expect(page.getByText(WAITING)).toBeVisible();
    // /pray was never opened, only kept: its scripts came with it, so it works (keys move it).
    await page.goto("/pray");
    await expect(page.getByRole("heading", { name: "Begin with the word" })).toBeVisible();
    await expect(async () => {
      await page.keyboard.press("ArrowRight");
      await expect(page.getByText(/^1 of \d+$/)).toBeVisible({ timeout: 1_000 });
    }).toPass();
    await page.goto("/");
    await expect(page.getByText(/^You are offline\./)).toBeVisible();
    // A page never opened (and a private one) is the offline page, in plain words.
    await page.goto("/me");
    await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();
    await checkAccessibility(page);
    // Nothing reached the server meanwhile.
    expect((await serverCounts(context, ids)).counts).toEqual(before.counts);

    // Back online: sent once, and said so.
    await page.goto("/requests").catch(() => undefined);
    await context.setOffline(false);
    await expect(page.getByText(/prayers you marked offline have been sent/)).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByText(WAITING)).toHaveCount(0);
    for (const id of ids) {
      const button = page.locator(`#request-${id}`).getByRole("button", PRAY_BUTTON);
      await expect(button).toHaveAttribute("aria-pressed", "true");
    }
    const after = await serverCounts(context, ids);
    expect(after.prayedToday.sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(after.counts[id]!.times - before.counts[id]!.times, `request ${id}`).toBe(1);
      expect(after.counts[id]!.people - before.counts[id]!.people, `request ${id}`).toBe(1);
    }
    // A reload (or a second tab) sends nothing more.
    await page.reload();
    await expect(cards.first()).toBeVisible();
    expect((await serverCounts(context, ids)).counts).toEqual(after.counts);
    await context.close();
  });
}

test("prayers kept on a shared device are never sent as the next person who signs in", async ({
  browser,
  baseURL,
}) => {
  const context = await openContext(browser, baseURL, false);
  const page = await context.newPage();
  const signUp = (name: string) =>
    page.request.post("/api/account/sign-up", {
      data: { name, email: uniqueEmail("shared"), password: "a long enough password" },
    });
  expect((await signUp("First Member")).status()).toBe(201);
  await page.goto("/requests");
  await page.evaluate(() => navigator.serviceWorker.ready);
  const card = page.locator("article[id^=request-]").first();
  const id = Number((await card.getAttribute("id"))!.slice(8));
  await expect(card.getByRole("button", PRAY_BUTTON)).toBeVisible();

  await context.setOffline(true);
  await card.getByRole("button", PRAY_BUTTON).click();
  await expect(card.getByText(WAITING)).toBeVisible();
  // Back online, but the prayer cannot get through (the server is unreachable for it): it waits.
  await page.route("**/api/prayers", (route) => route.abort("connectionrefused"));
  await context.setOffline(false);
  await expect(card.getByText(WAITING)).toBeVisible();

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("intercede:offline-prayers"))).toBeNull();

  // The next person on this device: nothing of the first person's is sent as theirs.
  await page.unroute("**/api/prayers");
  expect((await signUp("Next Member")).status()).toBe(201);
  await page.goto("/requests");
  await expect(page.locator(`#request-${id}`).getByRole("button", PRAY_BUTTON)).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  expect((await serverCounts(context, [id])).prayedToday).toEqual([]);
  await context.close();
});
