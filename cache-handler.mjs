// @ts-check
// Next.js's page cache (next.config.ts `cacheHandler`). With REDIS_URL every instance shares it
// through Redis (@fortedigital/nextjs-cache-handler's redis-strings handler, keys prefixed with the
// build id), so a staff write that drops a tag on one instance drops it for all; without Redis it is
// Next.js's own file-system cache. Either way, two rules of the app's own:
//  - a 404 is never written, so requests for unknown ids cost no disk or memory; nor is a page that
//    carries the do-not-cache marker (components/views/do-not-cache.tsx: an unknown region or
//    country, a page number past the end), so made-up addresses never fill the cache;
//  - an entry tagged "expires-at:<ms>" (lib/cache.ts expirePageAt) is a miss from that moment on,
//    so a scheduled bulletin appears at its time rather than after one more stale view.
// (A search is not a page of its own: /requests?q=… is one cached page for every search, which asks
// for its results from the browser, so free text fills no cache.)
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

export default class PageCache extends Base {
  /** @param {any[]} args */
  async get(...args) {
    const entry = await super.get(...args);
    return entry && hasExpired(entry) ? null : entry;
  }

  /** @param {any[]} args */
  async set(...args) {
    if (mustNotKeep(args[1])) return;
    return super.set(...args);
  }
}
