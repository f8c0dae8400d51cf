// Guided prayer through the latest bulletin: rendered once and cached. /pray?region=… is answered
// by app/pray/in/[region] (cached per known region), through next.config.ts.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrayView } from "@/components/views/pray-view";
import { pageLocale } from "@/i18n/page";

export const revalidate = 300;

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "pray" });
  return {
    title: t("title"),
    description: t("description"),
    openGraph: { title: `${t("guided.label")} · Intercede`, url: "/pray" },
  };
}

export default async function PrayPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  return <PrayView />;
}
