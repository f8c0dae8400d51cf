"use client";
// A page failed to render: say so, offer a retry, reveal nothing about the cause.
import Link from "next/link";

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="py-16 text-center" role="alert">
      <h1 className="font-serif text-3xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-muted">
        This page could not be shown just now. Please try again in a moment.
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink"
        >
          Try again
        </button>
        <Link href="/" className="rounded-lg border border-line px-4 py-2">
          Home
        </Link>
      </div>
    </div>
  );
}
