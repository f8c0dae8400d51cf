// The public pages' cache: every page is rendered once and served from Next.js's page cache
// (shared by all instances through Redis when REDIS_URL is set; cache-handler.mjs). A page names
// what it shows with tags; a staff write drops the tags of what it changed, so only those pages are
// rendered again. A page rendered before a scheduled bulletin goes public expires at that moment
// (cache-handler.mjs treats its "expires-at" tag as a hard expiry), so the bulletin appears then,
// with no cron job. Pages never talk to the cache directly: they call tagPage(), expirePageAt(),
// and route handlers name tags through jsonRoute's `invalidates`.
import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { burstCacheHooks } from "@/lib/server/page-burst-cache";

/** The longest a public page is cached (seconds); it matches the pages' `revalidate`. */
export const PAGE_CACHE_SECONDS = 300;

/** What a page shows, as cache tags. */
export const tags = {
  /** The list of published bulletins, and so the latest one (home, guided prayer, feeds). */
  bulletins: "bulletins",
  bulletin: (id: number) => `bulletin:${id}`,
  /** Every list of requests (the /requests pages, feeds, Freedom Sunday's featured lists). */
  requests: "requests",
  request: (id: number) => `request:${id}`,
  regions: "regions",
  /** The public list of churches hosting Freedom Sunday. */
  hosts: "hosts",
} as const;

/** The tag that makes a cached page expire (hard, not stale) at a moment: see cache-handler.mjs. */
export const EXPIRES_AT_PREFIX = "expires-at:";

/**
 * Tags the page being rendered. (A cached call that does nothing: its tags become the page's, which
 * is how a page without a data cache of its own carries tags in Next.js's page cache.)
 */
export async function tagPage(...pageTags: string[]): Promise<void> {
  if (pageTags.length === 0) return;
  await unstable_cache(async () => true, ["intercede-page-tags", ...pageTags], {
    tags: pageTags,
  })();
}

/**
 * Makes the page being rendered expire at `at` (when that falls within its normal life): its cache
 * life is shortened to that moment, and it carries an "expires-at" tag so that the first visitor
 * after it gets a fresh page, not the stale one.
 */
export async function expirePageAt(at: Date | null): Promise<void> {
  if (!at) return;
  const seconds = Math.ceil((at.getTime() - Date.now()) / 1000);
  if (seconds <= 0 || seconds >= PAGE_CACHE_SECONDS) return;
  const key = `${EXPIRES_AT_PREFIX}${at.getTime()}`;
  await unstable_cache(async () => key, ["intercede-scheduled-publish", key], {
    revalidate: Math.max(1, seconds),
    tags: [key],
  })();
}

/**
 * Drops every cached page that carries one of `pageTags` (the next visitor gets a fresh one), and
 * empties this instance's one-second page memory in front of Next.js (lib/server/page-burst-cache.ts).
 */
export function invalidate(pageTags: Iterable<string>): void {
  for (const tag of new Set(pageTags)) revalidateTag(tag, { expire: 0 });
  burstCacheHooks.__intercedeClearPageBurstCache?.();
}

/**
 * Called by the job that runs when a scheduled bulletin's time comes (lib/jobs). The pages that
 * would show it already expire at that moment (expirePageAt); nothing more is needed here.
 */
export async function afterScheduledPublish(bulletinId: number): Promise<void> {
  void bulletinId;
}
