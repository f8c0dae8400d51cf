// Small labels for a request's kind and status.
import { useTranslations } from "next-intl";

export function KindBadge({ kind }: { kind: "request" | "praise" }) {
  const t = useTranslations("requests");
  const tone = kind === "praise" ? "bg-praise-bg text-praise" : "bg-request-bg text-accent";
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone}`}>
      {t(`kinds.${kind}`)}
    </span>
  );
}

export function StatusBadge({ status }: { status: "open" | "answered" | "archived" }) {
  const t = useTranslations("requests");
  if (status === "open") return null;
  const tone = status === "answered" ? "bg-answered-bg text-answered" : "bg-line text-muted";
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone}`}>
      {t(`statuses.${status}`)}
    </span>
  );
}
