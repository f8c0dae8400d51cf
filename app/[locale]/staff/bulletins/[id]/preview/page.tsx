// A bulletin exactly as the public will see it, before it is public.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { BulletinBody } from "@/components/bulletin-body";
import { requirePermission } from "@/lib/auth/guard";
import { listRegions } from "@/lib/data/regions";
import { getBulletinForEdit } from "@/lib/data/staff";
import { excerpt, renderMarkdown } from "@/lib/markdown";
import { parseId } from "@/lib/validation/ids";
import { pageLocale } from "@/i18n/page";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("titles.preview"), robots: { index: false } };
}

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("staff");
  const raw = (await params).id;
  const actor = await requirePermission(
    { action: "bulletin.write" },
    `/staff/bulletins/${raw}/preview`,
  );
  const id = parseId(raw);
  if (id === null) notFound();
  const [found, regions] = await Promise.all([getBulletinForEdit(actor, id), listRegions()]);
  if (!found.ok) notFound();
  const { bulletin } = found;
  const names = new Map(regions.map((r) => [r.slug, r.name]));
  return (
    <>
      <p role="note" className="mb-6 rounded-lg border border-accent bg-card px-4 py-3 text-sm">
        {t("preview.note")}{" "}
        <Link href={`/staff/bulletins/${id}`} className="text-accent underline underline-offset-4">
          {t("preview.back")}
        </Link>
      </p>
      <BulletinBody
        preview
        bulletin={{
          ...bulletin,
          publishAt: bulletin.publishAt ?? new Date(),
          items: bulletin.items.map((item) => ({
            id: item.requestId,
            title: item.title,
            body: item.body,
            // Rendered as the saved bulletin was (a staff page, so no stored copy is needed here).
            bodyHtml: renderMarkdown(item.body),
            excerpt: excerpt(item.body),
            kind: item.kind,
            status: item.status,
            country: item.country,
            regionSlug: item.region,
            regionName: names.get(item.region) ?? item.region,
            prayerCount: 0,
            prayerPeople: 0,
          })),
        }}
      />
    </>
  );
}
