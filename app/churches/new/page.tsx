// A church leader signs their church up.
import type { Metadata } from "next";
import { CreateChurchForm } from "@/components/churches/forms";
import { requirePermission } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Sign your church up", robots: { index: false } };

export default async function NewChurchPage() {
  await requirePermission({ action: "church.create" }, "/churches/new");
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="font-serif text-3xl font-semibold">Sign your church up</h1>
      <p className="mt-2 text-muted">
        You become its leader: you can invite members, register your Freedom Sunday and plan it
        together.
      </p>
      <div className="mt-6">
        <CreateChurchForm />
      </div>
    </div>
  );
}
