// RSS 2.0 of one region's published requests and updates, newest first (SPEC §3), in English or
// (?lang=es) another language; 404 for a region that does not exist. Cached as /feed.xml is, each
// region and language on its first request.
import { getRegionBySlug, listFeedEntries } from "@/lib/data/feeds";
import { addressLocale, emailTranslator } from "@/lib/email-i18n";
import { cachedFeed } from "@/lib/feed-cache";
import { regionFeed, rss, RSS_CONTENT_TYPE } from "@/lib/feeds";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

const SLUG = /^[a-z0-9-]{1,60}$/;

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const locale = addressLocale(request);
  const { slug } = await params;
  const region = SLUG.test(slug) ? await getRegionBySlug(slug) : null;
  if (!region) {
    return new Response(emailTranslator(locale)("feed.noRegion"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const body = await cachedFeed(
    ["regions", region.slug, region.name, "feed.xml", locale],
    async () =>
      rss(
        regionFeed(await listFeedEntries({ region: region.slug, locale }), region, {
          locale,
          siteUrl: siteUrl(),
        }),
      ),
  );
  return new Response(body, { headers: { "Content-Type": RSS_CONTENT_TYPE } });
}
