// /requests?q=… (rewritten here by proxy.ts): the search, with its filters, in one path segment. It
// is cached like any page, but only the most recent searches are kept (cache-handler.mjs), so a
// common search is served from the cache and an endless stream of made-up ones fills nothing.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequestsView } from "@/components/views/requests-view";
import { filtersOfSearchKey } from "@/lib/search-key";
import { pageLocale } from "@/i18n/page";

export const revalidate = 300;

export function generateStaticParams(): never[] {
  return [];
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "requests" });
  return { title: t("meta.searchTitle"), robots: { index: false } };
}

export default async function RequestSearchResultsPage({
  params,
}: {
  params: Promise<{ key: string }>;
}) {
  await pageLocale(params);
  return <RequestsView raw={filtersOfSearchKey((await params).key)} />;
}
