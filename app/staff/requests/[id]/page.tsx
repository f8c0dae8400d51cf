// A request as staff manage it: its status, timeline, the bulletins that carry it, and its history.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KindBadge, StatusBadge } from "@/components/badges";
import { countText } from "@/lib/count-text";
import { AuditList } from "@/components/staff/audit-list";
import { CaseUpdateForm } from "@/components/staff/case-update-form";
import { requirePermission } from "@/lib/auth/guard";
import { listAudit } from "@/lib/data/audit";
import { getRequestForStaff } from "@/lib/data/staff";
import { calendarDay, formatDate } from "@/lib/time";
import { parseId } from "@/lib/validation/ids";

export const metadata: Metadata = { title: "Manage request", robots: { index: false } };

const labels = { update: "Update", answered: "Answered", reopened: "Reopened" } as const;

export default async function StaffRequestPage({ params }: { params: Promise<{ id: string }> }) {
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
  return (
    <>
      <p className="text-sm">
        <Link href="/staff" className="text-accent underline-offset-4 hover:underline">
          Staff
        </Link>
        {request.publishedAt && request.publishedAt <= new Date() ? (
          <>
            {" · "}
            <Link
              href={`/requests/${id}`}
              className="text-accent underline-offset-4 hover:underline"
            >
              Public page
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
        {countText({ times: request.prayerCount, people: request.prayerPeople })}
      </p>
      <div className="prose-body mt-4" dangerouslySetInnerHTML={{ __html: request.bodyHtml }} />
      <div className="mt-8">
        <CaseUpdateForm requestId={id} status={request.status} today={calendarDay(new Date())} />
      </div>
      <section aria-labelledby="timeline-heading" className="mt-10">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          Timeline
        </h2>
        {request.updates.length === 0 ? (
          <p className="mt-2 text-muted">No updates yet.</p>
        ) : (
          <ol className="mt-3 space-y-3 border-l-2 border-line pl-5">
            {request.updates.map((update) => (
              <li key={update.id}>
                <p className="text-sm text-muted">
                  <span className="font-semibold">{labels[update.kind]}</span> ·{" "}
                  <time dateTime={update.postedAt.toISOString()}>
                    {formatDate(update.postedAt)}
                  </time>
                </p>
                <div className="prose-body" dangerouslySetInnerHTML={{ __html: update.bodyHtml }} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="carried-heading" className="mt-10">
        <h2 id="carried-heading" className="text-xl font-semibold">
          Bulletins that carry it
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
                ({b.status === "draft" || !b.publishAt ? "draft" : formatDate(b.publishAt)})
              </span>
            </li>
          ))}
        </ul>
      </section>
      <AuditList entries={audit.entries} />
    </>
  );
}
