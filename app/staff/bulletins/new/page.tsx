// A new bulletin, written by hand (or see /staff/import to start from pasted text).
import type { Metadata } from "next";
import Link from "next/link";
import { BulletinEditor } from "@/components/staff/bulletin-editor";
import { requirePermission } from "@/lib/auth/guard";
import { listRegions } from "@/lib/data/regions";
import { listCarryableRequests } from "@/lib/data/staff";

export const metadata: Metadata = { title: "New bulletin", robots: { index: false } };

export default async function NewBulletinPage() {
  const actor = await requirePermission({ action: "bulletin.write" }, "/staff/bulletins/new");
  const [regions, carryable] = await Promise.all([listRegions(), listCarryableRequests(actor)]);
  if (!carryable.ok) throw new Error(carryable.error);
  return (
    <>
      <p className="text-sm">
        <Link href="/staff" className="text-accent underline-offset-4 hover:underline">
          Staff
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-semibold">New bulletin</h1>
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
