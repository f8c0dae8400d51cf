// A bulletin as the public reads it: date, title, verse, items by region, notes. Shared by the
// archive page and the staff preview, so the preview is exactly what will be published.
import type { BulletinView } from "@/lib/data/bulletins";
import { formatDate } from "@/lib/time";
import { BulletinNotes } from "./bulletin-notes";
import { RequestCard } from "./request-card";
import { Verse } from "./verse";

export function BulletinBody({
  bulletin,
  preview = false,
}: {
  bulletin: Omit<BulletinView, "id">;
  preview?: boolean;
}) {
  const regionOrder: { slug: string; name: string }[] = [];
  for (const item of bulletin.items) {
    if (!regionOrder.some((r) => r.slug === item.regionSlug))
      regionOrder.push({ slug: item.regionSlug, name: item.regionName });
  }
  return (
    <>
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
                  <RequestCard key={item.id} request={item} full preview={preview} />
                ))}
            </div>
          </section>
        ))}
      </div>
      <BulletinNotes notes={bulletin.notes} />
    </>
  );
}
