// Guided prayer: the bulletin's verse, then one request at a time, least prayed for this week first;
// the body of /pray, and of /pray?region=… (app/pray/in/[region], via next.config.ts).
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { translateBulletinHead, translateRequests } from "@/lib/data/translations";
import { regionName as regionNameIn } from "@/lib/region-name";
import { GuidedPrayer } from "@/components/guided-prayer";
import { Link } from "@/i18n/navigation";
import { guidedItems } from "@/lib/guided-items";
import { tagPage, tags } from "@/lib/cache";
import { CountsProvider } from "@/components/prayer-counts";
import { RegionNav } from "@/components/region-nav";
import { getGuidedPrayer } from "@/lib/data/prayers";
import { listRegions } from "@/lib/data/regions";
import { parseRequestFilters } from "@/lib/validation/requests";
import { DoNotCache } from "./do-not-cache";

export async function PrayView({ region }: { region?: string | string[] }) {
  const [t, common, locale, regions] = await Promise.all([
    getTranslations("pray"),
    getTranslations("common"),
    getLocale() as Promise<Locale>,
    listRegions(),
  ]);
  const { filters, problems } = parseRequestFilters(
    { region },
    regions.map((r) => r.slug),
  );
  const original = await getGuidedPrayer(filters.region);
  // The verse and each request in the page's language where staff translated them.
  const guided = {
    bulletin: original.bulletin ? await translateBulletinHead(original.bulletin, locale) : null,
    items: await translateRequests(original.items, locale),
  };
  await tagPage(
    tags.bulletins,
    tags.regions,
    ...(guided.bulletin ? [tags.bulletin(guided.bulletin.id)] : []),
    ...guided.items.map((item) => tags.request(item.id)),
  );
  const chosen = regions.find((r) => r.slug === filters.region);
  const regionName = chosen ? regionNameIn(common, chosen) : null;
  const items = guidedItems(guided.items, common);
  return (
    <CountsProvider ids={items.map((i) => i.id)}>
      {problems.length > 0 ? <DoNotCache /> : null}
      <h1 className="font-serif text-3xl font-semibold">
        {regionName ? t("titleRegion", { region: regionName }) : t("title")}
      </h1>
      <p className="mt-1 text-muted">
        {t("intro")}{" "}
        <Link href="/pray/present" className="text-accent underline underline-offset-4">
          {t("present.link")}
        </Link>
      </p>
      {problems.length > 0 ? (
        <div role="alert" className="mt-4 rounded-lg border border-line bg-card px-4 py-3 text-sm">
          {problems.map((p) => (
            <p key={p.field}>{t("problem", { problem: p.message })}</p>
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
            {guided.bulletin ? t("noRequestsInRegion") : t("noBulletin")}
          </p>
        )}
      </div>
    </CountsProvider>
  );
}
