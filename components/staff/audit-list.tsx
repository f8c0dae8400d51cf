// The audit trail of a bulletin or request: who changed what, when, with before and after.
import { useLocale, useTranslations } from "next-intl";
import { parseAuditAction } from "@/lib/audit-action";
import type { AuditEntry } from "@/lib/data/audit";

type StaffT = ReturnType<typeof useTranslations<"staff">>;

/** The stored English action in the reader's language (unknown words are shown as stored). */
function actionText(action: string, t: StaffT, locale: string): string {
  const parsed = parseAuditAction(action);
  if (!parsed) return action;
  const fields = parsed.fields
    .map((field) =>
      t.has(`audit.fields.${field}` as never) ? t(`audit.fields.${field}` as never) : field,
    )
    .join(", ");
  const language = parsed.language
    ? (new Intl.DisplayNames([locale], { type: "language" }).of(parsed.language) ?? parsed.language)
    : "";
  return t(`audit.actions.${parsed.key}`, { fields, id: parsed.bulletinId ?? "", language });
}

function describe(value: Record<string, unknown> | null): string {
  if (!value) return "—";
  return Object.entries(value)
    .map(([key, v]) => `${key}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join("; ");
}

export function AuditList({ entries }: { entries: AuditEntry[] }) {
  const t = useTranslations("staff");
  const locale = useLocale();
  return (
    <section aria-labelledby="audit-heading" className="mt-10">
      <h2 id="audit-heading" className="text-xl font-semibold">
        {t("audit.heading")}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-muted">{t("audit.empty")}</p>
      ) : (
        <ol className="mt-3 space-y-2 text-sm">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded-lg border border-line bg-card px-3 py-2">
              <p>
                <span className="font-semibold">{entry.actorName ?? t("audit.someone")}</span>{" "}
                {actionText(entry.action, t, locale)} ·{" "}
                <time dateTime={entry.createdAt.toISOString()}>
                  {entry.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </time>
              </p>
              {entry.before || entry.after ? (
                <details className="mt-1">
                  <summary className="cursor-pointer text-muted">
                    {t("audit.beforeAndAfter")}
                  </summary>
                  <p className="mt-1 break-words">
                    <span className="font-semibold">{t("audit.before")}</span>{" "}
                    {describe(entry.before)}
                  </p>
                  <p className="break-words">
                    <span className="font-semibold">{t("audit.after")}</span>{" "}
                    {describe(entry.after)}
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
