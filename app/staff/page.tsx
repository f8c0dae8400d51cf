// The staff dashboard: drafts, scheduled and published bulletins.
import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { listBulletinsForStaff, type StaffBulletinRow } from "@/lib/data/bulletins";
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
              <p className="font-semibold">{row.title}</p>
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
  const result = await listBulletinsForStaff(actor);
  if (!result.ok) throw new Error(result.error);
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">Staff</h1>
      <p className="mt-1 text-muted">
        Bulletins by status. Import and editing arrive with the publishing tools.
      </p>
      <BulletinList title="Drafts" rows={result.drafts} empty="No drafts." />
      <BulletinList title="Scheduled" rows={result.scheduled} empty="Nothing scheduled." />
      <BulletinList title="Published" rows={result.published} empty="Nothing published yet." />
    </>
  );
}
