// Shared Playwright fixtures: an axe check (WCAG 2.2 AA), a client address of each test's own
// (so the per-IP sign-in limit never couples tests), signed-in pages for each role, and a watch for
// Content-Security-Policy violations on every page a test visits.
import { randomInt } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import {
  expect,
  test as base,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";

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
  // page caught between the two is not reported. A refresh that starts after that wait can still
  // take the title away for a moment while axe runs, so the check is repeated for a few seconds; a
  // violation that stays (a page with no title at all) still fails. One run of axe takes 0.5-2 s, and
  // over 5 s when the machine is busy (the first run in a browser injects axe; CI runs the data layer
  // beside the browsers), so the repeats get 20 s: a violation still fails, only later.
  await expect(page).toHaveTitle(/\S/);
  await expect(async () => {
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  }).toPass({ timeout: 20_000 });
}

/**
 * Records every Content-Security-Policy violation on every page of `context` (the browser reports
 * them as `securitypolicyviolation` events); the test fails on any at its end.
 */
async function watchPolicy(context: BrowserContext, violations: string[]): Promise<void> {
  await context.exposeBinding("__intercedeCspViolation", (_source, report: string) => {
    violations.push(report);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __intercedeCspViolation: (r: string) => void })
        .__intercedeCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`,
      );
    });
  });
}

async function pageAs(
  browser: Browser,
  role: Role,
  baseURL: string | undefined,
  violations: string[],
  options: { timezoneId?: string; locale?: string } = {},
) {
  const context = await browser.newContext({
    ...options,
    storageState: storageStateOf(role),
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": randomIp() },
  });
  await watchPolicy(context, violations);
  return { page: await context.newPage(), close: () => context.close() };
}

export const test = base.extend<{
  expectAccessible: () => Promise<void>;
  /** A page signed in as `role`, in a browser of its own (optionally in a time zone and language). */
  asRole: (role: Role, options?: { timezoneId?: string; locale?: string }) => Promise<Page>;
  cspViolations: string[];
}>({
  // Every page of every test is watched for CSP violations, and any fails the test.
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await watchPolicy(context, violations);
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  extraHTTPHeaders: async ({}, use) => {
    await use({ "x-forwarded-for": randomIp() });
  },
  expectAccessible: async ({ page }, use) => {
    await use(() => checkAccessibility(page));
  },
  asRole: async ({ browser, baseURL, cspViolations }, use) => {
    const opened: (() => Promise<void>)[] = [];
    await use(async (role, options) => {
      const { page, close } = await pageAs(browser, role, baseURL, cspViolations, options);
      opened.push(close);
      return page;
    });
    for (const close of opened) await close();
  },
});

/** On narrow screens the header's links fold into "Menu": open it (nothing to do where they show). */
export async function openHeaderMenu(page: Page) {
  const menu = page.getByRole("banner").getByRole("button", { name: "Menu" });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) !== "true")
    await menu.click();
}

/** The signed-in person's name in the header (in the folded menu on narrow screens). */
export async function headerName(page: Page, name: string) {
  await openHeaderMenu(page);
  return page.getByRole("banner").getByText(name).filter({ visible: true });
}

export { expect };
