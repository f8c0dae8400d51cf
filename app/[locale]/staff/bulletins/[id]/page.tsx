// Edit one bulletin, preview it, publish or schedule it, and see its history of changes.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { AuditList } from "@/components/staff/audit-list";
import { BulletinEditor } from "@/components/staff/bulletin-editor";
import { TranslationEditor } from "@/components/staff/translation-editor";
import { getBulletinTranslation } from "@/lib/data/translations";
import { PublishPanel } from "@/components/staff/publish-panel";
import { requirePermission } from "@/lib/auth/guard";
import { listAudit } from "@/lib/data/audit";
import { listRegions } from "@/lib/data/regions";
import { getBulletinForEdit, listCarryableRequests } from "@/lib/data/staff";
import { formatDate, toLocalDateTime, zoneLabel, type ZoneLabelWords } from "@/lib/time";
import { actorTimeZone } from "@/lib/data/sessions";
import { parseId } from "@/lib/validation/ids";
import { pageLocale } from "@/i18n/page";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("titles.editBulletin"), robots: { index: false } };
}

type Props = { params: Promise<{ id: string }> };

export default async function EditBulletinPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("staff");
  const zoneWords: ZoneLabelWords = (values) => t("zone", values);
  const raw = (await params).id;
  const actor = await requirePermission({ action: "bulletin.write" }, `/staff/bulletins/${raw}`);
  const id = parseId(raw);
  if (id === null) notFound();
  const found = await getBulletinForEdit(actor, id);
  if (!found.ok) notFound();
  const { bulletin } = found;
  const [regions, carryable, audit, zone, es, fr, pt] = await Promise.all([
    listRegions(),
    listCarryableRequests(actor),
    listAudit(actor, "bulletin", id),
    // Staff schedule in their own time zone, named on the page.
    actorTimeZone(actor),
    getBulletinTranslation(actor, id, "es"),
    getBulletinTranslation(actor, id, "fr"),
    getBulletinTranslation(actor, id, "pt"),
  ]);
  if (!carryable.ok || !audit.ok || !es.ok || !fr.ok || !pt.ok)
    throw new Error("Staff lists refused a staff member");
  const now = new Date();
  const state =
    bulletin.status === "draft" || !bulletin.publishAt
      ? t("bulletin.draft")
      : bulletin.publishAt > now
        ? t("bulletin.scheduledFor", {
            date: formatDate(
              new Date(`${toLocalDateTime(bulletin.publishAt, zone).slice(0, 10)}T12:00:00Z`),
              locale,
            ),
            time: toLocalDateTime(bulletin.publishAt, zone).slice(11),
            zone: zoneLabel(zone, bulletin.publishAt, zoneWords),
          })
        : t("bulletin.published", { date: formatDate(bulletin.publishAt, locale) });
  return (
    <>
      <p className="text-sm">
        <Link href="/staff" className="text-accent underline-offset-4 hover:underline">
          {t("titles.staff")}
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-semibold">{bulletin.title}</h1>
      <p className="mt-1 text-muted">
        {state} ·{" "}
        <Link
          href={`/staff/bulletins/${id}/preview`}
          className="text-accent underline underline-offset-4"
        >
          {t("bulletin.previewLink")}
        </Link>
      </p>
      <div className="mt-6">
        <PublishPanel
          bulletinId={id}
          status={
            bulletin.publishAt && bulletin.publishAt > now
              ? "scheduled"
              : bulletin.status === "draft"
                ? "draft"
                : "published"
          }
          publishAtLocal={bulletin.publishAt ? toLocalDateTime(bulletin.publishAt, zone) : null}
          timeZone={zoneLabel(zone, undefined, zoneWords)}
        />
      </div>
      <div className="mt-8">
        <BulletinEditor
          key={JSON.stringify(bulletin.items.map((i) => i.requestId))}
          bulletinId={id}
          initial={bulletin}
          regions={regions}
          carryable={carryable.items}
        />
      </div>
      <TranslationEditor
        bulletin={{
          id,
          title: bulletin.title,
          verseText: bulletin.verseText,
          verseReference: bulletin.verseReference,
          notes: bulletin.notes,
          items: bulletin.items.map((item) => ({
            requestId: item.requestId,
            region: item.region,
            title: item.title,
            body: item.body,
          })),
        }}
        saved={{ es: es.translation, fr: fr.translation, pt: pt.translation }}
      />
      {bulletin.items.length > 0 ? (
        <section aria-labelledby="cases-heading" className="mt-10">
          <h2 id="cases-heading" className="text-xl font-semibold">
            {t("bulletin.caseUpdates")}
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {bulletin.items.map((item) => (
              <li key={item.requestId}>
                <Link
                  href={`/staff/requests/${item.requestId}`}
                  className="text-accent underline-offset-4 hover:underline"
                >
                  {t("bulletin.updatesFor", { title: item.title })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <AuditList entries={audit.entries} />
    </>
  );
}
