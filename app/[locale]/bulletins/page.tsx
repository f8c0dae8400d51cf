// The archive of published bulletins, newest first: rendered once and cached. Later pages
// (/bulletins?page=N) are answered by app/bulletins/page/[page] (next.config.ts).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BulletinArchive } from "@/components/views/bulletin-archive";
import { pageLocale } from "@/i18n/page";

export const revalidate = 300;

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "bulletins" });
  return {
    title: t("title"),
    description: t("description"),
    openGraph: { title: `${t("title")} · Intercede`, url: "/bulletins" },
  };
}

export default async function BulletinsPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  return <BulletinArchive page={1} />;
}
