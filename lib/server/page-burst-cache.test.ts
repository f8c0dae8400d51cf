// The one-second page memory in front of Next.js: it keeps only what Next.js served from its page
// cache to a visitor, replays it with a fresh nonce, forgets it after its time or a clear(), and
// stays within its bounds.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { applyNonce, type EdgeOptions } from "./edge";
import { DEFAULT_BURST_CACHE, PageBurstCache, type BurstCacheOptions } from "./page-burst-cache";

const MARKER = "m".repeat(22);
const edge: EdgeOptions = { trustedHops: 0, nonceMarker: MARKER, production: true, https: false };

interface Page {
  status?: number;
  cache?: string;
  cookie?: boolean;
  body?: string;
}

let server: Server | null = null;
afterEach(() => {
  server?.close();
  server = null;
});

/** A server as server.ts builds it: nonce, then the burst cache, then "Next.js" (counted). */
async function serve(
  options: Partial<BurstCacheOptions> = {},
  page: (url: string) => Page = () => ({}),
) {
  let now = 1_000_000;
  const cache = new PageBurstCache({ ...DEFAULT_BURST_CACHE, ...options, now: () => now });
  const rendered: string[] = [];
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    applyNonce(req, res, edge);
    if (cache.handle(req, res)) return;
    const url = req.url ?? "/";
    rendered.push(url);
    const p = page(url);
    res.statusCode = p.status ?? 200;
    res.setHeader("content-type", "text/html");
    res.setHeader("x-nextjs-cache", p.cache ?? "HIT");
    if (p.cookie) res.setHeader("set-cookie", "a=b");
    res.write(`<script nonce="${MARKER}"></script>`);
    res.end(p.body ?? `<p>${url} #${rendered.length}</p>`);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(base + path, { headers });
    return {
      status: response.status,
      body: await response.text(),
      csp: response.headers.get("content-security-policy") ?? "",
    };
  };
  return { cache, rendered, get, advance: (ms: number) => (now += ms) };
}

describe("the page burst cache", () => {
  it("sends a cached public page again from memory, each time with a fresh nonce", async () => {
    const s = await serve();
    const first = await s.get("/requests?region=africa");
    const second = await s.get("/requests?region=africa");
    expect(s.rendered).toEqual(["/requests?region=africa"]);
    expect(second.body.replace(/nonce="[^"]+"/, "")).toBe(first.body.replace(/nonce="[^"]+"/, ""));
    const nonceOf = (body: string) => /nonce="([^"]+)"/.exec(body)?.[1];
    expect(nonceOf(second.body)).not.toBe(nonceOf(first.body));
    expect(nonceOf(second.body)).not.toBe(MARKER);
    expect(second.csp).toContain(`'nonce-${nonceOf(second.body)}'`);
  });

  it("replays a page only to visitors who ask for the same language (first visits are redirected by it)", async () => {
    const s = await serve();
    await s.get("/requests", { "accept-language": "en-GB,en;q=0.9" });
    await s.get("/requests", { "accept-language": "en-GB,en;q=0.9" });
    expect(s.rendered).toHaveLength(1);
    // Another language, or a remembered choice: answered by "Next.js" (which sends them to /fr…).
    await s.get("/requests", { "accept-language": "fr-FR,fr;q=0.9" });
    await s.get("/requests", { "accept-language": "en-GB,en;q=0.9", cookie: "NEXT_LOCALE=es" });
    expect(s.rendered).toHaveLength(3);
    await s.get("/requests", { "accept-language": "x".repeat(201) });
    await s.get("/requests", { "accept-language": "x".repeat(201) });
    expect(s.rendered).toHaveLength(5);
  });

  it("keeps the search page once for every search (each is the same page), in each language", async () => {
    const s = await serve();
    await s.get("/requests?q=court");
    const other = await s.get("/requests?q=safe+church&region=africa&page=2");
    await s.get("/requests?q=");
    expect(s.rendered).toEqual(["/requests?q=court"]);
    expect(other.body).toContain("/requests?q=court #1");
    await s.get("/es/requests?q=corte");
    await s.get("/es/requests?q=iglesia");
    expect(s.rendered).toEqual(["/requests?q=court", "/es/requests?q=corte"]);
    // Filters without a search are pages of their own; so is anything else with a "q".
    await s.get("/requests?region=africa");
    await s.get("/requests?region=asia");
    await s.get("/bulletins?q=court");
    await s.get("/requests/5?q=court");
    expect(s.rendered).toHaveLength(6);
  });

  it("forgets a page after its time, and everything on clear()", async () => {
    const s = await serve({ ttlMs: 1_000 });
    await s.get("/");
    s.advance(999);
    await s.get("/");
    expect(s.rendered).toHaveLength(1);
    s.advance(1);
    const later = await s.get("/");
    expect(s.rendered).toHaveLength(2);
    expect(later.body).toContain("#2");
    s.cache.clear();
    await s.get("/");
    expect(s.rendered).toHaveLength(3);
  });

  it("keeps only pages Next.js served from its cache with 200 and no cookie", async () => {
    const s = await serve({}, (url) =>
      url === "/miss"
        ? { cache: "MISS" }
        : url === "/stale"
          ? { cache: "STALE" }
          : url === "/gone"
            ? { status: 404 }
            : url === "/cookie"
              ? { cookie: true }
              : {},
    );
    for (const path of ["/miss", "/stale", "/gone", "/cookie"]) {
      await s.get(path);
      await s.get(path);
    }
    expect(s.rendered).toEqual([
      "/miss",
      "/miss",
      "/stale",
      "/stale",
      "/gone",
      "/gone",
      "/cookie",
      "/cookie",
    ]);
    expect(s.cache.size).toBe(0);
  });

  it("passes signed-in people, the client router, API and asset requests to Next.js", async () => {
    const s = await serve();
    await s.get("/pray");
    await s.get("/pray", { cookie: "__Secure-authjs.session-token=abc" });
    await s.get("/pray", { cookie: "theme=x; authjs.session-token=abc" });
    await s.get("/pray", { rsc: "1" });
    await s.get("/pray", { "next-router-prefetch": "1" });
    await s.get("/api/counts?ids=1");
    await s.get("/api/counts?ids=1");
    await s.get("/_next/static/chunks/a.js");
    await s.get("/_next/static/chunks/a.js");
    expect(s.rendered).toEqual([
      "/pray",
      "/pray",
      "/pray",
      "/pray",
      "/pray",
      "/api/counts?ids=1",
      "/api/counts?ids=1",
      "/_next/static/chunks/a.js",
      "/_next/static/chunks/a.js",
    ]);
    // A visitor with an unrelated cookie is still a visitor.
    await s.get("/pray", { cookie: "theme=dark" });
    expect(s.rendered).toHaveLength(9);
  });

  it("does not keep a page read before a clear() that finishes after it", async () => {
    let release: () => void = () => {};
    const s = await serve();
    const gate = new Promise<void>((resolve) => (release = resolve));
    server!.removeAllListeners("request");
    server!.on("request", (req: IncomingMessage, res: ServerResponse) => {
      if (s.cache.handle(req, res)) return;
      s.rendered.push(req.url ?? "/");
      res.setHeader("x-nextjs-cache", "HIT");
      void gate.then(() => res.end("old page"));
    });
    const pending = s.get("/");
    await new Promise((resolve) => setTimeout(resolve, 50));
    s.cache.clear();
    release();
    await pending;
    await s.get("/");
    expect(s.rendered).toHaveLength(2);
  });

  it("stays within its bounds: entries, bytes per page, bytes in all", async () => {
    const s = await serve({ maxEntries: 3, maxEntryBytes: 2_000, maxTotalBytes: 2_500 }, (url) => ({
      body: url.startsWith("/big")
        ? "x".repeat(3_000)
        : url.startsWith("/mid")
          ? "y".repeat(1_000)
          : "small",
    }));
    await s.get("/big");
    expect(s.cache.size).toBe(0);
    for (const path of ["/a", "/b", "/c", "/d"]) await s.get(path);
    expect(s.cache.size).toBe(3);
    await s.get("/a"); // the oldest went first: rendered again
    expect(s.rendered.filter((p) => p === "/a")).toHaveLength(2);
    await s.get("/mid1");
    await s.get("/mid2");
    await s.get("/mid3");
    expect(s.cache.bytes).toBeLessThanOrEqual(2_500);
  });
});
