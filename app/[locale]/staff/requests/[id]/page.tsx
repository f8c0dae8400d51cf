// A request as staff manage it: its status, timeline, the bulletins that carry it, and its history.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { KindBadge, StatusBadge } from "@/components/badges";
import { countText } from "@/lib/count-text";
import { TimelineEntry } from "@/components/timeline-entry";
import { UpdateTranslationForm } from "@/components/staff/update-translation-form";
import { updateTranslationsForStaff } from "@/lib/data/translations";
import { AuditList } from "@/components/staff/audit-list";
import { CaseUpdateForm } from "@/components/staff/case-update-form";
import { requirePermission } from "@/lib/auth/guard";
import { listAudit } from "@/lib/data/audit";
import { getRequestForStaff } from "@/lib/data/staff";
import { calendarDay, formatDate } from "@/lib/time";
import { parseId } from "@/lib/validation/ids";
import { pageLocale } from "@/i18n/page";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("titles.manageRequest"), robots: { index: false } };
}

export default async function StaffRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("staff");
  const counts = await getTranslations("requests");
  const raw = (await params).id;
  const actor = await requirePermission({ action: "request.write" }, `/staff/requests/${raw}`);
  const id = parseId(raw);
  if (id === null) notFound();
  const [found, audit] = await Promise.all([
    getRequestForStaff(actor, id),
    listAudit(actor, "request", id),
  ]);
  if (!found.ok) notFound();
  if (!audit.ok) throw new Error(audit.error);
  const { request } = found;
  const translations = await updateTranslationsForStaff(
    actor,
    request.updates.map((u) => u.id),
  );
  if (!translations.ok) throw new Error("A staff list refused a staff member");
  return (
    <>
      <p className="text-sm">
        <Link href="/staff" className="text-accent underline-offset-4 hover:underline">
          {t("titles.staff")}
        </Link>
        {request.publishedAt && request.publishedAt <= new Date() ? (
          <>
            {" · "}
            <Link
              href={`/requests/${id}`}
              className="text-accent underline-offset-4 hover:underline"
            >
              {t("request.publicPage")}
            </Link>
          </>
        ) : null}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <KindBadge kind={request.kind} />
        <StatusBadge status={request.status} />
        <span className="text-sm text-muted">
          {request.country ? `${request.country} · ${request.regionName}` : request.regionName}
        </span>
      </div>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{request.title}</h1>
      <p className="mt-1 text-sm text-muted">
        {request.prayerCount === 0
          ? t("request.noPrayers")
          : countText(
              { times: request.prayerCount, people: request.prayerPeople },
              "request",
              counts,
            )}
      </p>
      <div className="prose-body mt-4" dangerouslySetInnerHTML={{ __html: request.bodyHtml }} />
      <div className="mt-8">
        <CaseUpdateForm requestId={id} status={request.status} today={calendarDay(new Date())} />
      </div>
      <section aria-labelledby="timeline-heading" className="mt-10">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          {t("request.timeline")}
        </h2>
        {request.updates.length === 0 ? (
          <p className="mt-2 text-muted">{t("request.noUpdates")}</p>
        ) : (
          <ol className="mt-3 space-y-3 border-l-2 border-line pl-5">
            {request.updates.map((update) => (
              <TimelineEntry key={update.id} update={update}>
                <UpdateTranslationForm
                  updateId={update.id}
                  original={update.body}
                  saved={translations.byUpdate[update.id] ?? {}}
                />
              </TimelineEntry>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="carried-heading" className="mt-10">
        <h2 id="carried-heading" className="text-xl font-semibold">
          {t("request.carriedBy")}
        </h2>
        <ul className="mt-2 list-disc pl-5">
          {request.bulletins.map((b) => (
            <li key={b.id}>
              <Link
                href={`/staff/bulletins/${b.id}`}
                className="text-accent underline-offset-4 hover:underline"
              >
                {b.title}
              </Link>{" "}
              <span className="text-sm text-muted">
                (
                {b.status === "draft" || !b.publishAt
                  ? t("bulletinStatus.draft")
                  : formatDate(b.publishAt, locale)}
                )
              </span>
            </li>
          ))}
        </ul>
      </section>
      <AuditList entries={audit.entries} />
    </>
  );
}
