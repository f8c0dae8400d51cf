// One prayer request as a card: kind, title, where, body or excerpt, and its prayer count.
import Link from "next/link";
import { KindBadge, StatusBadge } from "./badges";
import { PrayButton } from "./pray-button";
import { PrayerCount } from "./prayer-counts";

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
    regionName: string;
    prayerCount: number;
    prayerPeople: number;
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
  const Heading = headingLevel;
  return (
    <article className="rounded-xl border border-line bg-card p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-center gap-2">
        <KindBadge kind={request.kind} />
        <StatusBadge status={request.status} />
        <span className="text-xs text-muted">
          {request.country ? `${request.country} · ${request.regionName}` : request.regionName}
        </span>
      </div>
      <Heading className="mt-2 text-lg leading-snug font-semibold">
        {preview ? (
          request.title
        ) : (
          <Link href={`/requests/${request.id}`} className="hover:underline">
            {request.title}
          </Link>
        )}
      </Heading>
      {full ? (
        <div className="prose-body mt-2" dangerouslySetInnerHTML={{ __html: request.bodyHtml }} />
      ) : (
        <p className="mt-2">{request.excerpt}</p>
      )}
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <PrayerCount
          id={request.id}
          initial={{ times: request.prayerCount, people: request.prayerPeople }}
        />
        {preview ? null : <PrayButton requestId={request.id} />}
      </div>
    </article>
  );
}
