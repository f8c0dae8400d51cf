// Small labels for a request's kind and status.
const kindLabels = { request: "Prayer request", praise: "Praise report" } as const;

export function KindBadge({ kind }: { kind: "request" | "praise" }) {
  const tone = kind === "praise" ? "bg-praise-bg text-praise" : "bg-request-bg text-accent";
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone}`}>
      {kindLabels[kind]}
    </span>
  );
}

export function StatusBadge({ status }: { status: "open" | "answered" | "archived" }) {
  if (status === "open") return null;
  const tone = status === "answered" ? "bg-answered-bg text-answered" : "bg-line text-muted";
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone}`}>
      {status === "answered" ? "Answered" : "Archived"}
    </span>
  );
}
