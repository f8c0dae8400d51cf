// @ts-check
// Next.js's page cache (next.config.ts `cacheHandler`). With REDIS_URL every instance shares it
// through Redis (@fortedigital/nextjs-cache-handler's redis-strings handler, keys prefixed with the
// build id), so a staff write that drops a tag on one instance drops it for all; without Redis it is
// Next.js's own file-system cache. Either way, two rules of the app's own:
//  - a 404 is never written, so requests for unknown ids cost no disk or memory; nor is a page that
//    carries the do-not-cache marker (components/views/do-not-cache.tsx: an unknown region or
//    country, a page number past the end), so made-up addresses never fill the cache;
//  - an entry tagged "expires-at:<ms>" (lib/cache.ts expirePageAt) is a miss from that moment on,
//    so a scheduled bulletin appears at its time rather than after one more stale view;
//  - search pages (/requests/find/…, lib/search-key.ts) are kept only in this process, the most
//    recent few hundred, for a minute (two seconds when instances share the cache, so that they agree
//    within that), and dropped with their tags: searches are free text, and must not fill anything.
// Plain JavaScript because Next.js loads this file itself at run time.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const EXPIRES_AT = "expires-at:";
const DO_NOT_CACHE = "intercede-do-not-cache";

/**
 * A page that must not be kept: a 404, or one marked do-not-cache.
 * @param {any} data
 */
function mustNotKeep(data) {
  if (typeof data !== "object" || data === null) return false;
  if (data.status === 404) return true;
  const html = data.html;
  if (typeof html === "string") return html.includes(DO_NOT_CACHE);
  return Buffer.isBuffer(html) && html.includes(DO_NOT_CACHE);
}

/**
 * The tags stored with an entry: a page keeps them in its headers, a cached call in `tags`.
 * @param {any} entry
 * @returns {string[]}
 */
function tagsOf(entry) {
  const value = entry?.value;
  if (!value) return [];
  if (Array.isArray(value.tags)) return value.tags;
  const header = value.headers?.["x-next-cache-tags"];
  return typeof header === "string" ? header.split(",") : [];
}

/** @param {any} entry */
function hasExpired(entry, now = Date.now()) {
  return tagsOf(entry).some(
    (tag) => tag.startsWith(EXPIRES_AT) && Number(tag.slice(EXPIRES_AT.length)) <= now,
  );
}

/** @returns {Promise<any>} */
async function sharedCacheOnRedis() {
  const { CacheHandler } = await import("@fortedigital/nextjs-cache-handler");
  const { default: createRedisHandler } =
    await import("@fortedigital/nextjs-cache-handler/redis-strings");
  const { ioredisAdapter } =
    await import("@fortedigital/nextjs-cache-handler/helpers/ioredisAdapter");
  const { Redis } = await import("ioredis");
  CacheHandler.onCreation(async ({ buildId }) => {
    const client = new Redis(/** @type {string} */ (process.env.REDIS_URL), {
      maxRetriesPerRequest: 2,
      connectTimeout: 2_000,
    });
    client.on("error", (error) => console.error(`[cache] Redis: ${error.message}`));
    return {
      handlers: [
        createRedisHandler({
          client: ioredisAdapter(client),
          // Pages of one build are never read by another.
          keyPrefix: `intercede:${buildId ?? "dev"}:`,
          timeoutMs: 2_000,
        }),
      ],
    };
  });
  return CacheHandler;
}

/** @type {any} */
const Base = process.env.REDIS_URL
  ? await sharedCacheOnRedis()
  : (/** @type {any} */ (fileSystemCache).default ?? fileSystemCache);

const SEARCH_PAGE = "/requests/find/";
const MAX_SEARCH_PAGES = 300;
const SEARCH_PAGE_LIFE_MS = process.env.REDIS_URL ? 2_000 : 60_000;
/** Recent search pages, oldest first. @type {Map<string, { entry: any; tags: string[] }>} */
const searchPages = new Map();
/** When each tag was last dropped in this process. @type {Map<string, number>} */
const droppedAt = new Map();

/** @param {string} key @returns {any} */
function searchPage(key) {
  const kept = searchPages.get(key);
  if (!kept) return null;
  const fresh =
    Date.now() - kept.entry.lastModified < SEARCH_PAGE_LIFE_MS &&
    !kept.tags.some((tag) => (droppedAt.get(tag) ?? 0) >= kept.entry.lastModified) &&
    !hasExpired(kept.entry);
  searchPages.delete(key);
  if (!fresh) return null;
  searchPages.set(key, kept);
  return kept.entry;
}

/** @param {string} key @param {any} data */
function keepSearchPage(key, data) {
  const entry = { lastModified: Date.now(), value: data };
  searchPages.delete(key);
  searchPages.set(key, { entry, tags: tagsOf(entry) });
  while (searchPages.size > MAX_SEARCH_PAGES) {
    const oldest = searchPages.keys().next().value;
    if (oldest === undefined) break;
    searchPages.delete(oldest);
  }
}

export default class PageCache extends Base {
  /** @param {any[]} args */
  async get(...args) {
    if (typeof args[0] === "string" && args[0].includes(SEARCH_PAGE)) return searchPage(args[0]);
    const entry = await super.get(...args);
    return entry && hasExpired(entry) ? null : entry;
  }

  /** @param {any[]} args */
  async set(...args) {
    if (mustNotKeep(args[1])) return;
    if (typeof args[0] === "string" && args[0].includes(SEARCH_PAGE))
      return keepSearchPage(args[0], args[1]);
    return super.set(...args);
  }

  /** @param {any[]} args */
  async revalidateTag(...args) {
    const now = Date.now();
    const dropped = Array.isArray(args[0]) ? args[0] : [args[0]];
    for (const tag of dropped) if (typeof tag === "string") droppedAt.set(tag, now);
    return super.revalidateTag(...args);
  }
}
