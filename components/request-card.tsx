// One prayer request as a card: kind, title, where, body or excerpt, and its prayer count.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { regionName } from "@/lib/region-name";
import { KindBadge, StatusBadge } from "./badges";
import { PrayButton } from "./pray-button";
import { PrayerCount } from "./prayer-counts";
import { UntranslatedNotice } from "./untranslated-notice";

export interface RequestCardProps {
  request: {
    id: number;
    title: string;
    /** The body as stored when it was written: sanitised HTML, and the start of its plain text. */
    bodyHtml: string;
    excerpt: string;
    kind: "request" | "praise";
    status: "open" | "answered" | "archived";
    country: string | null;
    regionSlug: string;
    regionName: string;
    prayerCount: number;
    prayerPeople: number;
    /** False when the page's language has no translation of it: the original shows, marked so. */
    translated?: boolean;
  };
  /** Show the whole body (a bulletin) or a short excerpt (a list). */
  full?: boolean;
  headingLevel?: "h2" | "h3";
  /** A staff preview: not public yet, so no "I prayed" and no link. */
  preview?: boolean;
}

export function RequestCard({
  request,
  full = false,
  headingLevel = "h3",
  preview = false,
}: RequestCardProps) {
  const common = useTranslations("common");
  const Heading = headingLevel;
  const region = regionName(common, { slug: request.regionSlug, name: request.regionName });
  const original = request.translated === false ? "en" : undefined;
  return (
    <article
      id={preview ? undefined : `request-${request.id}`}
      className="scroll-mt-20 rounded-xl border border-line bg-card p-4 shadow-sm sm:p-5"
    >
      <div className="flex flex-wrap items-center gap-2">
        <KindBadge kind={request.kind} />
        <StatusBadge status={request.status} />
        <span className="text-xs text-muted">
          {request.country ? `${request.country} · ${region}` : region}
        </span>
      </div>
      <Heading lang={original} className="mt-2 text-lg leading-snug font-semibold">
        {preview ? (
          request.title
        ) : (
          <Link href={`/requests/${request.id}`} className="hover:underline">
            {request.title}
          </Link>
        )}
      </Heading>
      {full ? (
        <div
          lang={original}
          className="prose-body mt-2"
          dangerouslySetInnerHTML={{ __html: request.bodyHtml }}
        />
      ) : (
        <p lang={original} className="mt-2">
          {request.excerpt}
        </p>
      )}
      {original ? <UntranslatedNotice scope="item" /> : null}
      <div className="mt-3 flex items-center justify-between gap-3">
        <PrayerCount
          id={request.id}
          kind={request.kind}
          initial={{ times: request.prayerCount, people: request.prayerPeople }}
        />
        {preview ? null : <PrayButton requestId={request.id} kind={request.kind} />}
      </div>
    </article>
  );
}
