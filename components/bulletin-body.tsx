// A bulletin as the public reads it: date, title, verse, items by region, notes. Shared by the
// archive page and the staff preview, so the preview is exactly what will be published.
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import type { BulletinView } from "@/lib/data/bulletins";
import { regionName } from "@/lib/region-name";
import { formatDate } from "@/lib/time";
import { BulletinNotes } from "./bulletin-notes";
import { RequestCard } from "./request-card";
import { UntranslatedNotice } from "./untranslated-notice";
import { Verse } from "./verse";

export function BulletinBody({
  bulletin,
  preview = false,
}: {
  /** `translated: false`: the page's language has no translation, and the original shows. */
  bulletin: Omit<BulletinView, "id"> & { translated?: boolean };
  preview?: boolean;
}) {
  const common = useTranslations("common");
  const locale = useLocale() as Locale;
  const regionOrder: { slug: string; name: string }[] = [];
  for (const item of bulletin.items) {
    if (!regionOrder.some((r) => r.slug === item.regionSlug))
      regionOrder.push({ slug: item.regionSlug, name: item.regionName });
  }
  return (
    <>
      <p className="text-sm tracking-wide text-muted uppercase">
        <time dateTime={bulletin.publishAt.toISOString()}>
          {formatDate(bulletin.publishAt, locale)}
        </time>
      </p>
      <h1
        lang={bulletin.translated === false ? "en" : undefined}
        className="mt-1 font-serif text-3xl font-semibold"
      >
        {bulletin.title}
      </h1>
      {bulletin.translated === false ? <UntranslatedNotice /> : null}
      <div className="mt-6">
        <Verse text={bulletin.verseText} reference={bulletin.verseReference} />
      </div>
      <div className="mt-8 space-y-10">
        {regionOrder.map((region) => (
          <section key={region.slug} aria-labelledby={`region-${region.slug}`}>
            <h2 id={`region-${region.slug}`} className="font-serif text-2xl font-semibold">
              {regionName(common, region)}
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
