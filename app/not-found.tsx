// 404: said plainly, with the way back.
import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">Page not found</h1>
      <p className="mt-2 text-muted">
        There is nothing at this address. It may have been moved or never published.
      </p>
      <p className="mt-6">
        <Link href="/" className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink">
          Back to this week&apos;s requests
        </Link>
      </p>
    </div>
  );
}
