// JSON Feed 1.1 of published requests and updates, newest first (SPEC §3), in English or, at
// /es/feed.json (rewritten to ?lang=es), in another language. Cached as /feed.xml is.
import { listFeedEntries } from "@/lib/data/feeds";
import { addressLocale } from "@/lib/email-i18n";
import { cachedFeed } from "@/lib/feed-cache";
import { jsonFeed, JSON_FEED_CONTENT_TYPE, siteFeed } from "@/lib/feeds";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const locale = addressLocale(request);
  const body = await cachedFeed(["feed.json", locale], async () =>
    jsonFeed(
      siteFeed(await listFeedEntries({ locale }), { locale, format: "json", siteUrl: siteUrl() }),
    ),
  );
  return new Response(body, { headers: { "Content-Type": JSON_FEED_CONTENT_TYPE } });
}
