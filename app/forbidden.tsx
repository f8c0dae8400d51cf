// 403: signed in, but this page is not for this role.
import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">You do not have access to this page</h1>
      <p className="mt-2 text-muted">
        This part of Intercede is for the mission&apos;s staff or administrators.
      </p>
      <p className="mt-6">
        <Link href="/" className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink">
          Back to this week&apos;s requests
        </Link>
      </p>
    </div>
  );
}
