// One archived bulletin as it was published: verse, items by region, notes.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BulletinBody } from "@/components/bulletin-body";
import { CountsProvider } from "@/components/prayer-counts";
import { getPublicBulletin } from "@/lib/data/bulletins";
import { translateBulletin } from "@/lib/data/translations";
import { formatDate } from "@/lib/time";
import { parseId } from "@/lib/validation/ids";
import { tagPage, tags } from "@/lib/cache";
import { isLocale, defaultLocale } from "@/i18n/locales";
import { pageLocale } from "@/i18n/page";
import { getPathname } from "@/i18n/navigation";
import { QrCode } from "@/components/share/qr-code";
import { ShareButton } from "@/components/share/share-button";
import { siteUrl } from "@/lib/site";

export const revalidate = 300;

export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; id: string }> };

async function load(params: Props["params"]) {
  const { id: raw, locale } = await params;
  const id = parseId(raw);
  const found = id === null ? null : await getPublicBulletin(id);
  if (!found) return null;
  // A 404 is never cached; a bulletin's page is dropped when it, or a request on it, changes.
  await tagPage(tags.bulletin(found.id), ...found.items.map((item) => tags.request(item.id)));
  return translateBulletin(found, isLocale(locale) ? locale : defaultLocale);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: requested } = await params;
  const locale = isLocale(requested) ? requested : defaultLocale;
  const bulletin = await load(params);
  if (!bulletin) {
    const t = await getTranslations({ locale, namespace: "bulletins" });
    return { title: t("notFound") };
  }
  const title = `${bulletin.title}, ${formatDate(bulletin.publishAt, locale)}`;
  const description = `“${bulletin.verseText}” — ${bulletin.verseReference}`;
  return {
    title,
    description,
    openGraph: { title, description, url: `/bulletins/${bulletin.id}` },
  };
}

export default async function BulletinPage({ params }: Props) {
  const locale = await pageLocale(params);
  const bulletin = await load(params);
  if (!bulletin) notFound();
  const t = await getTranslations("bulletins");
  const path = getPathname({ href: `/bulletins/${bulletin.id}`, locale });
  return (
    <CountsProvider ids={bulletin.items.map((i) => i.id)}>
      <BulletinBody bulletin={bulletin} />
      <section
        aria-labelledby="share-heading"
        className="mt-10 flex flex-wrap items-start gap-6 rounded-xl border border-line bg-card p-4 print:hidden"
      >
        <div className="space-y-3">
          <h2 id="share-heading" className="text-xl font-semibold">
            {t("share.heading")}
          </h2>
          <ShareButton path={path} title={bulletin.title} />
        </div>
        <QrCode url={`${siteUrl()}${path}`} label={t("share.qr")} />
      </section>
    </CountsProvider>
  );
}
