// @ts-check
// Next.js's page cache (next.config.ts `cacheHandler`): Next.js's own file-system cache, except that
// a 404 is never written, so requests for unknown request or bulletin ids cost no disk or memory.
// Plain JavaScript because Next.js loads this file itself at run time.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

/** @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache").default} */
const FileSystemCache = /** @type {any} */ (fileSystemCache).default ?? fileSystemCache;

/** @param {unknown} data */
function isNotFound(data) {
  return typeof data === "object" && data !== null && "status" in data && data.status === 404;
}

export default class PageCache extends FileSystemCache {
  /** @type {FileSystemCache["set"]} */
  async set(key, data, ctx) {
    if (isNotFound(data)) return;
    return super.set(key, data, ctx);
  }
}
