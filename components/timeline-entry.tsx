// One entry of a request's timeline (public and staff pages): its kind, date and text. An
// "Answered" entry stands out — a green panel with a check — since it is what everyone prayed for.
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { formatDate } from "@/lib/time";

type UpdateKind = "update" | "answered" | "reopened";

export function TimelineEntry({
  update,
  children,
}: {
  /** Shown under the entry (the staff page's translation form). */
  children?: React.ReactNode;
  /** `translated: false`: shown in the original English (the page's language has no translation). */
  update: { id: number; kind: UpdateKind; bodyHtml: string; postedAt: Date; translated?: boolean };
}) {
  const t = useTranslations("requests");
  const locale = useLocale() as Locale;
  const answered = update.kind === "answered";
  return (
    <li
      id={`update-${update.id}`}
      className={
        answered ? "-ml-2 rounded-lg border border-answered bg-answered-bg p-3" : undefined
      }
    >
      <p className={`text-sm ${answered ? "text-answered" : "text-muted"}`}>
        <span className="font-semibold">
          {answered ? <span aria-hidden="true">✓ </span> : null}
          {t(`updates.${update.kind}`)}
        </span>{" "}
        ·{" "}
        <time dateTime={update.postedAt.toISOString()}>{formatDate(update.postedAt, locale)}</time>
      </p>
      <div
        lang={update.translated === false ? "en" : undefined}
        className="prose-body"
        dangerouslySetInnerHTML={{ __html: update.bodyHtml }}
      />
      {children}
    </li>
  );
}
