// Home: the latest published bulletin, its verse and its items grouped by region. Rendered once and cached.
import type { Metadata } from "next";
import { Suspense } from "react";
import { HomeRegionFilter, HomeRegionFilterFallback } from "@/components/home-region-filter";
import { CountsProvider } from "@/components/prayer-counts";
import { RequestCard } from "@/components/request-card";
import { BulletinNotes } from "@/components/bulletin-notes";
import { Verse } from "@/components/verse";
import { expirePageAt, tagPage, tags } from "@/lib/cache";
import {
  getLatestBulletin,
  nextScheduledPublish,
  type BulletinItemView,
} from "@/lib/data/bulletins";
import { listRegions } from "@/lib/data/regions";
import { formatDate } from "@/lib/time";

// Served from cache; staff publishing invalidates it, and it is re-rendered at least every five minutes.
export const revalidate = 300;

export async function generateMetadata(): Promise<Metadata> {
  const bulletin = await getLatestBulletin();
  const description = bulletin
    ? `“${bulletin.verseText}” — ${bulletin.verseReference}. This week's prayer requests and praise reports.`
    : "This week's prayer requests and praise reports.";
  return {
    title: { absolute: "This week's prayer requests · Intercede" },
    description,
    openGraph: { title: bulletin?.title ?? "Intercede", description, url: "/" },
  };
}

export default async function HomePage() {
  const [bulletin, regions, next] = await Promise.all([
    getLatestBulletin(),
    listRegions(),
    nextScheduledPublish(),
  ]);
  await expirePageAt(next);
  await tagPage(
    tags.bulletins,
    tags.regions,
    ...(bulletin
      ? [tags.bulletin(bulletin.id), ...bulletin.items.map((i) => tags.request(i.id))]
      : []),
  );
  if (!bulletin) {
    return (
      <div className="py-16 text-center">
        <h1 className="font-serif text-3xl">No bulletin yet</h1>
        <p className="mt-2 text-muted">
          The first prayer bulletin will appear here once it is published.
        </p>
      </div>
    );
  }
  const byRegion = new Map<string, BulletinItemView[]>();
  for (const item of bulletin.items) {
    byRegion.set(item.regionSlug, [...(byRegion.get(item.regionSlug) ?? []), item]);
  }
  const sections = regions.filter((r) => byRegion.has(r.slug));
  return (
    <CountsProvider ids={bulletin.items.map((i) => i.id)}>
      <header>
        <p className="text-sm tracking-wide text-muted uppercase">
          This week ·{" "}
          <time dateTime={bulletin.publishAt.toISOString()}>{formatDate(bulletin.publishAt)}</time>
        </p>
        <h1 className="mt-1 font-serif text-3xl font-semibold sm:text-4xl">{bulletin.title}</h1>
      </header>
      <div className="mt-6">
        <Verse text={bulletin.verseText} reference={bulletin.verseReference} />
      </div>
      <div className="mt-8">
        <Suspense fallback={<HomeRegionFilterFallback regions={regions} />}>
          <HomeRegionFilter regions={regions} />
        </Suspense>
      </div>
      <div className="mt-6 space-y-10">
        {sections.map((region) => (
          <section
            key={region.slug}
            data-region={region.slug}
            aria-labelledby={`region-${region.slug}`}
          >
            <div className="flex items-baseline justify-between gap-4">
              <h2 id={`region-${region.slug}`} className="font-serif text-2xl font-semibold">
                {region.name}
              </h2>
              {/* A full load: the server picks the cached list by the query (lib/page-rewrites.ts). */}
              <a
                href={`/requests?region=${region.slug}`}
                className="text-sm text-accent underline-offset-4 hover:underline"
              >
                All {region.name} requests
              </a>
            </div>
            <div className="mt-3 space-y-4">
              {(byRegion.get(region.slug) ?? []).map((item) => (
                <RequestCard key={item.id} request={item} full />
              ))}
            </div>
          </section>
        ))}
      </div>
      <BulletinNotes notes={bulletin.notes} />
    </CountsProvider>
  );
}
