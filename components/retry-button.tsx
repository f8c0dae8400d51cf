"use client";
// Loads the page again (the offline page's way back once the connection returns).
export function RetryButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.location.reload()}
      className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink"
    >
      {label}
    </button>
  );
}
