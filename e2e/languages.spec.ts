// Four languages (issue 13): the address carries the language (English unprefixed), a first visit
// follows Accept-Language, the switcher is remembered, and a visitor and a member go through the
// main pages in Spanish and French with no English words of the interface left on them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, checkAccessibility } from "./fixtures";

type Catalogue = Map<string, string>;

function catalogue(locale: string): Catalogue {
  const out: Catalogue = new Map();
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === "string") out.set(prefix, value);
    else if (value && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) walk(inner, `${prefix}.${key}`);
  };
  const dir = path.join("messages", locale);
  for (const file of readdirSync(dir))
    walk(JSON.parse(readFileSync(path.join(dir, file), "utf8")), file.replace(/\.json$/, ""));
  return out;
}

const en = catalogue("en");
const catalogues: Record<string, Catalogue> = { es: catalogue("es"), fr: catalogue("fr") };

/** The message at `key` in `locale`. */
function msg(locale: "es" | "fr", key: string): string {
  const found = catalogues[locale]!.get(key);
  if (!found) throw new Error(`no ${locale} message ${key}`);
  return found;
}

/** The key of the English message that reads exactly `english`. */
function keyOf(english: string): string {
  for (const [key, value] of en) if (value === english) return key;
  throw new Error(`no English message "${english}"`);
}

/**
 * English interface words of some length that a page in `locale` must not show: every English
 * message without placeholders whose translation differs, at least three words long.
 */
function englishOnly(locale: "es" | "fr"): string[] {
  return [...en]
    .filter(([key, value]) => {
      if (/[{<]/.test(value) || value.split(/\s+/).length < 3) return false;
      return catalogues[locale]!.get(key) !== value;
    })
    .map(([, value]) => value);
}

async function expectNoEnglish(page: import("@playwright/test").Page, locale: "es" | "fr") {
  const text = (await page.locator("body").innerText()).replace(/\s+/g, " ");
  const left = englishOnly(locale).filter((english) => text.includes(english));
  expect(left, `English interface text on ${page.url()}`).toEqual([]);
}

test("English stays unprefixed; another language's address carries it, with hreflang alternates", async ({
  page,
  request,
}) => {
  const english = await request.get("/requests", { maxRedirects: 0 });
  expect(english.status()).toBe(200);
  const alternates = english.headers()["link"] ?? "";
  for (const locale of ["es", "fr", "pt"])
    expect(alternates).toContain(`/${locale}/requests>; rel="alternate"; hreflang="${locale}"`);
  expect(alternates).toContain('hreflang="x-default"');
  await page.goto("/es/requests");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await page.goto("/en/requests");
  await expect(page).toHaveURL(/\/requests$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a first visit follows Accept-Language", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/requests");
  await expect(page).toHaveURL(/\/fr\/requests$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // On a phone the main links fold into the menu (hidden until opened): look among hidden ones too.
  await expect(
    page
      .getByRole("navigation", { name: msg("fr", "common.nav.main"), includeHidden: true })
      .first(),
  ).toBeAttached();
  await context.close();
});

test("the language switcher takes you to the same page in that language and is remembered", async ({
  page,
}) => {
  await page.goto("/bulletins");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("contentinfo").getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/bulletins$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  // Back at an English address, the remembered choice sends the visitor to Spanish.
  await page.goto("/pray");
  await expect(page).toHaveURL(/\/es\/pray$/);
  await page.getByRole("contentinfo").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/pray$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

for (const locale of ["es", "fr"] as const) {
  test(`a visitor reads the main pages in ${locale === "es" ? "Spanish" : "French"}`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.goto(`/${locale}/requests`);
    const first = page.locator(`main a[href^="/${locale}/requests/"]`).first();
    const requestPath = await first.getAttribute("href");
    expect(requestPath).toMatch(new RegExp(`^/${locale}/requests/\\d+$`));
    for (const pathname of [
      `/${locale}`,
      `/${locale}/requests`,
      requestPath!,
      `/${locale}/pray`,
      `/${locale}/bulletins`,
      `/${locale}/freedom-sunday`,
      `/${locale}/subscribe`,
      `/${locale}/sign-in`,
    ]) {
      await page.goto(pathname);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(
        page
          .getByRole("link", {
            name: msg(locale, "common.nav.requests"),
            exact: true,
            includeHidden: true,
          })
          .first(),
      ).toBeAttached();
      await expectNoEnglish(page, locale);
      await checkAccessibility(page);
    }
  });

  test(`a member prays in ${locale === "es" ? "Spanish" : "French"} and the count reads in it`, async ({
    asRole,
  }) => {
    const page = await asRole("member", { locale: locale === "es" ? "es-ES" : "fr-FR" });
    // The browser's language sends the member to their language's address.
    await page.goto("/requests?kind=request");
    await expect(page).toHaveURL(new RegExp(`/${locale}/requests\\?kind=request$`));
    await page.locator(`main a[href^="/${locale}/requests/"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/requests/\\d+$`));
    const pray = page.getByRole("button", { name: msg(locale, keyOf("I prayed")) });
    await expect(pray).toBeVisible();
    const answered = page.waitForResponse(
      (r) => r.url().endsWith("/api/prayers") && r.request().method() === "POST",
    );
    await pray.click();
    expect((await answered).status()).toBeLessThan(300);
    const main = page.locator("main");
    await expect(main).not.toContainText("Prayed ");
    await expect(main).not.toContainText("Be the first to pray");
    await expectNoEnglish(page, locale);
    await page.goto(`/${locale}/me`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectNoEnglish(page, locale);
    await checkAccessibility(page);
  });
}
