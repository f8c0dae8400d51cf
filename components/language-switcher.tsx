"use client";
// The languages, each a link to this same page in it. Choosing one is remembered: next-intl sets
// its cookie, and a signed-in person's profile keeps it too (their e-mails follow it).
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { localeNames, locales, type Locale } from "@/i18n/routing";
import { useSessionUser } from "./account/session";

export function LanguageSwitcher() {
  const t = useTranslations("common");
  const current = useLocale();
  const pathname = usePathname();
  const { user } = useSessionUser();
  const remember = (locale: Locale) => {
    if (!user) return;
    void fetch("/api/me/locale", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale }),
      keepalive: true,
    });
  };
  return (
    <nav aria-label={t("language")} className="mt-4">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" className="font-semibold text-ink">
                {localeNames[locale]}
              </span>
            ) : (
              <Link
                href={pathname}
                locale={locale}
                // Rarely followed: not fetched ahead (each would render this page in that language).
                prefetch={false}
                hrefLang={locale}
                lang={locale}
                onClick={() => remember(locale)}
                className="underline underline-offset-4"
              >
                {localeNames[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
