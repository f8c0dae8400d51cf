// Freedom Sunday for everyone: rendered once and cached. /freedom-sunday?country=… is answered by
// app/freedom-sunday/in/[country] (next.config.ts).
import type { Metadata } from "next";
import { FreedomSundayView } from "@/components/views/freedom-sunday-view";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page";

export const revalidate = 300;

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "freedomSunday" });
  return {
    title: t("meta.title"),
    description: t("meta.description"),
    openGraph: { title: t("meta.ogTitle"), url: "/freedom-sunday" },
  };
}

export default async function FreedomSundayPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  await pageLocale(params);
  return <FreedomSundayView />;
}
