// The "cluster" end-to-end project (`npm run test:cluster`, run by .ci/run after the main suites):
// e2e/cluster.spec.ts starts nginx, two app instances and a worker on PostgreSQL and Redis itself,
// so there is no web server here.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "./e2e",
  testMatch: /cluster\.spec\.ts/,
  retries: 0,
  workers: 1,
  timeout: 120_000,
  reporter: [["list"]],
  projects: [{ name: "cluster" }],
});
