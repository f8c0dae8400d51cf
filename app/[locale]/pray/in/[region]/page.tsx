// /pray?region=… (rewritten here by next.config.ts): guided prayer for one region, cached per region
// (an unknown region is shown with a message and not kept; components/views/pray-view.tsx).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrayView } from "@/components/views/pray-view";
import { pageLocale } from "@/i18n/page";

export const revalidate = 300;

export function generateStaticParams(): never[] {
  return [];
}

type Params = Promise<{ locale: string; region: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, region } = await params;
  const t = await getTranslations({ locale, namespace: "pray" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: { canonical: `/pray?region=${region}` },
  };
}

export default async function PrayForRegionPage({ params }: { params: Params }) {
  await pageLocale(params);
  return <PrayView region={(await params).region} />;
}
