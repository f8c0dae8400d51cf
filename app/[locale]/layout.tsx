// The app's frame in the reader's language: header with the main navigation, the page, and a quiet
// footer with the language switcher. Rendered once per language and cached.
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { inter, sourceSerif } from "@/app/fonts";
import { ClientMessages } from "@/components/client-messages";
import { LanguageSwitcher } from "@/components/language-switcher";
import { OfflineStatus } from "@/components/offline-status";
import { Providers } from "@/components/providers";
import { ServiceWorker } from "@/components/service-worker";
import { SiteHeader } from "@/components/site-header";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { feedPath } from "@/lib/feeds-path";
import { siteUrl } from "@/lib/site";
import "@/app/globals.css";

const ogLocales = { en: "en_GB", es: "es_ES", fr: "fr_FR", pt: "pt_BR" } as const;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("meta.title"), template: `%s · Intercede` },
    description: t("meta.description"),
    openGraph: { siteName: "Intercede", type: "website", locale: ogLocales[locale] },
    alternates: {
      types: {
        "application/rss+xml": [{ url: feedPath(locale, "xml"), title: t("meta.feedTitle") }],
        "application/feed+json": [{ url: feedPath(locale, "json"), title: t("meta.feedTitle") }],
      },
    },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#121212" },
  ],
};

export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("common");
  const mainLinks = [
    { href: "/", label: t("nav.thisWeek") },
    { href: "/pray", label: t("nav.pray") },
    { href: "/requests", label: t("nav.requests") },
    { href: "/bulletins", label: t("nav.bulletins") },
    { href: "/freedom-sunday", label: t("nav.freedomSunday") },
  ];
  return (
    <html lang={locale} className={`${inter.variable} ${sourceSerif.variable}`}>
      <body className="min-h-dvh">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <ClientMessages>
          <Providers>
            <header className="border-b border-line bg-card print:hidden">
              <SiteHeader links={mainLinks} />
            </header>
            <OfflineStatus />
            <ServiceWorker />
            <main
              id="main"
              className="mx-auto max-w-4xl px-4 py-6 sm:py-10 print:max-w-none print:p-0"
            >
              {children}
            </main>
            <footer className="mx-auto max-w-4xl border-t border-line px-4 py-6 text-sm text-muted print:hidden">
              <p>{t("footer.care")}</p>
              <p className="mt-2">
                <Link href="/subscribe" className="underline underline-offset-4">
                  {t("footer.subscribe")}
                </Link>{" "}
                — {t("footer.subscribeWhat")}
              </p>
              <LanguageSwitcher />
            </footer>
          </Providers>
        </ClientMessages>
      </body>
    </html>
  );
}
