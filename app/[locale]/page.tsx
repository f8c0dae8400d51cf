// Home: the latest published bulletin, its verse and its items grouped by region. Rendered once and cached.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { HomeRegionFilter, HomeRegionFilterFallback } from "@/components/home-region-filter";
import { CountsProvider } from "@/components/prayer-counts";
import { RequestCard } from "@/components/request-card";
import { BulletinNotes } from "@/components/bulletin-notes";
import { UntranslatedNotice } from "@/components/untranslated-notice";
import { Verse } from "@/components/verse";
import { translateBulletin } from "@/lib/data/translations";
import { expirePageAt, tagPage, tags } from "@/lib/cache";
import {
  getLatestBulletin,
  nextScheduledPublish,
  type BulletinItemView,
} from "@/lib/data/bulletins";
import { listRegions } from "@/lib/data/regions";
import { regionName } from "@/lib/region-name";
import { formatDate } from "@/lib/time";
import type { Locale } from "@/i18n/locales";
import { getPathname } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page";

// Served from cache; staff publishing invalidates it, and it is re-rendered at least every five minutes.
export const revalidate = 300;

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "home" });
  const original = await getLatestBulletin();
  const bulletin = original ? await translateBulletin(original, locale) : null;
  const description = bulletin
    ? t("meta.descriptionWithVerse", {
        verse: bulletin.verseText,
        reference: bulletin.verseReference,
      })
    : t("meta.description");
  return {
    title: { absolute: t("meta.title") },
    description,
    openGraph: {
      title: bulletin?.title ?? "Intercede",
      description,
      url: getPathname({ href: "/", locale }),
    },
  };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const [t, common] = await Promise.all([getTranslations("home"), getTranslations("common")]);
  const [original, regions, next] = await Promise.all([
    getLatestBulletin(),
    listRegions(),
    nextScheduledPublish(),
  ]);
  const bulletin = original ? await translateBulletin(original, locale) : null;
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
        <h1 className="font-serif text-3xl">{t("empty.title")}</h1>
        <p className="mt-2 text-muted">{t("empty.body")}</p>
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
          {t("thisWeek")} ·{" "}
          <time dateTime={bulletin.publishAt.toISOString()}>
            {formatDate(bulletin.publishAt, locale)}
          </time>
        </p>
        <h1
          lang={bulletin.translated ? undefined : "en"}
          className="mt-1 font-serif text-3xl font-semibold sm:text-4xl"
        >
          {bulletin.title}
        </h1>
        {bulletin.translated ? null : <UntranslatedNotice />}
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
                {regionName(common, region)}
              </h2>
              {/* A full load: the server picks the cached list by the query (lib/page-rewrites.ts). */}
              <a
                href={getPathname({ href: `/requests?region=${region.slug}`, locale })}
                className="text-sm text-accent underline-offset-4 hover:underline"
              >
                {t("allRegionRequests", { region: regionName(common, region) })}
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
