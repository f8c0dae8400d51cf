// Import: paste a bulletin as plain text, review the parsed draft, fix it, save it as a draft.
import type { Metadata } from "next";
import Link from "next/link";
import { ImportTool } from "@/components/staff/import-tool";
import { requirePermission } from "@/lib/auth/guard";
import { listRegions } from "@/lib/data/regions";
import { listCarryableRequests } from "@/lib/data/staff";

export const metadata: Metadata = { title: "Import a bulletin", robots: { index: false } };

export default async function ImportPage() {
  const actor = await requirePermission({ action: "bulletin.write" }, "/staff/import");
  const [regions, carryable] = await Promise.all([listRegions(), listCarryableRequests(actor)]);
  if (!carryable.ok) throw new Error(carryable.error);
  return (
    <>
      <p className="text-sm">
        <Link href="/staff" className="text-accent underline-offset-4 hover:underline">
          Staff
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-semibold">Import a bulletin</h1>
      <div className="mt-6">
        <ImportTool regions={regions} carryable={carryable.items} />
      </div>
    </>
  );
}
