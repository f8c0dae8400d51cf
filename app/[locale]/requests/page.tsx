// All published requests. Rendered once and cached; with filters in the URL the address is answered
// by the cached page for those filters (app/requests/view/…), a search by the one search page
// (app/[locale]/requests/search); next.config.ts and proxy.ts map the query to those routes.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequestsView } from "@/components/views/requests-view";
import type { Locale } from "@/i18n/locales";
import { getPathname } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page";

export const revalidate = 300;

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "requests" });
  return {
    title: t("meta.title"),
    description: t("meta.description"),
    openGraph: { title: t("meta.ogTitle"), url: getPathname({ href: "/requests", locale }) },
  };
}

export default async function RequestsPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  return <RequestsView raw={{}} />;
}
