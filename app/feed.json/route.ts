// JSON Feed 1.1 of published requests and updates, newest first (SPEC §3). Cached as /feed.xml is.
import { expirePageAt, tagPage, tags } from "@/lib/cache";
import { listFeedEntries, nextFeedChange } from "@/lib/data/feeds";
import { buildFeed, jsonFeed, JSON_FEED_CONTENT_TYPE } from "@/lib/feeds";
import { siteUrl } from "@/lib/site";

export const revalidate = 300;

export async function GET() {
  const [entries, next] = await Promise.all([listFeedEntries(), nextFeedChange()]);
  await expirePageAt(next);
  await tagPage(tags.requests, tags.bulletins);
  const feed = buildFeed(entries, {
    title: "Intercede: prayer requests and updates",
    description: "Prayer requests, praise reports and case updates from the mission, newest first.",
    feedPath: "/feed.json",
    siteUrl: siteUrl(),
  });
  return new Response(jsonFeed(feed), { headers: { "Content-Type": JSON_FEED_CONTENT_TYPE } });
}
