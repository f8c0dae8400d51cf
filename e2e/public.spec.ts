// A visitor reads the week's bulletin, filters by region, opens a request and browses the archive.
import { expect, test } from "./fixtures";

const regions = ["Africa", "Latin America", "South Asia", "Southeast Asia", "HQ & Global Partners"];

test("the home page shows the verse and all five regions", async ({ page, expectAccessible }) => {
  await page.goto("/");
  await expect(page.getByText(/May he defend the afflicted among the people/)).toBeVisible();
  await expect(page.getByText("Psalm 72:4")).toBeVisible();
  for (const name of regions) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  await expect(page.getByText("Prayer request").first()).toBeVisible();
  await expect(page.getByText("Praise report").first()).toBeVisible();
  await expect(page.getByText(/IJM headquarters is located in the United States/)).toBeVisible();
  await expect(
    page
      .getByText(/^(Prayed \d+ times? by \d+ (people|person)|Be the first to (pray|give thanks))$/)
      .first(),
  ).toBeVisible();
  await expect(page).toHaveTitle(/Intercede/);
  await expectAccessible();
});

test("the Regions navigation filters the home page", async ({ page, expectAccessible }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Regions" });
  await nav.getByRole("link", { name: "South Asia", exact: true }).click();
  await expect(page).toHaveURL(/\?region=south-asia$/);
  await expect(page.getByRole("heading", { level: 2, name: "South Asia" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Latin America" })).toBeHidden();
  await expect(nav.getByRole("link", { name: "South Asia", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expectAccessible();
  await nav.getByRole("link", { name: "All regions" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Latin America" })).toBeVisible();
});

test("a visitor filters the request list and opens a request", async ({
  page,
  expectAccessible,
}) => {
  await page.goto("/requests");
  await expect(page.getByRole("heading", { level: 1, name: "Prayer requests" })).toBeVisible();
  await expectAccessible();
  await page
    .getByRole("navigation", { name: "Regions" })
    .getByRole("link", { name: "Latin America" })
    .click();
  await expect(page).toHaveURL(/region=latin-america/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Prayer requests: Latin America" }),
  ).toBeVisible();
  await page.getByRole("article").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/requests\/\d+$/);
  await expect(page.getByText("Bolivia").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Timeline" })).toBeVisible();
  await expect(
    page.getByText(
      /^(Prayed \d+ times? by \d+ (people|person)|Be the first to (pray|give thanks))$/,
    ),
  ).toBeVisible();
  await expectAccessible();
});

test("search and kind filters live in the URL, and a choice applies at once", async ({ page }) => {
  await page.goto("/requests");
  // The filters sit compactly above the results (phone: search, then kind and status side by side).
  const form = page.getByRole("search", { name: "Filter requests" });
  expect((await form.boundingBox())!.height).toBeLessThan(170);
  await page.getByRole("searchbox", { name: "Search" }).fill("Chiang Mai");
  // Choosing a kind filters straight away: no button to press.
  await page.getByLabel("Kind").selectOption("praise");
  await expect(page).toHaveURL(/kind=praise/);
  await expect(page).toHaveURL(/q=Chiang\+Mai/);
  await expect(page.getByText("1 request matching “Chiang Mai”")).toBeVisible();
  await expect(page.getByLabel("Kind")).toHaveValue("praise");

  await page.getByLabel("Status").selectOption("answered");
  await expect(page).toHaveURL(/status=answered/);
  await expect(page).toHaveURL(/kind=praise/);

  // A search waits for its button (or Enter).
  await page.goto("/requests");
  await page.getByRole("searchbox", { name: "Search" }).fill("Chiang Mai");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=Chiang\+Mai/);
});

test("a search is answered in the page: one cached page for every search, results from the API", async ({
  page,
  request,
  expectAccessible,
}) => {
  // Two searches nobody made before are the same cached page; what differs comes from the API.
  const stamp = Date.now().toString(36);
  for (const word of [`first${stamp}`, `second${stamp}`]) {
    await request.get(`/requests?q=${word}`);
    const again = await request.get(`/requests?q=${word}x`);
    expect(again.headers()["x-nextjs-cache"], word).toBe("HIT");
  }
  const answers: string[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/api/requests/search")) answers.push(response.url());
  });
  await page.goto("/requests?q=chiang+mai&kind=praise");
  await expect(page.getByRole("status").filter({ hasText: "matching" })).toHaveText(
    "1 request matching “chiang mai”",
  );
  await expect(page.getByRole("heading", { level: 2, name: /Chiang Mai/ })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("chiang mai");
  await expect(page.getByLabel("Kind")).toHaveValue("praise");
  expect(answers).toHaveLength(1);
  await expectAccessible();
  // Nothing found, and a filter that is not one: said so, the rest still applied.
  await page.goto(`/requests?q=nothing${stamp}&region=atlantis`);
  await expect(page.getByText(`0 requests matching “nothing${stamp}”`)).toBeVisible();
  await expect(page.getByText("No requests match these filters.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "There is no region called “atlantis”",
  );
  // In another language, the page and the search's words are in it.
  await page.goto("/es/requests?q=chiang+mai");
  await expect(page.getByText("1 petición coincide con “chiang mai”")).toBeVisible();
  await expectAccessible();
});

test("a search that cannot reach the server says so, and tries again", async ({
  page,
  expectAccessible,
}) => {
  let calls = 0;
  await page.route("**/api/requests/search**", async (route) => {
    calls += 1;
    // The first try and its one automatic retry fail, as without signal.
    if (calls <= 2) await route.abort("internetdisconnected");
    else await route.continue();
  });
  await page.goto("/requests?q=chiang+mai");
  await expect(
    page.getByText("The search could not be completed.", { exact: false }),
  ).toBeVisible();
  await expectAccessible();
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText("1 request matching “chiang mai”")).toBeVisible();
  expect(calls).toBe(3);
});

test("every region chip shows in full on a phone-sized screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/requests");
  const nav = page.getByRole("navigation", { name: "Regions" });
  const { width } = page.viewportSize()!;
  for (const link of await nav.getByRole("link").all()) {
    const box = (await link.boundingBox())!;
    expect(box.x, await link.innerText()).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, await link.innerText()).toBeLessThanOrEqual(width);
    // Not truncated: the text fits its chip.
    expect(
      await link.evaluate((el) => el.scrollWidth <= el.clientWidth),
      await link.innerText(),
    ).toBe(true);
  }
});

test("bad filters get a clear message, not a crash", async ({ page }) => {
  const response = await page.goto("/requests?region=atlantis&kind=rumour&page=banana");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "There is no region called “atlantis”",
  );
  await expect(page.getByRole("main").getByRole("alert")).toContainText("rumour");
  await expect(page.getByText("5 requests")).toBeVisible();
  const long = await page.goto(`/requests?q=${"a".repeat(10_000)}`);
  expect(long?.status()).toBe(200);
  await page.goto("/?region=atlantis");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "There is no region called “atlantis”",
  );
});

test("unknown ids and addresses are a 404 page", async ({ page, expectAccessible }) => {
  for (const path of ["/requests/999999", "/requests/abc", "/bulletins/999999", "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  await expectAccessible();
});

test("the bulletin archive lists the bulletin and opens it", async ({ page, expectAccessible }) => {
  await page.goto("/bulletins");
  await expectAccessible();
  await page.getByRole("link", { name: /IJM Prayer Request/ }).click();
  await expect(page).toHaveURL(/\/bulletins\/\d+$/);
  await expect(page.getByText("Psalm 72:4")).toBeVisible();
  for (const name of regions) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  await expectAccessible();
});

test("the readiness endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/ready");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({
    status: "ready",
    checks: { database: { ok: true } },
  });
});

test("the dark theme is as readable as the light one", async ({ page, expectAccessible }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  for (const path of ["/", "/requests", "/bulletins"]) {
    await page.goto(path);
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(background, path).toBe("rgb(18, 18, 18)");
    await expectAccessible();
  }
});

test("Intercede can be added to the home screen: a manifest with its icons, and nothing Chromium finds missing", async ({
  page,
}) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const manifest = (await (await page.request.get(href!)).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: "Intercede", start_url: "/", display: "standalone" });
  for (const icon of manifest.icons.filter((i) => i.type === "image/png")) {
    const response = await page.request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    const png = await response.body();
    // The PNG's own size (its IHDR chunk) is the size the manifest says.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  expect(manifest.icons.some((i) => i.purpose === "maskable" && i.sizes === "512x512")).toBe(true);
  expect((await page.request.get("/pwa-icon/other.png")).status()).toBe(404);
  // Chromium's own installability check of this page and manifest.
  // Chromium's own installability check of this page and manifest. A test browser is a private
  // window ("in-incognito", which no page can change); the check still looks at all the rest, as a
  // page with no manifest shows.
  const cdp = await page.context().newCDPSession(page);
  const errors = async () =>
    (await cdp.send("Page.getInstallabilityErrors")).installabilityErrors
      .map((e) => e.errorId)
      .filter((id) => id !== "in-incognito");
  expect(await errors()).toEqual([]);
  await page.goto("/api/health");
  expect(await errors()).toContain("no-manifest");
});
