// One request: its body, where it is, the timeline of updates and how many have prayed.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KindBadge, StatusBadge } from "@/components/badges";
import { FollowButton } from "@/components/follow-button";
import { PrayButton } from "@/components/pray-button";
import { CountsProvider, PrayerCount } from "@/components/prayer-counts";
import { getPublicRequest } from "@/lib/data/requests";
import { formatDate } from "@/lib/time";
import { parseId } from "@/lib/validation/ids";
import { tagPage, tags } from "@/lib/cache";

// Rendered on first visit and cached; staff changes invalidate it.
export const revalidate = 300;

export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = parseId((await params).id);
  const found = id === null ? null : await getPublicRequest(id);
  // A 404 is never cached; a request's page is dropped when it, or a bulletin it shows, changes.
  if (found)
    await tagPage(tags.request(found.id), ...found.bulletins.map((b) => tags.bulletin(b.id)));
  return found;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const request = await load(params);
  if (!request) return { title: "Request not found" };
  const description = request.excerpt;
  return {
    title: request.title,
    description,
    openGraph: {
      title: request.title,
      description,
      type: "article",
      url: `/requests/${request.id}`,
    },
  };
}

const updateLabels = { update: "Update", answered: "Answered", reopened: "Reopened" } as const;

export default async function RequestPage({ params }: Props) {
  const request = await load(params);
  if (!request) notFound();
  const firstShared = request.bulletins.at(-1);
  return (
    <CountsProvider ids={[request.id]}>
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/requests" className="underline-offset-4 hover:underline">
          Requests
        </Link>{" "}
        › {/* A full load: the server picks the cached list by the query (lib/page-rewrites.ts). */}
        <a
          href={`/requests?region=${request.regionSlug}`}
          className="underline-offset-4 hover:underline"
        >
          {request.regionName}
        </a>
      </nav>
      <article className="mt-3">
        <div className="flex flex-wrap items-center gap-2">
          <KindBadge kind={request.kind} />
          <StatusBadge status={request.status} />
        </div>
        <h1 className="mt-2 font-serif text-3xl leading-tight font-semibold">{request.title}</h1>
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
          <div className="flex gap-1">
            <dt>Region:</dt>
            <dd>{request.regionName}</dd>
          </div>
          {request.country ? (
            <div className="flex gap-1">
              <dt>Country:</dt>
              <dd>{request.country}</dd>
            </div>
          ) : null}
          {request.publishedAt ? (
            <div className="flex gap-1">
              <dt>First shared:</dt>
              <dd>
                <time dateTime={request.publishedAt.toISOString()}>
                  {formatDate(request.publishedAt)}
                </time>
              </dd>
            </div>
          ) : null}
        </dl>
        <div
          className="prose-body mt-5 text-lg"
          dangerouslySetInnerHTML={{ __html: request.bodyHtml }}
        />
        <div className="mt-6 flex flex-wrap items-center gap-3 rounded-xl border border-line bg-card p-4">
          <PrayButton requestId={request.id} size="lg" />
          <FollowButton requestId={request.id} />
          <div className="basis-full">
            <PrayerCount
              id={request.id}
              initial={{ times: request.prayerCount, people: request.prayerPeople }}
            />
          </div>
        </div>
      </article>
      <section aria-labelledby="timeline-heading" className="mt-10">
        <h2 id="timeline-heading" className="font-serif text-2xl font-semibold">
          Timeline
        </h2>
        <ol className="mt-4 space-y-4 border-l-2 border-line pl-5">
          {firstShared ? (
            <li>
              <p className="text-sm text-muted">
                <time dateTime={firstShared.publishAt.toISOString()}>
                  {formatDate(firstShared.publishAt)}
                </time>
              </p>
              <p>First shared for prayer.</p>
            </li>
          ) : null}
          {request.updates.map((update) => (
            <li key={update.id} id={`update-${update.id}`}>
              <p className="text-sm text-muted">
                <span className="font-semibold">{updateLabels[update.kind]}</span> ·{" "}
                <time dateTime={update.postedAt.toISOString()}>{formatDate(update.postedAt)}</time>
              </p>
              <div className="prose-body" dangerouslySetInnerHTML={{ __html: update.bodyHtml }} />
            </li>
          ))}
        </ol>
        {request.updates.length === 0 ? (
          <p className="mt-4 text-sm text-muted">No updates yet.</p>
        ) : null}
      </section>
      {request.bulletins.length > 0 ? (
        <section aria-labelledby="bulletins-heading" className="mt-10">
          <h2 id="bulletins-heading" className="font-serif text-xl font-semibold">
            In these bulletins
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {request.bulletins.map((b) => (
              <li key={b.id}>
                <Link
                  href={`/bulletins/${b.id}`}
                  className="text-accent underline-offset-4 hover:underline"
                >
                  {b.title}, {formatDate(b.publishAt)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </CountsProvider>
  );
}
