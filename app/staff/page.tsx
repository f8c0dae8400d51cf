// The staff dashboard: drafts, scheduled and published bulletins.
import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { listBulletinsForStaff, type StaffBulletinRow } from "@/lib/data/bulletins";
import { listCarryableRequests } from "@/lib/data/staff";
import { Engagement } from "@/components/staff/engagement";
import { getEngagement } from "@/lib/data/engagement";
import { formatDate } from "@/lib/time";

export const metadata: Metadata = { title: "Staff", robots: { index: false } };

function BulletinList({
  title,
  rows,
  empty,
}: {
  title: string;
  rows: StaffBulletinRow[];
  empty: string;
}) {
  const id = `staff-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold">
        {title} <span className="text-muted">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-muted">{empty}</p>
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
                {row.publishAt ? formatDate(row.publishAt) : `Created ${formatDate(row.createdAt)}`}{" "}
                · {row.itemCount === 1 ? "1 item" : `${row.itemCount} items`}
                {row.publishAt && row.publishAt <= new Date() ? (
                  <>
                    {" "}
                    ·{" "}
                    <Link href={`/bulletins/${row.id}`} className="text-accent underline">
                      View
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

export default async function StaffPage() {
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
      <h1 className="font-serif text-3xl font-semibold">Staff</h1>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link
          href="/staff/import"
          className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink"
        >
          Import a bulletin
        </Link>
        <Link
          href="/staff/bulletins/new"
          className="rounded-lg border border-line px-4 py-2 font-semibold"
        >
          New bulletin
        </Link>
      </div>
      <Engagement engagement={engagement} />
      <BulletinList title="Drafts" rows={result.drafts} empty="No drafts." />
      <BulletinList title="Scheduled" rows={result.scheduled} empty="Nothing scheduled." />
      <BulletinList title="Published" rows={result.published} empty="Nothing published yet." />
      <section aria-labelledby="staff-requests" className="mt-8">
        <h2 id="staff-requests" className="text-xl font-semibold">
          Requests
        </h2>
        <p className="mt-1 text-sm text-muted">Post an update, mark one answered or archive it.</p>
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
                {request.regionName} · {request.status}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
