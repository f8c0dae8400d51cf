// Import: paste a bulletin as plain text, review the parsed draft, fix it, save it as a draft.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ImportTool } from "@/components/staff/import-tool";
import { requirePermission } from "@/lib/auth/guard";
import { listRegions } from "@/lib/data/regions";
import { listCarryableRequests } from "@/lib/data/staff";
import { pageLocale } from "@/i18n/page";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("titles.importBulletin"), robots: { index: false } };
}

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("staff");
  const actor = await requirePermission({ action: "bulletin.write" }, "/staff/import");
  const [regions, carryable] = await Promise.all([listRegions(), listCarryableRequests(actor)]);
  if (!carryable.ok) throw new Error(carryable.error);
  return (
    <>
      <p className="text-sm">
        <Link href="/staff" className="text-accent underline-offset-4 hover:underline">
          {t("titles.staff")}
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-semibold">{t("titles.importBulletin")}</h1>
      <div className="mt-6">
        <ImportTool regions={regions} carryable={carryable.items} />
      </div>
    </>
  );
}
