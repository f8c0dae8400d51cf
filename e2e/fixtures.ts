// Shared Playwright fixtures: an axe check (WCAG 2.2 AA), a client address of each test's own
// (so the per-IP sign-in limit never couples tests), and signed-in pages for each role.
import { randomInt } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Browser, type Page } from "@playwright/test";

export type Role = "member" | "leader" | "staff" | "admin";

export const storageStateOf = (role: Role) => `e2e/.auth/${role}.json`;

export function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${randomInt(1_000_000)}@example.test`;
}

function randomIp() {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

export async function checkAccessibility(page: Page) {
  // After router.refresh() Next re-streams the page's metadata: wait until the <title> is back, so a
  // page caught between the two is not reported (a page with no title at all still fails here).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

async function pageAs(browser: Browser, role: Role, baseURL: string | undefined) {
  const context = await browser.newContext({
    storageState: storageStateOf(role),
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": randomIp() },
  });
  return { page: await context.newPage(), close: () => context.close() };
}

export const test = base.extend<{
  expectAccessible: () => Promise<void>;
  asRole: (role: Role) => Promise<Page>;
}>({
  extraHTTPHeaders: async ({}, use) => {
    await use({ "x-forwarded-for": randomIp() });
  },
  expectAccessible: async ({ page }, use) => {
    await use(() => checkAccessibility(page));
  },
  asRole: async ({ browser, baseURL }, use) => {
    const opened: (() => Promise<void>)[] = [];
    await use(async (role) => {
      const { page, close } = await pageAs(browser, role, baseURL);
      opened.push(close);
      return page;
    });
    for (const close of opened) await close();
  },
});

export { expect };
