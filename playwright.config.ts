// End-to-end tests in Chromium (Debian's, or $CHROMIUM_PATH), on a phone-sized and a desktop viewport.
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const executablePath = process.env.CHROMIUM_PATH || undefined;
// Flags for a sandboxed CI machine with no network beyond localhost.
const launchOptions = {
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

type Project = NonNullable<Parameters<typeof defineConfig>[0]["projects"]>[number];

/**
 * E2E_DESKTOP_ONLY=1 (CI's second run, on PostgreSQL): every spec once, at the desktop viewport —
 * the phone viewport changes the layout, not the database — which keeps CI under 30 minutes.
 */
function desktopOnly(projects: Project[]): Project[] {
  if (process.env.E2E_DESKTOP_ONLY !== "1") return projects;
  return projects
    .filter((project) => project.name !== "phone" && project.name !== "publishing-phone")
    .map((project) =>
      project.name === "publishing-desktop"
        ? { ...project, dependencies: ["desktop"] }
        : project.name === "offline"
          ? { ...project, dependencies: ["publishing-desktop"] }
          : project,
    );
}

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  // Two workers on the two cores here: the browser waits on the server more than it computes.
  workers: 2,
  retries: 0,
  // Whole flows (sign up, e-mail, sign in again) on two cores shared by two browsers and the server.
  timeout: 60_000,
  // An assertion waits up to 15 s, not Playwright's 5: on two cores carrying two browsers, the
  // server and (in CI's PostgreSQL stage) the data-layer suite, a sign-up's redirect and hydration
  // took over 5 s. Waiting longer never lets a wrong page pass; it only fails later.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    // "localhost", as Next.js itself writes any loopback address in the links it builds.
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions,
    // The service worker (offline pages, push) is tested by e2e/offline.spec.ts and e2e/push.spec.ts
    // alone (project "offline"); elsewhere a
    // page is always what the server answers now.
    serviceWorkers: "block",
  },
  projects: desktopOnly([
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "phone",
      use: { ...devices["Pixel 7"], launchOptions },
      dependencies: ["setup"],
      // e2e/meeting.spec.ts opens its own projector and phones: it runs once, in "desktop".
      testIgnore:
        /(publishing|security|cluster|operations|lighthouse|meeting|offline|push)\.spec\.ts/,
    },
    {
      name: "desktop",
      dependencies: ["setup"],
      testIgnore: /(publishing|security|cluster|operations|lighthouse|offline|push)\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    // Attacks on production builds (e2e/security.spec.ts starts a second server with no trusted
    // proxy): once, on a desktop.
    {
      name: "security",
      testMatch: /security\.spec\.ts/,
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    // Health, readiness, metrics, logs and the graceful stop (SIGTERM) of a production server of
    // its own (e2e/operations.spec.ts): once.
    {
      name: "operations",
      testMatch: /operations\.spec\.ts/,
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    // Publishing changes what the home page shows: it runs after the suites that read it, once on
    // a desktop and then once on a phone.
    {
      name: "publishing-desktop",
      testMatch: /publishing\.spec\.ts/,
      dependencies: ["phone", "desktop"],
      fullyParallel: false,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: "publishing-phone",
      testMatch: /publishing\.spec\.ts/,
      dependencies: ["publishing-desktop"],
      fullyParallel: false,
      use: { ...devices["Pixel 7"], launchOptions },
    },
    // The service worker's own tests: offline (e2e/offline.spec.ts) and reminders by push
    // (e2e/push.spec.ts). Offline checks that prayers made offline raise the counts by exactly
    // their number, so it runs when no other test is praying, at 390 px and at 1280 px in turn.
    {
      name: "offline",
      testMatch: /(offline|push)\.spec\.ts/,
      dependencies: ["publishing-phone"],
      fullyParallel: false,
      use: { ...devices["Desktop Chrome"], launchOptions, serviceWorkers: "allow" },
    },
    // Weight and Lighthouse scores of the public pages (e2e/lighthouse.spec.ts): last and alone, so
    // nothing else competes for the CPU it measures. On its own: `npm run lighthouse`. CI's second
    // run (on PostgreSQL, the same pages) leaves it out with E2E_LIGHTHOUSE=0.
    ...(process.env.E2E_LIGHTHOUSE === "0"
      ? []
      : [
          {
            name: "lighthouse",
            testMatch: /lighthouse\.spec\.ts/,
            dependencies: ["offline"],
            use: {
              ...devices["Desktop Chrome"],
              viewport: { width: 1280, height: 800 },
              launchOptions,
            },
          },
        ]),
  ]),
  webServer: {
    command: "bash scripts/e2e-server.sh",
    url: `http://localhost:${port}/api/health`,
    env: { PORT: String(port) },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
