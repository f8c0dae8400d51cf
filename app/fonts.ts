// The app's type, self-hosted: Source Serif 4 for headings and scripture, Inter for everything
// else. Both are variable fonts from Fontsource's npm packages (SIL Open Font License), so the
// build needs no network; next/font serves them from /_next/static and sizes the system fallback to
// match. They are not preloaded and use font-display "optional": on a slow phone's first visit the
// page keeps the fallback rather than waiting or re-laying out (preloaded with "swap" they cost
// 5–10 Lighthouse points), and from then on they come from the cache. Latin subset: English,
// Spanish, Portuguese and French need nothing more.
import localFont from "next/font/local";

export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  weight: "100 900",
  display: "optional",
  preload: false,
  fallback: ["ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "Arial", "sans-serif"],
});

export const sourceSerif = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
  variable: "--font-source-serif",
  weight: "200 900",
  display: "optional",
  preload: false,
  fallback: ["Iowan Old Style", "Palatino Linotype", "Georgia", "serif"],
});
