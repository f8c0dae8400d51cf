// The staff dashboard: drafts, scheduled and published bulletins.
import type { Metadata } from "next";
import { useLocale, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { requirePermission } from "@/lib/auth/guard";
import { listBulletinsForStaff, type StaffBulletinRow } from "@/lib/data/bulletins";
import { listCarryableRequests } from "@/lib/data/staff";
import { Engagement } from "@/components/staff/engagement";
import { getEngagement } from "@/lib/data/engagement";
import { formatDate } from "@/lib/time";
import { pageLocale } from "@/i18n/page";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("titles.staff"), robots: { index: false } };
}

function BulletinList({
  list,
  rows,
}: {
  list: "drafts" | "scheduled" | "published";
  rows: StaffBulletinRow[];
}) {
  const t = useTranslations("staff");
  const locale = useLocale() as Locale;
  const title = t(`dashboard.lists.${list}.title`);
  const id = `staff-${list}`;
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold">
        {title} <span className="text-muted">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-muted">{t(`dashboard.lists.${list}.empty`)}</p>
      ) : (
        <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-card">
          {rows.map((row) => (
            <li key={row.id} className="px-4 py-3">
              <p className="font-semibold">
                <Link
                  href={`/staff/bulletins/${row.id}`}
                  className="underline-offset-4 hover:underline"
                >
                  {row.title}
                </Link>
              </p>
              <p className="text-sm text-muted">
                {row.publishAt
                  ? formatDate(row.publishAt, locale)
                  : t("dashboard.created", { date: formatDate(row.createdAt, locale) })}{" "}
                · {t("itemCount", { count: row.itemCount })}
                {row.publishAt && row.publishAt <= new Date() ? (
                  <>
                    {" "}
                    ·{" "}
                    <Link href={`/bulletins/${row.id}`} className="text-accent underline">
                      {t("dashboard.view")}
                    </Link>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function StaffPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("staff");
  const actor = await requirePermission({ action: "bulletin.write" }, "/staff");
  const [result, requests, engagement] = await Promise.all([
    listBulletinsForStaff(actor),
    listCarryableRequests(actor),
    getEngagement(actor),
  ]);
  if (!result.ok || !requests.ok || !engagement.ok)
    throw new Error("Staff lists refused a staff member");
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">{t("titles.staff")}</h1>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link
          href="/staff/import"
          className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink"
        >
          {t("titles.importBulletin")}
        </Link>
        <Link
          href="/staff/bulletins/new"
          className="rounded-lg border border-line px-4 py-2 font-semibold"
        >
          {t("titles.newBulletin")}
        </Link>
      </div>
      <Engagement engagement={engagement} />
      <BulletinList list="drafts" rows={result.drafts} />
      <BulletinList list="scheduled" rows={result.scheduled} />
      <BulletinList list="published" rows={result.published} />
      <section aria-labelledby="staff-requests" className="mt-8">
        <h2 id="staff-requests" className="text-xl font-semibold">
          {t("dashboard.requests")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("dashboard.requestsHint")}</p>
        <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-card">
          {requests.items.slice(0, 30).map((request) => (
            <li key={request.id} className="flex flex-wrap justify-between gap-2 px-4 py-3">
              <Link
                href={`/staff/requests/${request.id}`}
                className="font-semibold underline-offset-4 hover:underline"
              >
                {request.title}
              </Link>
              <span className="text-sm text-muted">
                {request.regionName} · {t(`requestStatus.${request.status}`)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
