// Cached public pages and scheduled bulletins: a page that is rendered before a scheduled bulletin
// goes public asks to be re-rendered at that moment, so the bulletin appears by itself, no cron job.
import "server-only";
import { unstable_cache } from "next/cache";

/** The longest a public page is cached (seconds); it matches the pages' `revalidate`. */
export const PAGE_CACHE_SECONDS = 300;

/**
 * Shortens the cache life of the page being rendered so it expires at `at` (when that falls within
 * its normal life). unstable_cache's revalidate lowers the page's own revalidate period.
 */
export async function expirePageAt(at: Date | null): Promise<void> {
  if (!at) return;
  const seconds = Math.ceil((at.getTime() - Date.now()) / 1000);
  if (seconds <= 0 || seconds >= PAGE_CACHE_SECONDS) return;
  const key = at.toISOString();
  await unstable_cache(async () => key, ["intercede-scheduled-publish", key], {
    revalidate: Math.max(1, seconds),
  })();
}
