// Subscribe: the feeds and calendars a church web team or a feed reader can follow, explained.
// Rendered once and cached; it lists the regions, so it carries their tag.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { tagPage, tags } from "@/lib/cache";
import { listRegions } from "@/lib/data/regions";
import { regionName } from "@/lib/region-name";
import { feedPath } from "@/lib/feeds-path";
import { siteUrl } from "@/lib/site";
import { pageLocale } from "@/i18n/page";

export const revalidate = 300;

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "subscribe" });
  return { title: t("title"), description: t("description") };
}

function FeedAddress({ path }: { path: string }) {
  const url = new URL(path, siteUrl()).toString();
  return (
    <code className="block overflow-x-auto rounded-md border border-line bg-card px-3 py-2 text-sm break-all">
      <a href={path} className="underline-offset-4 hover:underline">
        {url}
      </a>
    </code>
  );
}

export default async function SubscribePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("subscribe");
  const common = await getTranslations("common");
  await tagPage(tags.regions);
  const regions = await listRegions();
  return (
    <article className="space-y-8">
      <header>
        <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("intro")}</p>
      </header>

      <section aria-labelledby="all-heading" className="space-y-2">
        <h2 id="all-heading" className="text-xl font-semibold">
          {t("all.heading")}
        </h2>
        <p>{t("all.rss")}</p>
        <FeedAddress path={feedPath(locale, "xml")} />
        <p>{t("all.json")}</p>
        <FeedAddress path={feedPath(locale, "json")} />
      </section>

      <section aria-labelledby="regions-heading" className="space-y-2">
        <h2 id="regions-heading" className="text-xl font-semibold">
          {t("regions.heading")}
        </h2>
        <p>{t("regions.intro")}</p>
        <ul className="space-y-3">
          {regions.map((region) => (
            <li key={region.id}>
              <p className="font-medium">{regionName(common, region)}</p>
              <FeedAddress path={`/regions/${region.slug}/feed.xml`} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="calendar-heading" className="space-y-2">
        <h2 id="calendar-heading" className="text-xl font-semibold">
          {t("calendar.heading")}
        </h2>
        <p>
          {t.rich("calendar.body", {
            link: (chunks) => (
              <Link href="/freedom-sunday" className="underline">
                {chunks}
              </Link>
            ),
            code: (chunks) => <code>{chunks}</code>,
          })}
        </p>
      </section>

      <section aria-labelledby="email-heading" className="space-y-2">
        <h2 id="email-heading" className="text-xl font-semibold">
          {t("email.heading")}
        </h2>
        <p>
          {t.rich("email.body", {
            link: (chunks) => (
              <Link href="/me" className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </section>

      <section aria-labelledby="web-team-heading" className="space-y-2">
        <h2 id="web-team-heading" className="text-xl font-semibold">
          {t("webTeams.heading")}
        </h2>
        <p>{t("webTeams.body")}</p>
      </section>
    </article>
  );
}
