// A church leader signs their church up.
import type { Metadata } from "next";
import { CreateChurchForm } from "@/components/churches/forms";
import { requirePermission } from "@/lib/auth/guard";
import { timeZoneNames } from "@/lib/time";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "churches" });
  return { title: t("new.metaTitle"), robots: { index: false } };
}

export default async function NewChurchPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("churches");
  await requirePermission({ action: "church.create" }, "/churches/new");
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="font-serif text-3xl font-semibold">{t("new.heading")}</h1>
      <p className="mt-2 text-muted">{t("new.intro")}</p>
      <div className="mt-6">
        <CreateChurchForm zones={timeZoneNames()} />
      </div>
    </div>
  );
}
