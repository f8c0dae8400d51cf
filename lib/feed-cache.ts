// The feeds' cache. A feed's address carries its language (?lang=es), so its handler runs for every
// request; the feed it serves is rendered once per address and kept in Next.js's data cache (shared
// through cache-handler.mjs like the pages): at most five minutes, dropped at once by a staff change
// to requests, bulletins or regions (their tags, lib/cache.ts), and never past the next moment the
// feeds change by themselves (a scheduled bulletin or update coming due), which is part of the key.
import "server-only";
import { unstable_cache } from "next/cache";
import { PAGE_CACHE_SECONDS, tags } from "@/lib/cache";
import { nextFeedChange } from "@/lib/data/feeds";

/** The feed `key` names (its address and language), from the cache or rendered by `render`. */
export async function cachedFeed(key: string[], render: () => Promise<string>): Promise<string> {
  const next = await nextFeedChange();
  return unstable_cache(render, ["intercede-feed", ...key, `until:${next?.getTime() ?? "none"}`], {
    revalidate: PAGE_CACHE_SECONDS,
    tags: [tags.requests, tags.bulletins, tags.regions],
  })();
}
