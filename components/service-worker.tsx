"use client";
// Registers the service worker (sw/sw.ts, served at /serwist/sw.js) once the page has loaded, and
// asks it to keep the pages a member will want without signal: "This week" and /pray once per
// visit, and each page they reach by the app's own links (those arrive as data, not as a page load
// the service worker would see). Production builds only: in development every page is fresh.
import { useLocale } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { routing } from "@/i18n/routing";

const SW_URL = "/serwist/sw.js";
const WARMED = "intercede:sw-warmed";

let registration: Promise<ServiceWorkerRegistration | null> | null = null;

function register(): Promise<ServiceWorkerRegistration | null> {
  registration ??= new Promise<void>((resolve) => {
    if (document.readyState === "complete") resolve();
    else window.addEventListener("load", () => resolve(), { once: true });
  })
    .then(() => navigator.serviceWorker.register(SW_URL, { scope: "/", type: "module" }))
    .then(() => navigator.serviceWorker.ready)
    .catch(() => null);
  return registration;
}

/** Asks the service worker to fetch and keep these pages (it keeps only public ones). */
async function keep(urls: string[]) {
  const ready = await register();
  if (!ready?.active || !navigator.onLine) return;
  ready.active.postMessage({
    type: "CACHE_URLS",
    payload: { urlsToCache: urls.map((url) => [url, { headers: { "X-Intercede-Warm": "1" } }]) },
  });
}

function enabled(): boolean {
  return process.env.NODE_ENV === "production" && "serviceWorker" in navigator;
}

export function ServiceWorker() {
  const locale = useLocale();
  const pathname = usePathname();
  const loaded = useRef(false);

  useEffect(() => {
    if (!enabled()) return;
    const prefix = locale === routing.defaultLocale ? "" : `/${locale}`;
    let first = false;
    try {
      first = sessionStorage.getItem(WARMED) !== locale;
      sessionStorage.setItem(WARMED, locale);
    } catch {
      first = true;
    }
    if (first) void keep([prefix || "/", `${prefix}/pray`]);
  }, [locale]);

  useEffect(() => {
    if (!enabled()) return;
    // A page loaded while the service worker was in charge is already kept; one reached by a link
    // inside the app, or loaded before the worker was there, is fetched for it.
    const alreadyKept = !loaded.current && navigator.serviceWorker.controller !== null;
    loaded.current = true;
    if (!alreadyKept) void keep([`${window.location.pathname}${window.location.search}`]);
  }, [pathname]);

  return null;
}
