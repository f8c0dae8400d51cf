// /requests?region=…&kind=…&status=…&page=… (rewritten here by next.config.ts): one cached page per
// set of filters. "all" / "current" / "1" stand for a filter left out.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequestsView, requestsHref } from "@/components/views/requests-view";
import type { Locale } from "@/i18n/locales";
import { getPathname } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page";

export const revalidate = 300;

export function generateStaticParams(): never[] {
  return [];
}

type Params = Promise<{
  locale: string;
  region: string;
  kind: string;
  status: string;
  page: string;
}>;

async function rawFilters(params: Params) {
  const { region, kind, status, page } = await params;
  return {
    region: region === "all" ? undefined : region,
    kind: kind === "all" ? undefined : kind,
    status: status === "current" ? undefined : status,
    page,
  };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "requests" });
  const raw = await rawFilters(params);
  const url = getPathname({ href: requestsHref({ ...raw, page: Number(raw.page) }), locale });
  return {
    title: t("meta.title"),
    description: t("meta.description"),
    alternates: { canonical: url },
    openGraph: { title: t("meta.ogTitle"), url },
  };
}

/** Whether each filter is written as the app writes it (a made-up one is shown, never kept). */
async function wellFormed(params: Params): Promise<boolean> {
  const { region, kind, status, page } = await params;
  return (
    /^[a-z0-9-]{1,60}$/.test(region) &&
    ["all", "request", "praise"].includes(kind) &&
    ["current", "open", "answered", "archived"].includes(status) &&
    /^[1-9][0-9]{0,2}$/.test(page)
  );
}

export default async function FilteredRequestsPage({ params }: { params: Params }) {
  await pageLocale(params);
  return <RequestsView raw={await rawFilters(params)} wellFormed={await wellFormed(params)} />;
}
