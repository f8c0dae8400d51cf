// The app's frame: header with the main navigation, the page, and a quiet footer.
import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { AccountMenu } from "@/components/account/account-menu";
import { Providers } from "@/components/providers";
import { siteUrl } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Intercede — praying for justice", template: "%s · Intercede" },
  description:
    "Pray with your church for the work of a justice mission: rescue from trafficking and violence, trials, survivors' healing.",
  openGraph: { siteName: "Intercede", type: "website", locale: "en_GB" },
  alternates: {
    types: {
      "application/rss+xml": [{ url: "/feed.xml", title: "Intercede: requests and updates" }],
      "application/feed+json": [{ url: "/feed.json", title: "Intercede: requests and updates" }],
    },
  },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#121212" },
  ],
};

const mainLinks = [
  { href: "/", label: "This week" },
  { href: "/pray", label: "Pray" },
  { href: "/requests", label: "Requests" },
  { href: "/bulletins", label: "Bulletins" },
  { href: "/freedom-sunday", label: "Freedom Sunday" },
] as const;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <Providers>
          <header className="border-b border-line bg-card print:hidden">
            <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
              <Link href="/" className="font-serif text-xl font-semibold tracking-tight">
                Intercede
              </Link>
              <nav aria-label="Main" className="flex-1">
                <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  {mainLinks.map((link) => (
                    <li key={link.href}>
                      <Link href={link.href} className="underline-offset-4 hover:underline">
                        {link.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              <AccountMenu />
            </div>
          </header>
          <main
            id="main"
            className="mx-auto max-w-4xl px-4 py-6 sm:py-10 print:max-w-none print:p-0"
          >
            {children}
          </main>
        </Providers>
        <footer className="mx-auto max-w-4xl border-t border-line px-4 py-6 text-sm text-muted print:hidden">
          <p>
            Stories are shared with care: names marked * are pseudonyms, and no survivor is ever
            identified.
          </p>
        </footer>
      </body>
    </html>
  );
}
