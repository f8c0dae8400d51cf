// Runs after `next build`: removes the pages the build pre-rendered, so that every page is first
// rendered by the running server. Only a page rendered there carries the secret CSP nonce marker
// that the server swaps for a fresh nonce on every response (lib/server/csp.ts); a page rendered at
// build time has no nonce at all and its scripts would be blocked. Route handlers (feeds) are kept.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const manifestFile = path.join(distDir, "prerender-manifest.json");
if (!existsSync(manifestFile)) {
  console.error(`after-build: ${manifestFile} not found; run next build first`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
  routes: Record<string, unknown>;
};
const appDir = path.join(distDir, "server/app");
let removed = 0;
for (const route of Object.keys(manifest.routes)) {
  const base = path.join(appDir, route === "/" ? "index" : route.slice(1));
  if (!existsSync(`${base}.html`)) continue;
  for (const suffix of [".html", ".rsc", ".meta", ".segments"]) {
    rmSync(`${base}${suffix}`, { recursive: true, force: true });
  }
  removed += 1;
}
rmSync(path.join(distDir, "server/route-cache"), { recursive: true, force: true });
console.log(`after-build: ${removed} pre-rendered pages left to the server to render`);
