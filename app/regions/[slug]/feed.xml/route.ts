// RSS 2.0 of one region's published requests and updates, newest first (SPEC §3); 404 for a
// region that does not exist. Cached as /feed.xml is, each region on its first request.
import { expirePageAt, tagPage, tags } from "@/lib/cache";
import { getRegionBySlug, listFeedEntries, nextFeedChange } from "@/lib/data/feeds";
import { buildFeed, rss, RSS_CONTENT_TYPE } from "@/lib/feeds";
import { siteUrl } from "@/lib/site";

export const revalidate = 300;

const SLUG = /^[a-z0-9-]{1,60}$/;

// None at build time: each region's feed is rendered on its first request, then cached.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const region = SLUG.test(slug) ? await getRegionBySlug(slug) : null;
  if (!region) {
    return new Response("There is no such region.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const [entries, next] = await Promise.all([
    listFeedEntries({ region: region.slug }),
    nextFeedChange(),
  ]);
  await expirePageAt(next);
  await tagPage(tags.requests, tags.bulletins);
  const feed = buildFeed(entries, {
    title: `Intercede: ${region.name}`,
    description: `Prayer requests, praise reports and case updates from ${region.name}, newest first.`,
    feedPath: `/regions/${region.slug}/feed.xml`,
    homePath: `/requests?region=${region.slug}`,
    siteUrl: siteUrl(),
  });
  return new Response(rss(feed), { headers: { "Content-Type": RSS_CONTENT_TYPE } });
}
