// The production server (`npm start`): Next.js behind the app's own edge (lib/server/edge.ts) —
// the client's real address, a cap on request bodies, compression, security headers and a fresh
// CSP nonce on every response — with a request id, one JSON log line and a latency observation per
// request, and a graceful stop on SIGTERM (lib/server/shutdown.ts).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import compression from "compression";
import next from "next";
import { log } from "./lib/log";
import { metricsRegistry } from "./lib/metrics";
import { trustedProxyHops } from "./lib/server/client-address";
import { nonceMarker } from "./lib/server/csp";
import {
  applyNonce,
  applySecurityHeaders,
  prepareRequest,
  refuseOversizedBody,
  type EdgeOptions,
} from "./lib/server/edge";
import {
  burstCacheHooks,
  DEFAULT_BURST_CACHE,
  PageBurstCache,
} from "./lib/server/page-burst-cache";
import { traceRequest } from "./lib/server/request-log";
import { loadRouteTable } from "./lib/server/routes";
import { drainOnStop, shutdownHooks, stopGracefully } from "./lib/server/shutdown";

// Next.js must not exit on SIGTERM before in-flight requests finish: this file handles it.
process.env.NEXT_MANUAL_SIG_HANDLE = "true";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const production = process.env.NODE_ENV === "production";
/** How long requests, jobs and connections get to finish after SIGTERM (orchestrators wait ~30 s). */
const STOP_DEADLINE_MS = 25_000;

function fail(message: string): never {
  log.fatal(`Intercede cannot start: ${message}`);
  process.exit(1);
}

let trustedHops = 0;
try {
  trustedHops = trustedProxyHops();
} catch (error) {
  fail((error as Error).message);
}
const secret = process.env.AUTH_SECRET;
if (!secret || secret.length < 32)
  fail("AUTH_SECRET is required (at least 32 characters; try: openssl rand -base64 32)");

const options: EdgeOptions = {
  trustedHops,
  nonceMarker: nonceMarker(secret),
  production,
  https: (process.env.APP_URL ?? "").startsWith("https:"),
};

// PAGE_BURST_CACHE_MS: how long a visitor's cached public page is sent again from memory (default
// 1000; 0 turns it off). See lib/server/page-burst-cache.ts.
const burstMs = Number(process.env.PAGE_BURST_CACHE_MS ?? DEFAULT_BURST_CACHE.ttlMs);
if (!Number.isInteger(burstMs) || burstMs < 0 || burstMs > 60_000)
  fail("PAGE_BURST_CACHE_MS must be a whole number of milliseconds from 0 to 60000");
const burstCache =
  burstMs > 0 ? new PageBurstCache({ ...DEFAULT_BURST_CACHE, ttlMs: burstMs }) : null;
burstCacheHooks.__intercedeClearPageBurstCache = () => burstCache?.clear();

// Next.js writes a loopback host as "localhost" in the URLs its proxy step (proxy.ts) builds
// rewrites from, and takes a rewrite to an origin other than the one it was given for a rewrite to
// another site: given 127.0.0.1, every page would redirect to itself. So it is told "localhost".
const nextHostname = ["127.0.0.1", "::1", "[::1]"].includes(hostname) ? "localhost" : hostname;
const app = next({ dev: false, hostname: nextHostname, port });
const handle = app.getRequestHandler();
const compress = compression() as unknown as (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;

await app.prepare();
// The process metrics (CPU, memory, event loop) are collected from start, not from the first scrape.
metricsRegistry();
const logOptions = { logger: log, routes: loadRouteTable(), trustedHops };

const server = createServer((req, res) => {
  // Next.js's proxy step, compression, the request log and the CSP rewriting each listen for the
  // response's end: more than Node's default of ten listeners per response, which is no leak.
  res.setMaxListeners(32);
  prepareRequest(req, options);
  traceRequest(req, res, logOptions);
  if (refuseOversizedBody(req, res)) return;
  applySecurityHeaders(res, options);
  compress(req, res, () => {
    applyNonce(req, res, options);
    if (burstCache?.handle(req, res)) return;
    void handle(req, res);
  });
});
server.keepAliveTimeout = 65_000;
const drain = drainOnStop(server);

async function stop(signal: string) {
  if (drain.stopping) return;
  log.info({ signal }, "stopping: no new connections; finishing requests in flight, then jobs");
  const clean = await stopGracefully(
    server,
    drain,
    [
      // Requests are done; a job they queued stays in the durable queue for the next start.
      { name: "jobs", run: () => shutdownHooks.__intercedeStopWorker?.() },
      { name: "next", run: () => app.close() },
      { name: "queue", run: () => shutdownHooks.__intercedeCloseQueue?.() },
      { name: "database", run: () => shutdownHooks.__intercedeCloseDb?.() },
      { name: "redis", run: () => shutdownHooks.__intercedeCloseRedis?.() },
    ],
    log,
    STOP_DEADLINE_MS,
  );
  log.info({ clean }, "stopped");
  log.flush();
  process.exit(clean ? 0 : 1);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));

server.listen(port, hostname, () => {
  log.info({ hostname, port, trustedProxies: trustedHops }, "Intercede listening");
});
