// The service worker (sw/sw.ts), built by Serwist with esbuild when the app is built and served at
// /serwist/sw.js with its scope widened to the whole site. Its precache list is the offline page in
// each language; the scripts, styles and fonts are kept with the pages that name them (sw/sw.ts).
import { randomUUID } from "node:crypto";
import { createSerwistRoute } from "@serwist/turbopack";
import { routing } from "@/i18n/routing";

// One revision per build: a new release fetches the offline pages again.
const revision = randomUUID();

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute(
  {
    swSrc: "sw/sw.ts",
    useNativeEsbuild: true,
    globPatterns: [],
    additionalPrecacheEntries: routing.locales.map((locale) => ({
      url: locale === routing.defaultLocale ? "/offline" : `/${locale}/offline`,
      revision,
    })),
  },
);
