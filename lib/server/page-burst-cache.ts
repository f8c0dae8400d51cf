// A one-second memory of whole public pages, in front of Next.js (server.ts), as nginx's
// "microcaching" would be. Next.js already serves public pages from its page cache, but finding a
// page there costs about as much per request as an empty route handler (routing, rewrites, the
// cache look-up, headers). When many people open the same page at once — a church projecting the
// week's requests, a bulletin e-mailed to thousands — the same bytes are sent again and again: for
// one second they are sent from here.
//
// What is kept: only a page Next.js itself served from its page cache (x-nextjs-cache: HIT, status
// 200, no cookie set), for a visitor (no session cookie), for a full page load (no router header:
// the client router's requests differ by those headers). The body is kept as Next.js wrote it, so
// the nonce (lib/server/csp.ts) and compression are still applied per response, after this.
// Staleness: a staff write on this instance empties it at once (lib/cache.ts invalidate()); on
// another instance it is at most TTL late. Bounded: entries, bytes per page, bytes in all.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { sharedSearchUrl } from "../search-page";

export interface BurstCacheOptions {
  ttlMs: number;
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  now?: () => number;
}

export const DEFAULT_BURST_CACHE: BurstCacheOptions = {
  ttlMs: 1_000,
  maxEntries: 500,
  maxEntryBytes: 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
};

interface Entry {
  at: number;
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/** Request headers that make Next.js answer differently (its Vary list) or name a person. */
const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
const LOCALE_COOKIE = /(?:^|;\s*)NEXT_LOCALE=([^;]*)/;

/** Response headers never replayed: set again per response (nonce, compression, id, date). */
const PER_RESPONSE = new Set([
  "content-security-policy",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "date",
  "connection",
  "keep-alive",
  "x-request-id",
]);

type WriteCallback = (error?: Error | null) => void;

export class PageBurstCache {
  private readonly entries = new Map<string, Entry>();
  private totalBytes = 0;
  /** Grows with each clear(): a page read from Next.js before a clear is not kept after it. */
  private generation = 0;
  private readonly now: () => number;

  constructor(private readonly options: BurstCacheOptions = DEFAULT_BURST_CACHE) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.totalBytes = 0;
  }

  private keyOf(req: IncomingMessage): string | null {
    if (req.method !== "GET") return null;
    const address = req.url ?? "/";
    if (address.startsWith("/api/") || address.startsWith("/_next/")) return null;
    // Every search is one page (lib/search-page.ts): kept once for all of them.
    const url = sharedSearchUrl(address) ?? address;
    if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
    if (SESSION_COOKIE.test(req.headers.cookie ?? "")) return null;
    // The language (proxy.ts, next-intl): an address without /es, /fr or /pt is English, except for
    // a visitor whose remembered choice (NEXT_LOCALE) or Accept-Language asks for another, who is
    // sent to that language's address instead. Those two are part of the key, so a page is replayed
    // only to a visitor who would have been answered the same; an unusually long header is not kept.
    const chosen = LOCALE_COOKIE.exec(req.headers.cookie ?? "")?.[1] ?? "";
    const accepted = req.headers["accept-language"] ?? "";
    if (chosen.length > 16 || accepted.length > 200) return null;
    return `${url}\n${chosen}\n${accepted}`;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.body.length;
  }

  private store(key: string, entry: Entry): void {
    if (entry.body.length > this.options.maxEntryBytes) return;
    this.remove(key);
    this.entries.set(key, entry);
    this.totalBytes += entry.body.length;
    // Oldest first out (a Map iterates in insertion order).
    for (const oldest of this.entries.keys()) {
      if (
        this.entries.size <= this.options.maxEntries &&
        this.totalBytes <= this.options.maxTotalBytes
      )
        break;
      this.remove(oldest);
    }
  }

  /**
   * Answers from memory when it can (true); otherwise (false) records what the handler about to run
   * writes, to keep it if it is a cached public page.
   */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const key = this.keyOf(req);
    if (key === null) return false;
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.at < this.options.ttlMs) {
      res.statusCode = entry.status;
      for (const [name, value] of Object.entries(entry.headers))
        if (value !== undefined) res.setHeader(name, value);
      res.end(entry.body);
      return true;
    }
    if (entry) this.remove(key);
    this.record(key, res);
    return false;
  }

  private record(key: string, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    const generation = this.generation;
    let bytes = 0;
    let keep = true;
    const take = (chunk: unknown, encoding: unknown) => {
      if (!keep || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.from(
              String(chunk),
              typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8",
            );
      bytes += buffer.length;
      if (bytes > this.options.maxEntryBytes) {
        keep = false;
        chunks.length = 0;
        return;
      }
      // A copy: the writer may reuse its buffer once written.
      chunks.push(Buffer.from(buffer));
    };
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
      take(chunk, encoding);
      return write(chunk, encoding as BufferEncoding, cb as WriteCallback);
    }) as ServerResponse["write"];
    res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
      take(chunk, encoding);
      if (
        keep &&
        generation === this.generation &&
        res.statusCode === 200 &&
        res.getHeader("x-nextjs-cache") === "HIT" &&
        res.getHeader("set-cookie") === undefined
      ) {
        const headers: OutgoingHttpHeaders = {};
        for (const [name, value] of Object.entries(res.getHeaders()))
          if (!PER_RESPONSE.has(name)) headers[name] = value;
        this.store(key, { at: this.now(), status: 200, headers, body: Buffer.concat(chunks) });
      }
      return end(chunk, encoding, cb);
    }) as ServerResponse["end"];
  }
}

/** The process's cache, reachable from lib/cache.ts (bundled apart by Next.js) to empty it. */
export const burstCacheHooks = globalThis as typeof globalThis & {
  __intercedeClearPageBurstCache?: () => void;
};
