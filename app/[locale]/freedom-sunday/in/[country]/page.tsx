// /freedom-sunday?country=… (rewritten here by next.config.ts): the hosting churches of one country,
// cached per country that has any (another country is said so and not kept).
import type { Metadata } from "next";
import { FreedomSundayView } from "@/components/views/freedom-sunday-view";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page";

export const revalidate = 300;

export function generateStaticParams(): never[] {
  return [];
}

type Params = Promise<{ locale: string; country: string }>;

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, country: raw } = await params;
  const country = decoded(raw);
  const t = await getTranslations({ locale, namespace: "freedomSunday" });
  return {
    title: t("meta.title"),
    alternates: { canonical: `/freedom-sunday?country=${encodeURIComponent(country)}` },
  };
}

export default async function FreedomSundayCountryPage({ params }: { params: Params }) {
  await pageLocale(params);
  return <FreedomSundayView country={decoded((await params).country)} />;
}
