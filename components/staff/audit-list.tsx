// The audit trail of a bulletin or request: who changed what, when, with before and after.
import type { AuditEntry } from "@/lib/data/audit";

function describe(value: Record<string, unknown> | null): string {
  if (!value) return "—";
  return Object.entries(value)
    .map(([key, v]) => `${key}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join("; ");
}

export function AuditList({ entries }: { entries: AuditEntry[] }) {
  return (
    <section aria-labelledby="audit-heading" className="mt-10">
      <h2 id="audit-heading" className="text-xl font-semibold">
        History of changes
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-muted">No changes recorded yet.</p>
      ) : (
        <ol className="mt-3 space-y-2 text-sm">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded-lg border border-line bg-card px-3 py-2">
              <p>
                <span className="font-semibold">{entry.actorName ?? "Someone"}</span> {entry.action}{" "}
                ·{" "}
                <time dateTime={entry.createdAt.toISOString()}>
                  {entry.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </time>
              </p>
              {entry.before || entry.after ? (
                <details className="mt-1">
                  <summary className="cursor-pointer text-muted">Before and after</summary>
                  <p className="mt-1 break-words">
                    <span className="font-semibold">Before:</span> {describe(entry.before)}
                  </p>
                  <p className="break-words">
                    <span className="font-semibold">After:</span> {describe(entry.after)}
                  </p>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
