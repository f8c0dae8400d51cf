// Next.js configuration: strict headers, typed routes off, native DB drivers kept out of the bundle.
import path from "node:path";
import type { NextConfig } from "next";
import { withSerwist } from "@serwist/turbopack";
import createNextIntlPlugin from "next-intl/plugin";
import { pageRewrites } from "./lib/page-rewrites";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // The end-to-end suite builds into its own folder so it never disturbs `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The app's own server (server.ts) compresses after it has put a fresh CSP nonce into each body,
  // and bodies differ per response, so an ETag would let a browser keep one page with another's nonce.
  compress: false,
  generateEtags: false,
  // Next.js's file-system page cache, minus 404s (cache-handler.mjs).
  cacheHandler: path.join(process.cwd(), "cache-handler.mjs"),
  // forbidden() renders app/forbidden.tsx with a 403 status.
  experimental: { authInterrupts: true },
  async rewrites() {
    return {
      // Public pages with filters in the query are answered by a cached page per filter
      // (lib/page-rewrites.ts); a search by a page rendered for each visitor.
      beforeFiles: pageRewrites(),
      afterFiles: [
        // The calendar file lives at /freedom-sunday/<id>.ics (SPEC §3); a route segment cannot
        // end in ".ics", so the address is rewritten to the handler.
        // The site-wide feeds in another language (/es/feed.xml) are the same handlers with ?lang=.
        {
          source: "/:lang(es|fr|pt)/feed.:format(xml|json)",
          destination: "/feed.:format?lang=:lang",
        },
        {
          source: "/freedom-sunday/:eventId(\\d+).ics",
          destination: "/freedom-sunday/:eventId/ics",
        },
      ],
    };
  },
  serverExternalPackages: [
    "@libsql/client",
    "libsql",
    "pg",
    "@electric-sql/pglite",
    "@node-rs/argon2",
    // One metrics registry and one logger per process: route handlers and server.ts must load the
    // same copy of these, not one bundled into Next.js's server chunks.
    "prom-client",
    "pino",
    // Reads its VTIMEZONE files from its own folder (__dirname): bundled, it finds none and the
    // calendar file loses its VTIMEZONE.
    "@touch4it/ical-timezones",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// withSerwist keeps esbuild, which builds the service worker (app/serwist/[path]/route.ts), out of the bundle.
export default createNextIntlPlugin("./i18n/request.ts")(withSerwist(nextConfig));
