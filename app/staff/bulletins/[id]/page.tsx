// Edit one bulletin, preview it, publish or schedule it, and see its history of changes.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditList } from "@/components/staff/audit-list";
import { BulletinEditor } from "@/components/staff/bulletin-editor";
import { PublishPanel } from "@/components/staff/publish-panel";
import { requirePermission } from "@/lib/auth/guard";
import { listAudit } from "@/lib/data/audit";
import { listRegions } from "@/lib/data/regions";
import { getBulletinForEdit, listCarryableRequests } from "@/lib/data/staff";
import { appTimeZone, formatDate, toLocalDateTime } from "@/lib/time";
import { parseId } from "@/lib/validation/ids";

export const metadata: Metadata = { title: "Edit bulletin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function EditBulletinPage({ params }: Props) {
  const raw = (await params).id;
  const actor = await requirePermission({ action: "bulletin.write" }, `/staff/bulletins/${raw}`);
  const id = parseId(raw);
  if (id === null) notFound();
  const found = await getBulletinForEdit(actor, id);
  if (!found.ok) notFound();
  const { bulletin } = found;
  const [regions, carryable, audit] = await Promise.all([
    listRegions(),
    listCarryableRequests(actor),
    listAudit(actor, "bulletin", id),
  ]);
  if (!carryable.ok || !audit.ok) throw new Error("Staff lists refused a staff member");
  const now = new Date();
  const state =
    bulletin.status === "draft" || !bulletin.publishAt
      ? "Draft"
      : bulletin.publishAt > now
        ? `Scheduled for ${formatDate(bulletin.publishAt)}, ${toLocalDateTime(bulletin.publishAt).slice(11)} (${appTimeZone()})`
        : `Published ${formatDate(bulletin.publishAt)}`;
  return (
    <>
      <p className="text-sm">
        <Link href="/staff" className="text-accent underline-offset-4 hover:underline">
          Staff
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-semibold">{bulletin.title}</h1>
      <p className="mt-1 text-muted">
        {state} ·{" "}
        <Link
          href={`/staff/bulletins/${id}/preview`}
          className="text-accent underline underline-offset-4"
        >
          Preview as the public will see it
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
          publishAtLocal={bulletin.publishAt ? toLocalDateTime(bulletin.publishAt) : null}
          timeZone={appTimeZone()}
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
      {bulletin.items.length > 0 ? (
        <section aria-labelledby="cases-heading" className="mt-10">
          <h2 id="cases-heading" className="text-xl font-semibold">
            Case updates
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {bulletin.items.map((item) => (
              <li key={item.requestId}>
                <Link
                  href={`/staff/requests/${item.requestId}`}
                  className="text-accent underline-offset-4 hover:underline"
                >
                  Updates and status: {item.title}
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
