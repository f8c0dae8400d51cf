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

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    // "localhost", as Next.js itself writes any loopback address in the links it builds.
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "phone",
      use: { ...devices["Pixel 7"], launchOptions },
      dependencies: ["setup"],
      testIgnore: /(publishing|security|cluster|operations)\.spec\.ts/,
    },
    {
      name: "desktop",
      dependencies: ["setup"],
      testIgnore: /(publishing|security|cluster|operations)\.spec\.ts/,
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
  ],
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
