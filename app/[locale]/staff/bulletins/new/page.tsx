// A new bulletin, written by hand (or see /staff/import to start from pasted text).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { BulletinEditor } from "@/components/staff/bulletin-editor";
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
  return { title: t("titles.newBulletin"), robots: { index: false } };
}

export default async function NewBulletinPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("staff");
  const actor = await requirePermission({ action: "bulletin.write" }, "/staff/bulletins/new");
  const [regions, carryable] = await Promise.all([listRegions(), listCarryableRequests(actor)]);
  if (!carryable.ok) throw new Error(carryable.error);
  return (
    <>
      <p className="text-sm">
        <Link href="/staff" className="text-accent underline-offset-4 hover:underline">
          {t("titles.staff")}
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-semibold">{t("titles.newBulletin")}</h1>
      <div className="mt-6">
        <BulletinEditor
          bulletinId={null}
          initial={{ title: "", verseText: "", verseReference: "", notes: [], items: [] }}
          regions={regions}
          carryable={carryable.items}
        />
      </div>
    </>
  );
}
