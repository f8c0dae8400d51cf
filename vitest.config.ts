// Test projects: unit (pure logic), and the data layer once per database dialect.
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "lib/testing/server-only-stub.ts"),
    },
  },
};

const dataDialects = [
  "sqlite",
  "pglite",
  ...(process.env.DATABASE_URL?.startsWith("postgres") ? ["postgres"] : []),
];

export default defineConfig({
  ...shared,
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "db/**/*.test.ts",
            "scripts/**/*.test.ts",
            "components/**/*.test.ts",
            "i18n/**/*.test.ts",
          ],
          exclude: ["lib/data/**", "lib/jobs/**"],
          environment: "node",
          // next-intl's middleware imports "next/server" without an extension, which Node's own
          // ESM loader cannot find; through Vite it resolves as in the app (i18n/proxy.test.ts).
          server: { deps: { inline: ["next-intl"] } },
        },
      },
      ...dataDialects.map((dialect) => ({
        ...shared,
        test: {
          name: `data-${dialect}`,
          include: ["lib/data/**/*.test.ts", "lib/jobs/**/*.test.ts", "app/api/**/*.test.ts"],
          environment: "node" as const,
          env: { TEST_DB: dialect },
          setupFiles: ["lib/testing/data-setup.ts"],
          // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses:
          // let Vite resolve it (the route tests in app/api load Auth.js).
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      })),
    ],
  },
});
