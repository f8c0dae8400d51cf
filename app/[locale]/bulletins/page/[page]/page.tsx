// /bulletins?page=N (rewritten here by next.config.ts): one cached page of the archive per page.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BulletinArchive } from "@/components/views/bulletin-archive";
import { pageLocale } from "@/i18n/page";

export const revalidate = 300;

export function generateStaticParams(): never[] {
  return [];
}

type Params = Promise<{ locale: string; page: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, page } = await params;
  const t = await getTranslations({ locale, namespace: "bulletins" });
  return {
    title: t("pageTitle", { page }),
    description: t("description"),
    alternates: { canonical: `/bulletins?page=${page}` },
  };
}

export default async function BulletinArchivePage({ params }: { params: Params }) {
  await pageLocale(params);
  const page = Number((await params).page);
  if (!Number.isInteger(page) || page < 1 || page > 999) notFound();
  return <BulletinArchive page={page} />;
}
