// One archived bulletin as it was published: verse, items by region, notes.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CountsProvider } from "@/components/prayer-counts";
import { RequestCard } from "@/components/request-card";
import { Verse } from "@/components/verse";
import { getPublicBulletin } from "@/lib/data/bulletins";
import { formatDate } from "@/lib/time";
import { parseId } from "@/lib/validation/ids";

export const revalidate = 300;

export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = parseId((await params).id);
  return id === null ? null : getPublicBulletin(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const bulletin = await load(params);
  if (!bulletin) return { title: "Bulletin not found" };
  const title = `${bulletin.title}, ${formatDate(bulletin.publishAt)}`;
  const description = `“${bulletin.verseText}” — ${bulletin.verseReference}`;
  return {
    title,
    description,
    openGraph: { title, description, url: `/bulletins/${bulletin.id}` },
  };
}

export default async function BulletinPage({ params }: Props) {
  const bulletin = await load(params);
  if (!bulletin) notFound();
  const regionOrder: { slug: string; name: string }[] = [];
  for (const item of bulletin.items) {
    if (!regionOrder.some((r) => r.slug === item.regionSlug))
      regionOrder.push({ slug: item.regionSlug, name: item.regionName });
  }
  return (
    <CountsProvider ids={bulletin.items.map((i) => i.id)}>
      <p className="text-sm tracking-wide text-muted uppercase">
        <time dateTime={bulletin.publishAt.toISOString()}>{formatDate(bulletin.publishAt)}</time>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-semibold">{bulletin.title}</h1>
      <div className="mt-6">
        <Verse text={bulletin.verseText} reference={bulletin.verseReference} />
      </div>
      <div className="mt-8 space-y-10">
        {regionOrder.map((region) => (
          <section key={region.slug} aria-labelledby={`region-${region.slug}`}>
            <h2 id={`region-${region.slug}`} className="font-serif text-2xl font-semibold">
              {region.name}
            </h2>
            <div className="mt-3 space-y-4">
              {bulletin.items
                .filter((item) => item.regionSlug === region.slug)
                .map((item) => (
                  <RequestCard key={item.id} request={item} full />
                ))}
            </div>
          </section>
        ))}
      </div>
      {bulletin.notes.length > 0 ? (
        <aside
          aria-labelledby="notes-heading"
          className="mt-10 rounded-xl border border-line p-4 text-sm text-muted sm:p-5"
        >
          <h2 id="notes-heading" className="font-semibold text-ink">
            About the mission
          </h2>
          {bulletin.notes.map((note) => (
            <p key={note} className="mt-2">
              {note}
            </p>
          ))}
        </aside>
      ) : null}
    </CountsProvider>
  );
}
