// Praying together in the browser: "I prayed" with exact counts, guided prayer by keyboard, follows,
// /me, live counts, a visitor sent to sign in and back, and nothing revealing who prayed.
import { devices, type Page, type Response, type TestInfo } from "@playwright/test";
import { expect, openHeaderMenu, test, uniqueEmail } from "./fixtures";
import { E2E_USERS } from "./users";

/** "I prayed" on a request, "Give thanks" on a praise report: the same button. */
const PRAY_BUTTON = { name: /^(I prayed|Give thanks)$/ };

/** Signs a brand-new member in on this page's context (their prayers are theirs alone). */
async function signUpFresh(page: Page, label: string) {
  const email = uniqueEmail(label);
  const name = `${label[0]!.toUpperCase()}${label.slice(1)} Tester`;
  const response = await page.request.post("/api/account/sign-up", {
    data: { name, email, password: "a long enough password" },
  });
  expect(response.status()).toBe(201);
  return { email, name };
}

/**
 * Opens `url`, waits for the page's live counts (and the person's own state) to arrive, and returns
 * the server's counts read afresh through the same session.
 */
async function openWithCounts(page: Page, url: string) {
  const counts = page.waitForResponse((r) => r.url().includes("/api/counts") && r.ok());
  await page.goto(url);
  const ids = new URL((await counts).url()).searchParams.get("ids") ?? "";
  const fresh = await page.request.get(`/api/counts?ids=${ids}`);
  return (await fresh.json()) as { counts: Record<string, { times: number; people: number }> };
}

/**
 * Tests run at once on two viewports against one database. The tests that check exact counts
 * each pray in a region of their own, so no other test moves those counts.
 */
function exactRegion(testInfo: TestInfo) {
  return testInfo.project.name === "phone" ? "africa" : "south-asia";
}

async function countOf(page: Page, id: number) {
  const text = await page.getByTestId(`count-${id}`).innerText();
  // Before anyone has prayed the count invites instead ("Be the first to pray").
  if (/^Be the first to (pray|give thanks)$/.test(text)) return { times: 0, people: 0 };
  const match = /Prayed (\d+) times? by (\d+) (?:person|people)/.exec(text);
  expect(match, `count text “${text}”`).not.toBeNull();
  return { times: Number(match![1]), people: Number(match![2]) };
}

/** The card's size and the button's size and place within it (independent of scrolling). */
async function layoutOf(card: ReturnType<Page["locator"]>, button: ReturnType<Page["locator"]>) {
  const c = (await card.boundingBox())!;
  const b = (await button.boundingBox())!;
  const round = (n: number) => Math.round(n);
  return {
    card: [round(c.width), round(c.height)],
    button: [round(b.x - c.x), round(b.y - c.y), round(b.width), round(b.height)],
  };
}

async function idOf(card: ReturnType<Page["locator"]>) {
  const href = await card.getByRole("heading").getByRole("link").getAttribute("href");
  return Number(href!.split("/").pop());
}

test("a member prays from the home page: count and pressed state change, survive a reload, and a second click does not double count", async ({
  page,
}, testInfo) => {
  await signUpFresh(page, "praying");
  // Wait for the live counts, so "before" is the server's number and not the cached page's.
  const live = await openWithCounts(page, "/");
  const card = page.locator(`section[data-region="${exactRegion(testInfo)}"] article`).first();
  const id = await idOf(card);
  const button = card.getByRole("button", PRAY_BUTTON);
  await expect(button).toHaveAttribute("aria-pressed", "false");
  const before = live.counts[String(id)]!;
  await expect.poll(() => countOf(page, id)).toEqual(before);

  await button.scrollIntoViewIfNeeded();
  const layoutBefore = await layoutOf(card, button);
  const answered = page.waitForResponse((r) => r.url().endsWith("/api/prayers"));
  await button.click();
  expect((await answered).status()).toBe(200);
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId(`count-${id}`)).toHaveText(
    `Prayed ${before.times + 1} ${before.times + 1 === 1 ? "time" : "times"} by ${before.people + 1} ${before.people + 1 === 1 ? "person" : "people"}`,
  );
  // Pressed, the button keeps its place in the card and the card its height (no jump).
  expect(await layoutOf(card, button)).toEqual(layoutBefore);

  await page.reload();
  const again = page.locator(`section[data-region="${exactRegion(testInfo)}"] article`).first();
  await expect(again.getByRole("button", PRAY_BUTTON)).toHaveAttribute("aria-pressed", "true");
  await expect
    .poll(() => countOf(page, id))
    .toEqual({
      times: before.times + 1,
      people: before.people + 1,
    });

  const second = page.waitForResponse((r) => r.url().endsWith("/api/prayers"));
  await again.getByRole("button", PRAY_BUTTON).click();
  expect((await second).status()).toBe(200);
  await openWithCounts(page, "/");
  // The live numbers replace the cached page's once React has them: wait for that, then compare.
  await expect
    .poll(() => countOf(page, id))
    .toEqual({ times: before.times + 1, people: before.people + 1 });
  await page.waitForTimeout(500);
  expect(await countOf(page, id)).toEqual({ times: before.times + 1, people: before.people + 1 });
});

test("the guided session goes verse first, one request at a time, by keyboard alone", async ({
  page,
  expectAccessible,
}) => {
  await signUpFresh(page, "guided");
  // Praise reports only: the exact-count tests pray in Africa and South Asia.
  await page.goto("/pray?region=latin-america");
  await expect(
    page.getByRole("heading", { level: 1, name: "Pray for Latin America" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Begin with the word" })).toBeVisible();
  await expect(page.getByText("Psalm 72:4")).toBeVisible();
  await expectAccessible();

  await openWithCounts(page, "/pray");
  await expect(page.getByRole("heading", { name: "Begin with the word" })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText("1 of 5", { exact: true })).toBeVisible();
  const prayedTitles: string[] = [];
  for (let step = 1; step <= 5; step += 1) {
    await expect(page.getByText(`${step} of 5`, { exact: true })).toBeVisible();
    const region = await page.getByRole("article").locator("span.text-muted").first().innerText();
    if (!/Africa|South Asia/.test(region)) {
      const title = await page.getByRole("article").getByRole("heading", { level: 2 }).innerText();
      await page.keyboard.press(step % 2 === 0 ? "Enter" : " ");
      // A praise report's button says "Give thanks".
      await expect(page.getByRole("article").getByRole("button", PRAY_BUTTON)).toHaveAttribute(
        "aria-pressed",
        "true",
      );
      prayedTitles.push(title);
    }
    if (step === 2) {
      // Back one and forward again: previous works from the keyboard too.
      await page.keyboard.press("ArrowLeft");
      await expect(page.getByText("1 of 5", { exact: true })).toBeVisible();
      await page.keyboard.press("ArrowRight");
      await expect(page.getByText("2 of 5", { exact: true })).toBeVisible();
    }
    await page.keyboard.press("ArrowRight");
  }
  await expect(page.getByRole("heading", { name: "Amen. Thank you for praying." })).toBeVisible();
  for (const title of prayedTitles)
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  expect(prayedTitles.length).toBe(3);
  await expect(page.getByRole("link", { name: "Back to this week’s bulletin" })).toHaveAttribute(
    "href",
    "/",
  );
  await expectAccessible();
});

test("a visitor who clicks “I prayed” is sent to sign in and brought back to the request", async ({
  page,
}) => {
  await page.goto("/requests?region=global");
  const card = page.getByRole("article").first();
  const id = await idOf(card);
  await page.goto(`/requests/${id}`);
  await page.getByRole("button", PRAY_BUTTON).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(E2E_USERS.member.email);
  await page.getByLabel("Password").fill(E2E_USERS.member.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/requests/${id}$`));
  const button = page.getByRole("button", PRAY_BUTTON);
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
});

/**
 * On the sign-in page a visitor was sent to: a new account (made by the API, then signed out), signed
 * in by the form; `recorded` is the "I prayed" answer the page then sends by itself.
 */
async function signInNewAccountByForm(
  page: Page,
  label: string,
): Promise<{ recorded: Promise<Response> }> {
  const email = uniqueEmail(label);
  const created = await page.request.post("/api/account/sign-up", {
    data: { name: "Return Tester", email, password: "a long enough password" },
  });
  expect(created.status()).toBe(201);
  // Signing up signed this context in; sign out so that the form below does the signing in.
  await page.context().clearCookies();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  const recorded = page.waitForResponse(
    (r) => r.url().endsWith("/api/prayers") && r.request().method() === "POST",
    { timeout: 30_000 },
  );
  await page.getByRole("button", { name: "Sign in" }).click();
  return { recorded };
}

test("a visitor who presses “I prayed” on a list comes back to that list, at that card, with the prayer recorded", async ({
  page,
}) => {
  // A filtered list, and a card that is not first (and not in a region the exact-count tests use).
  await page.goto("/requests?kind=praise");
  const card = page.getByRole("article").filter({ hasText: "Southeast Asia" }).first();
  await card.scrollIntoViewIfNeeded();
  const id = await idOf(card);
  await card.getByRole("button", PRAY_BUTTON).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  const { recorded } = await signInNewAccountByForm(page, "return");
  await expect(page).toHaveURL(new RegExp(`/requests\\?kind=praise#request-${id}$`));
  expect((await recorded).status()).toBe(200);
  const back = page.locator(`#request-${id}`);
  await expect(back.getByRole("button", PRAY_BUTTON)).toHaveAttribute("aria-pressed", "true");
  await expect(back).toBeInViewport();
  // Recorded once: a reload shows it pressed and sends no second prayer by itself.
  let again = 0;
  page.on("request", (r) => {
    if (r.url().endsWith("/api/prayers") && r.method() === "POST") again += 1;
  });
  await page.reload();
  await expect(page.locator(`#request-${id}`).getByRole("button", PRAY_BUTTON)).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.waitForTimeout(500);
  expect(again).toBe(0);
});

test("a visitor who presses “I prayed” before the page has loaded its state still has that prayer recorded after signing in", async ({
  page,
}) => {
  // The page's live state (who is here) is held back, so the press comes before the page knows.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/counts?**", async (route) => {
    await held;
    // (A request the page gave up on while held is already answered.)
    await route.continue().catch(() => undefined);
  });
  await page.goto("/requests?kind=praise");
  const card = page.getByRole("article").filter({ hasText: "Southeast Asia" }).last();
  const id = await idOf(card);
  await card.getByRole("button", PRAY_BUTTON).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  release();
  const { recorded } = await signInNewAccountByForm(page, "early");
  await expect(page).toHaveURL(new RegExp(`/requests\\?kind=praise#request-${id}$`));
  expect((await recorded).status()).toBe(200);
  await expect(page.locator(`#request-${id}`).getByRole("button", PRAY_BUTTON)).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("follow a request, and find it with this week's prayers on /me", async ({
  page,
  expectAccessible,
}) => {
  await page.goto("/me");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fme/);

  await signUpFresh(page, "following");
  await page.goto("/requests?region=southeast-asia");
  const id = await idOf(page.getByRole("article").first());
  await openWithCounts(page, `/requests/${id}`);
  const title = await page.getByRole("heading", { level: 1 }).innerText();
  const follow = page.getByRole("button", { name: /^Follow/ });
  await expect(follow).toHaveAttribute("aria-pressed", "false");
  const followed = page.waitForResponse(
    (r) => r.url().includes("/api/follows") && r.request().method() !== "GET",
  );
  await follow.click();
  expect((await followed).ok()).toBe(true);
  await expect(follow).toHaveAttribute("aria-pressed", "true");
  // The pressed state is optimistic: wait until the server has recorded the prayer before /me.
  const saved = page.waitForResponse(
    (r) => r.url().endsWith("/api/prayers") && r.request().method() === "POST",
  );
  await page.getByRole("button", PRAY_BUTTON).click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByRole("button", PRAY_BUTTON)).toHaveAttribute("aria-pressed", "true");

  await openHeaderMenu(page);
  await page.getByRole("banner").getByRole("link", { name: "My prayers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My prayers" })).toBeVisible();
  const week = page.getByRole("region", { name: "This week" });
  await expect(week.getByRole("link", { name: title })).toBeVisible();
  await expect(week).toContainText("You prayed once this week.");
  await expect(
    page.getByRole("region", { name: "Requests I follow" }).getByRole("link", { name: title }),
  ).toBeVisible();
  const history = page.getByRole("region", { name: "My history" });
  await expect(history).toContainText("1 prayer in all.");
  // This week's prayer is listed once, under "This week", not again in the history.
  await expect(history.getByRole("link", { name: title })).toHaveCount(0);
  await expect(history).toContainText("Your prayers from earlier weeks will be listed here.");
  await expectAccessible();
});

test("counts on an open page move without a reload when someone else prays", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await page.goto("/requests?region=latin-america");
  const id = await idOf(page.getByRole("article").first());
  const before = (await openWithCounts(page, `/requests/${id}`)).counts[String(id)]!;
  await expect.poll(() => countOf(page, id)).toEqual(before);

  const other = await browser.newContext({ baseURL });
  const someone = await other.newPage();
  await signUpFresh(someone, "elsewhere");
  const prayed = await someone.request.post("/api/prayers", { data: { requestId: id } });
  expect(prayed.status()).toBe(200);
  await other.close();

  await expect
    .poll(async () => (await countOf(page, id)).times, { timeout: 25_000 })
    .toBeGreaterThan(before.times);
});

test("no count endpoint or page says who prayed", async ({ page, browser, baseURL }) => {
  const me = await signUpFresh(page, "private");
  await page.goto("/requests?region=global");
  const id = await idOf(page.getByRole("article").first());
  const prayed = await page.request.post("/api/prayers", { data: { requestId: id } });
  const mine = await prayed.json();
  // On their own list too: that is theirs alone as well.
  await page.request.put("/api/pins", { data: { requestId: id, pinned: true } });
  expect(Object.keys(mine).sort()).toEqual(["counts", "ok", "prayedToday", "recorded"]);

  const visitorContext = await browser.newContext({ baseURL });
  const otherContext = await browser.newContext({ baseURL });
  try {
    const visitor = visitorContext.request;
    const someoneElse = await otherContext.newPage();
    await signUpFresh(someoneElse, "curious");
    for (const [who, client] of [
      ["visitor", visitor],
      ["another member", someoneElse.request],
    ] as const) {
      const counts = await client.get(`/api/counts?ids=${id}`);
      const text = await counts.text();
      expect(text, who).not.toContain(me.email);
      expect(text, who).not.toContain(me.name);
      const body = JSON.parse(text) as Record<string, unknown>;
      expect(Object.keys(body).sort()).toEqual([
        "counts",
        "following",
        "pinned",
        "prayedToday",
        "signedIn",
      ]);
      expect(body.prayedToday, who).toEqual([]);
      expect(body.pinned, who).toEqual([]);
      expect(Object.keys((body.counts as Record<string, object>)[String(id)]!).sort()).toEqual([
        "people",
        "times",
      ]);
      for (const path of [`/requests/${id}`, "/", "/requests", "/pray"]) {
        const html = await (await client.get(path)).text();
        expect(html, `${who} ${path}`).not.toContain(me.email);
        expect(html, `${who} ${path}`).not.toContain(me.name);
      }
    }
    // Only the person themself sees that they prayed.
    const own = await (await page.request.get(`/api/counts?ids=${id}`)).json();
    expect(own.prayedToday).toEqual([id]);
    expect(own.pinned).toEqual([id]);
    const bad = await visitor.get("/api/counts?ids=1,2,x");
    expect(bad.status()).toBe(400);
    expect(await bad.text()).not.toContain("at ");
  } finally {
    await visitorContext.close();
    await otherContext.close();
  }
});

test("a member pins requests to My list and prays through them on /pray/mine; the list is theirs alone", async ({
  page,
  browser,
  baseURL,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  await signUpFresh(page, "mylist");
  await page.goto("/requests");
  const ids = await Promise.all([0, 1].map((i) => idOf(page.getByRole("article").nth(i))));
  for (const id of ids) {
    await page.goto(`/requests/${id}`);
    const pin = page.getByRole("button", { name: "Add to my list" });
    // The button answers at once (optimistic): wait for the server's, so a reload cannot cut it off.
    const saved = page.waitForResponse(
      (r) => r.url().endsWith("/api/pins") && r.request().method() === "PUT",
    );
    await pin.click();
    expect((await saved).ok()).toBe(true);
    await expect(page.getByRole("button", { name: "On my list" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  }
  // Kept after a reload; /me lists both and leads to the guided prayer through them.
  await page.reload();
  await expect(page.getByRole("button", { name: "On my list" })).toBeVisible();
  await page.goto("/me");
  const list = page.getByRole("region", { name: "My list" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expectAccessible();
  await list.getByRole("link", { name: "Pray through my list" }).click();
  await expect(page).toHaveURL(/\/pray\/mine$/);
  await page.getByRole("button", { name: /^Begin/ }).click();
  await expect(page.getByText("1 of 2")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveAttribute("id", `guided-${ids[0]}`);
  await page.getByRole("button", PRAY_BUTTON).click();
  await expect(page.getByRole("button", PRAY_BUTTON)).toHaveAttribute("aria-pressed", "true");
  await expectAccessible();

  // Someone else's /pray/mine is their own (empty) list; a visitor is sent to sign in.
  const other = await browser.newContext({ baseURL });
  const nobody = await browser.newContext({ baseURL });
  try {
    const stranger = await other.newPage();
    await signUpFresh(stranger, "mylist-other");
    await stranger.goto("/pray/mine");
    await expect(stranger.getByText("Your list is empty.")).toBeVisible();
    // (A browser of its own: clearing a signed-in page's cookies races the session cookie its
    // requests in flight set again.)
    const visitor = await nobody.newPage();
    await visitor.goto("/pray/mine");
    await expect(visitor).toHaveURL(/\/sign-in\?callbackUrl=%2Fpray%2Fmine/);
  } finally {
    await Promise.all([other.close(), nobody.close()]);
  }
  // Taken off the list.
  await page.goto(`/requests/${ids[1]}`);
  const unpinned = page.waitForResponse(
    (r) => r.url().endsWith("/api/pins") && r.request().method() === "PUT",
  );
  await page.getByRole("button", { name: "On my list" }).click();
  await expect(page.getByRole("button", { name: "Add to my list" })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  expect((await unpinned).ok()).toBe(true);
  await page.goto("/me");
  await expect(page.getByRole("region", { name: "My list" }).getByRole("listitem")).toHaveCount(1);
});

test("on a touch screen /pray moves by swipes and says so; with a mouse it names the keys", async ({
  browser,
  baseURL,
}) => {
  const desktop = await browser.newContext({ ...devices["Desktop Chrome"], baseURL });
  try {
    const mouse = await desktop.newPage();
    await mouse.goto("/pray");
    await expect(mouse.getByText(/Use the arrow keys to move/)).toBeVisible();
    await expect(mouse.getByText(/Swipe left for the next request/)).toBeHidden();
  } finally {
    await desktop.close();
  }

  const phone = await browser.newContext({ ...devices["Pixel 7"], baseURL });
  try {
    const touch = await phone.newPage();
    await touch.goto("/pray");
    await expect(touch.getByText(/Swipe left for the next request/)).toBeVisible();
    await expect(touch.getByText(/Use the arrow keys to move/)).toBeHidden();
    const cdp = await phone.newCDPSession(touch);
    const swipe = async (fromX: number, toX: number) => {
      const box = (await touch.getByRole("region", { name: "Guided prayer" }).boundingBox())!;
      const y = box.y + Math.min(box.height / 2, 200);
      await cdp.send("Input.dispatchTouchEvent", {
        type: "touchStart",
        touchPoints: [{ x: fromX, y }],
      });
      for (const x of [fromX + (toX - fromX) / 2, toX])
        await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y }] });
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    };
    await swipe(320, 60);
    await expect(touch.getByText(/^1 of \d+$/)).toBeVisible();
    await swipe(320, 60);
    await expect(touch.getByText(/^2 of \d+$/)).toBeVisible();
    await swipe(60, 320);
    await expect(touch.getByText(/^1 of \d+$/)).toBeVisible();
    // A short or mostly vertical stroke is a scroll, not a move.
    await swipe(200, 170);
    await expect(touch.getByText(/^1 of \d+$/)).toBeVisible();
  } finally {
    await phone.close();
  }
});
