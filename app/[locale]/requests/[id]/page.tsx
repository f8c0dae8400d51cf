// One request: its body, where it is, the timeline of updates and how many have prayed.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { getPathname, Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { KindBadge, StatusBadge } from "@/components/badges";
import { FollowButton, PinButton } from "@/components/follow-button";
import { ShareButton } from "@/components/share/share-button";
import { PrayButton } from "@/components/pray-button";
import { TimelineEntry } from "@/components/timeline-entry";
import { CountsProvider, PrayerCount } from "@/components/prayer-counts";
import { defaultLocale, isLocale } from "@/i18n/locales";
import { getPublicRequest } from "@/lib/data/requests";
import { translateRequests, translateUpdates } from "@/lib/data/translations";
import { UntranslatedNotice } from "@/components/untranslated-notice";
import { regionName } from "@/lib/region-name";
import { formatDate } from "@/lib/time";
import { parseId } from "@/lib/validation/ids";
import { tagPage, tags } from "@/lib/cache";
import { pageLocale } from "@/i18n/page";

// Rendered on first visit and cached; staff changes invalidate it.
export const revalidate = 300;

export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; id: string }> };

async function load(params: Props["params"]) {
  const { id: raw, locale } = await params;
  const id = parseId(raw);
  const found = id === null ? null : await getPublicRequest(id);
  if (!found) return null;
  // A 404 is never cached; a request's page is dropped when it, or a bulletin it shows, changes.
  await tagPage(tags.request(found.id), ...found.bulletins.map((b) => tags.bulletin(b.id)));
  // In the page's language where staff translated it (the request and each update), else the
  // original, marked so.
  const language = isLocale(locale) ? locale : defaultLocale;
  const [[shown], updates] = await Promise.all([
    translateRequests([found], language),
    translateUpdates(found.updates, language),
  ]);
  return { ...shown!, updates };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const request = await load(params);
  if (!request) {
    const t = await getTranslations({ locale, namespace: "requests" });
    return { title: t("meta.notFound") };
  }
  const description = request.excerpt;
  return {
    title: request.title,
    description,
    openGraph: {
      title: request.title,
      description,
      type: "article",
      url: getPathname({ href: `/requests/${request.id}`, locale }),
    },
  };
}

export default async function RequestPage({ params }: Props) {
  const locale = await pageLocale(params);
  const request = await load(params);
  if (!request) notFound();
  const [t, common] = await Promise.all([getTranslations("requests"), getTranslations("common")]);
  const region = regionName(common, { slug: request.regionSlug, name: request.regionName });
  const firstShared = request.bulletins.at(-1);
  return (
    <CountsProvider ids={[request.id]}>
      <nav aria-label={t("request.breadcrumb")} className="text-sm text-muted">
        <Link href="/requests" className="underline-offset-4 hover:underline">
          {t("request.requests")}
        </Link>{" "}
        › {/* A full load: the server picks the cached list by the query (lib/page-rewrites.ts). */}
        <a
          href={getPathname({ href: `/requests?region=${request.regionSlug}`, locale })}
          className="underline-offset-4 hover:underline"
        >
          {region}
        </a>
      </nav>
      <article className="mt-3">
        <div className="flex flex-wrap items-center gap-2">
          <KindBadge kind={request.kind} />
          <StatusBadge status={request.status} />
        </div>
        <h1
          lang={request.translated ? undefined : "en"}
          className="mt-2 font-serif text-3xl leading-tight font-semibold"
        >
          {request.title}
        </h1>
        {request.translated ? null : <UntranslatedNotice />}
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
          <div className="flex gap-1">
            <dt>{t("request.region")}</dt>
            <dd>{region}</dd>
          </div>
          {request.country ? (
            <div className="flex gap-1">
              <dt>{t("request.country")}</dt>
              <dd>{request.country}</dd>
            </div>
          ) : null}
          {request.publishedAt ? (
            <div className="flex gap-1">
              <dt>{t("request.firstShared")}</dt>
              <dd>
                <time dateTime={request.publishedAt.toISOString()}>
                  {formatDate(request.publishedAt, locale)}
                </time>
              </dd>
            </div>
          ) : null}
        </dl>
        <div
          lang={request.translated ? undefined : "en"}
          className="prose-body mt-5 text-lg"
          dangerouslySetInnerHTML={{ __html: request.bodyHtml }}
        />
        <div className="mt-6 flex flex-wrap items-center gap-3 rounded-xl border border-line bg-card p-4">
          <PrayButton requestId={request.id} size="lg" kind={request.kind} />
          <FollowButton requestId={request.id} />
          <PinButton requestId={request.id} />
          <ShareButton
            path={getPathname({ href: `/requests/${request.id}`, locale })}
            title={request.title}
          />
          <div className="basis-full">
            <PrayerCount
              id={request.id}
              kind={request.kind}
              initial={{ times: request.prayerCount, people: request.prayerPeople }}
            />
          </div>
        </div>
      </article>
      <section aria-labelledby="timeline-heading" className="mt-10">
        <h2 id="timeline-heading" className="font-serif text-2xl font-semibold">
          {t("request.timeline")}
        </h2>
        <ol className="mt-4 space-y-4 border-l-2 border-line pl-5">
          {firstShared ? (
            <li>
              <p className="text-sm text-muted">
                <time dateTime={firstShared.publishAt.toISOString()}>
                  {formatDate(firstShared.publishAt, locale)}
                </time>
              </p>
              <p>{t("request.firstSharedForPrayer")}</p>
            </li>
          ) : null}
          {request.updates.map((update) => (
            <TimelineEntry key={update.id} update={update} />
          ))}
        </ol>
        {request.updates.length === 0 ? (
          <p className="mt-4 text-sm text-muted">{t("request.noUpdates")}</p>
        ) : null}
      </section>
      {request.bulletins.length > 0 ? (
        <section aria-labelledby="bulletins-heading" className="mt-10">
          <h2 id="bulletins-heading" className="font-serif text-xl font-semibold">
            {t("request.inBulletins")}
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {request.bulletins.map((b) => (
              <li key={b.id}>
                <Link
                  href={`/bulletins/${b.id}`}
                  className="text-accent underline-offset-4 hover:underline"
                >
                  {b.title}, {formatDate(b.publishAt, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </CountsProvider>
  );
}
