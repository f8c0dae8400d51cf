// Guided prayer: the bulletin's verse, then one request at a time, least prayed for this week first;
// the body of /pray, and of /pray?region=… (app/pray/in/[region], via next.config.ts).
import { GuidedPrayer } from "@/components/guided-prayer";
import { tagPage, tags } from "@/lib/cache";
import { CountsProvider } from "@/components/prayer-counts";
import { RegionNav } from "@/components/region-nav";
import { getGuidedPrayer } from "@/lib/data/prayers";
import { listRegions } from "@/lib/data/regions";
import { parseRequestFilters } from "@/lib/validation/requests";
import { DoNotCache } from "./do-not-cache";

export async function PrayView({ region }: { region?: string | string[] }) {
  const regions = await listRegions();
  const { filters, problems } = parseRequestFilters(
    { region },
    regions.map((r) => r.slug),
  );
  const guided = await getGuidedPrayer(filters.region);
  await tagPage(
    tags.bulletins,
    tags.regions,
    ...(guided.bulletin ? [tags.bulletin(guided.bulletin.id)] : []),
    ...guided.items.map((item) => tags.request(item.id)),
  );
  const regionName = regions.find((r) => r.slug === filters.region)?.name ?? null;
  const items = guided.items.map((item) => ({
    id: item.id,
    title: item.title,
    html: item.bodyHtml,
    kind: item.kind,
    country: item.country,
    regionName: item.regionName,
    prayerCount: item.prayerCount,
    prayerPeople: item.prayerPeople,
  }));
  return (
    <CountsProvider ids={items.map((i) => i.id)}>
      {problems.length > 0 ? <DoNotCache /> : null}
      <h1 className="font-serif text-3xl font-semibold">
        {regionName ? `Pray for ${regionName}` : "Pray"}
      </h1>
      <p className="mt-1 text-muted">
        One request at a time. Use the arrow keys to move, and Enter or Space to say “I prayed”.
      </p>
      {problems.length > 0 ? (
        <div role="alert" className="mt-4 rounded-lg border border-line bg-card px-4 py-3 text-sm">
          {problems.map((p) => (
            <p key={p.field}>{p.message}. Showing every region.</p>
          ))}
        </div>
      ) : null}
      <div className="mt-5">
        <RegionNav
          fullLoad
          regions={regions}
          current={filters.region ?? null}
          hrefFor={(slug) => (slug ? `/pray?region=${slug}` : "/pray")}
        />
      </div>
      <div className="mt-6">
        {guided.bulletin && items.length > 0 ? (
          <GuidedPrayer
            key={filters.region ?? "all"}
            verse={{ text: guided.bulletin.verseText, reference: guided.bulletin.verseReference }}
            items={items}
            regionName={regionName}
          />
        ) : (
          <p className="rounded-xl border border-line bg-card p-6 text-center text-muted">
            {guided.bulletin
              ? "This week's bulletin has no requests for this region."
              : "There is no bulletin to pray through yet."}
          </p>
        )}
      </div>
    </CountsProvider>
  );
}
