// RSS 2.0 of published requests and updates, newest first (SPEC §3).
//
// Cached like the public pages: rendered once, served from the cache, re-rendered at least every
// five minutes, at once after a staff change to requests or bulletins (it carries their tags,
// lib/cache.ts), and when a scheduled bulletin or update comes due.
import { expirePageAt, tagPage, tags } from "@/lib/cache";
import { listFeedEntries, nextFeedChange } from "@/lib/data/feeds";
import { buildFeed, rss, RSS_CONTENT_TYPE } from "@/lib/feeds";
import { siteUrl } from "@/lib/site";

export const revalidate = 300;

export async function GET() {
  const [entries, next] = await Promise.all([listFeedEntries(), nextFeedChange()]);
  await expirePageAt(next);
  await tagPage(tags.requests, tags.bulletins);
  const feed = buildFeed(entries, {
    title: "Intercede: prayer requests and updates",
    description: "Prayer requests, praise reports and case updates from the mission, newest first.",
    feedPath: "/feed.xml",
    siteUrl: siteUrl(),
  });
  return new Response(rss(feed), { headers: { "Content-Type": RSS_CONTENT_TYPE } });
}
