// The service worker (Serwist), built by esbuild and served at /serwist/sw.js
// (app/serwist/[path]/route.ts). It keeps what a member needs to pray without signal:
//  - the public pages they opened (and "This week" and /pray, warmed by
//    components/service-worker.tsx): from the network while there is one, from this device when
//    there is not; never a private page (/me, My list, staff, sign-in) and never an /api answer;
//  - the scripts, styles and fonts those pages name (each file's name is its hash), fetched when a
//    page is kept, so a kept page works offline even if it was only warmed; not the whole build
//    (about 2 MB with the staff screens), which a phone would download for nothing;
//  - the offline page in each language, precached at install: a page not kept here opens it.
// "I prayed" pressed offline is queued by the page itself (lib/offline-prayers.ts), not here.
// It also shows prayer reminders (Web Push) and opens the reminder's page when one is tapped.
import {
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  Serwist,
  type PrecacheEntry,
  type RouteMatchCallbackOptions,
} from "serwist";

declare const self: ServiceWorkerGlobalScope & {
  __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
};

const LOCALE = "(?:/(?:es|fr|pt))?";
/** The public pages kept for offline reading, in any language: never /pray/mine or /pray/present. */
const PUBLIC_PAGE = new RegExp(
  `^${LOCALE}(?:/|/pray|/requests(?:/\\d+)?|/bulletins(?:/\\d+)?|/freedom-sunday(?:/\\d+)?)?/?$`,
);

/** Pages: the document itself (a navigation) or a warm-up asked for by the page. Not RSC payloads. */
function isPublicPage({ request, url, sameOrigin }: RouteMatchCallbackOptions): boolean {
  if (!sameOrigin || request.method !== "GET" || request.headers.has("RSC")) return false;
  if (!PUBLIC_PAGE.test(url.pathname)) return false;
  return request.mode === "navigate" || request.headers.get(WARM_HEADER) === "1";
}

const WARM_HEADER = "X-Intercede-Warm";
const PAGES = "pages";
const ASSETS = "assets";
const ASSET = /\/_next\/static\/[^"'\s<>()\\]+/g;

/** Fetches what a kept page's HTML names from the build (scripts, styles, fonts) not yet kept. */
async function keepAssetsOf(page: Response): Promise<void> {
  const html = await page.clone().text();
  const cache = await caches.open(ASSETS);
  const urls = [...new Set(html.match(ASSET) ?? [])];
  await Promise.all(
    urls.map(async (url) => {
      if (await cache.match(url)) return;
      // One missing file (a build replaced meanwhile) must not lose the page itself.
      await cache.add(url).catch(() => undefined);
    }),
  );
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: isPublicPage,
      handler: new NetworkFirst({
        cacheName: PAGES,
        // A page that takes longer than this (one bar of signal) is shown from the device instead.
        networkTimeoutSeconds: 6,
        plugins: [
          new ExpirationPlugin({ maxEntries: 80, maxAgeSeconds: 14 * 24 * 60 * 60 }),
          {
            // Only a plain 200 page is kept: not a redirect, an error or a page that set a cookie.
            cacheWillUpdate: async ({ response }) =>
              response.status === 200 && !response.redirected ? response : null,
            cacheDidUpdate: async ({ newResponse }) => keepAssetsOf(newResponse),
          },
        ],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: ASSETS,
        plugins: [new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 30 * 24 * 60 * 60 })],
      }),
    },
    // Any other page (private ones included): always from the network; offline, the offline page.
    { matcher: ({ request }) => request.mode === "navigate", handler: new NetworkOnly() },
  ],
  fallbacks: {
    entries: ["es", "fr", "pt", "en"].map((locale) => ({
      url: locale === "en" ? "/offline" : `/${locale}/offline`,
      matcher: ({ request }: { request: Request }) => {
        if (request.destination !== "document") return false;
        const { pathname } = new URL(request.url);
        return locale === "en" || pathname === `/${locale}` || pathname.startsWith(`/${locale}/`);
      },
    })),
  },
});

serwist.addEventListeners();

// The offline page's own scripts and styles (the same in every language), so it works offline too.
self.addEventListener("install", (event) => {
  event.waitUntil(
    fetch("/offline")
      .then((page) => (page.ok ? keepAssetsOf(page) : undefined))
      .catch(() => undefined),
  );
});

// ---- prayer reminders (Web Push) ----

interface ReminderPayload {
  title?: string;
  body?: string;
  url?: string;
}

/** Only an address on this site: a push cannot send a member elsewhere. */
function sameSiteUrl(url: string | undefined): string {
  try {
    const target = new URL(url ?? "/pray", self.location.origin);
    return target.origin === self.location.origin ? target.href : `${self.location.origin}/pray`;
  } catch {
    return `${self.location.origin}/pray`;
  }
}

self.addEventListener("push", (event) => {
  let payload: ReminderPayload = {};
  try {
    payload = (event.data?.json() ?? {}) as ReminderPayload;
  } catch {
    payload = { body: event.data?.text() };
  }
  event.waitUntil(
    self.registration.showNotification(payload.title || "Intercede", {
      body: payload.body ?? "",
      icon: "/pwa-icon/192",
      badge: "/pwa-icon/192",
      tag: "prayer-reminder",
      data: { url: sameSiteUrl(payload.url) },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = sameSiteUrl((event.notification.data as { url?: string } | null)?.url);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((client) => client.url === url);
      if (open) return void (await open.focus());
      await self.clients.openWindow(url);
    })(),
  );
});
