// The header is one row at phone and desktop widths, for a visitor and for an admin (the widest);
// on narrow screens its links fold into a "Menu" that opens, closes on Escape (focus back on the
// button) and on a link.
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";

/** The header's height: one row is the tallest of its controls plus the padding, under 70 px. */
async function headerHeight(page: Page) {
  const row = page.getByRole("banner").locator("> div > div").first();
  return (await row.boundingBox())!.height;
}

for (const width of [390, 1280]) {
  test(`one header row at ${width} px for a visitor and for an admin`, async ({ page, asRole }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    expect(await headerHeight(page)).toBeLessThan(70);

    const admin = await asRole("admin");
    await admin.setViewportSize({ width, height: 844 });
    await admin.goto("/");
    const banner = admin.getByRole("banner");
    await expect(banner.getByRole("button", { name: "Sign out" })).toBeVisible();
    expect(await headerHeight(admin)).toBeLessThan(70);
    // Nothing in the header row is cut off or pushed past the edge of the screen.
    const overflow = await admin.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    if (width >= 1024) {
      await expect(banner.getByRole("link", { name: "Admin" })).toBeVisible();
      await expect(banner.getByRole("button", { name: "Menu" })).toBeHidden();
    }
  });
}

test("on a phone the header's links fold into a Menu that opens and closes by keyboard and touch", async ({
  page,
  expectAccessible,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const banner = page.getByRole("banner");
  const menu = banner.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(banner.getByRole("link", { name: "Bulletins" })).toBeHidden();

  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  for (const name of ["This week", "Pray", "Requests", "Bulletins", "Freedom Sunday"])
    await expect(banner.getByRole("link", { name, exact: true })).toBeVisible();
  await expectAccessible();

  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await banner.getByRole("link", { name: "Bulletins" }).click();
  await expect(page).toHaveURL(/\/bulletins$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});

test("the site's own fonts, logo and favicon load from this server", async ({ page }) => {
  const fontRequests: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fontRequests.push(request.url());
  });
  await page.goto("/");
  // The logo sits in the home link, which keeps its name.
  const home = page.getByRole("banner").getByRole("link", { name: "Intercede", exact: true });
  await expect(home.locator("svg")).toBeVisible();
  // Body text in Inter, headings in Source Serif 4, both served from /_next/static.
  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    const loaded = [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family);
    const h1 = document.querySelector("h1");
    return {
      loaded,
      body: getComputedStyle(document.body).fontFamily,
      heading: h1 ? getComputedStyle(h1).fontFamily : "",
    };
  });
  // next/font names each face after its constant in app/fonts.ts.
  expect(faces.body).toMatch(/^inter,/);
  expect(faces.heading).toMatch(/^sourceSerif,/);
  expect(faces.loaded).toEqual(expect.arrayContaining(["inter", "sourceSerif"]));
  expect(fontRequests.length).toBeGreaterThan(0);
  for (const url of fontRequests)
    expect(new URL(url).pathname).toMatch(/^\/_next\/static\/media\//);
  // The favicon the page links is there (a missing one is a console error on every page).
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  expect((await page.request.get(icon!)).status()).toBe(200);
});
