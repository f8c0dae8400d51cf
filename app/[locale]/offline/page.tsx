// What the service worker (sw/sw.ts) shows for a page it has not kept, when there is no connection:
// said plainly, with the pages that do open without signal. Kept on the device at install, in
// each language; never listed by search engines.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RetryButton } from "@/components/retry-button";
import { Link } from "@/i18n/navigation";
import { privatePageTitle } from "@/i18n/page-title";

export const generateMetadata = privatePageTitle("common", "offline.pageTitle");

export default async function OfflinePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("common");
  const links = [
    { href: "/", label: t("nav.thisWeek") },
    { href: "/pray", label: t("nav.pray") },
    { href: "/requests", label: t("nav.requests") },
  ] as const;
  return (
    <div className="py-12 text-center">
      <h1 className="font-serif text-3xl font-semibold">{t("offline.pageTitle")}</h1>
      <p className="mx-auto mt-3 max-w-prose text-muted">{t("offline.pageBody")}</p>
      <ul className="mt-6 flex flex-wrap justify-center gap-3">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="inline-block rounded-lg border border-line bg-card px-4 py-2 font-semibold"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <RetryButton label={t("offline.retry")} />
      </p>
    </div>
  );
}
