// RSS 2.0 of published requests and updates, newest first (SPEC §3), in English or, at
// /es/feed.xml (next.config.ts rewrites it to ?lang=es), in another language.
//
// The address's language makes this handler run for every request, but the feed itself is cached
// (lib/feed-cache.ts): rendered once per language, re-rendered at least every five minutes, at
// once after a staff change to requests or bulletins (their tags, lib/cache.ts), and when a
// scheduled bulletin or update comes due.
import { listFeedEntries } from "@/lib/data/feeds";
import { addressLocale } from "@/lib/email-i18n";
import { cachedFeed } from "@/lib/feed-cache";
import { rss, RSS_CONTENT_TYPE, siteFeed } from "@/lib/feeds";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const locale = addressLocale(request);
  const body = await cachedFeed(["feed.xml", locale], async () =>
    rss(siteFeed(await listFeedEntries({ locale }), { locale, format: "xml", siteUrl: siteUrl() })),
  );
  return new Response(body, { headers: { "Content-Type": RSS_CONTENT_TYPE } });
}
