// The production server (`npm start`): Next.js behind the app's own edge (lib/server/edge.ts) —
// the client's real address, a cap on request bodies, compression, security headers and a fresh
// CSP nonce on every response — with a graceful stop on SIGTERM.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import compression from "compression";
import next from "next";
import { trustedProxyHops } from "./lib/server/client-address";
import { nonceMarker } from "./lib/server/csp";
import {
  applyNonce,
  applySecurityHeaders,
  prepareRequest,
  refuseOversizedBody,
  type EdgeOptions,
} from "./lib/server/edge";

// Next.js must not exit on SIGTERM before in-flight requests finish: this file handles it.
process.env.NEXT_MANUAL_SIG_HANDLE = "true";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const production = process.env.NODE_ENV === "production";

function fail(message: string): never {
  console.error(`Intercede cannot start: ${message}`);
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

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
const compress = compression() as unknown as (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;

await app.prepare();

const server = createServer((req, res) => {
  if (refuseOversizedBody(req, res)) return;
  prepareRequest(req, options);
  applySecurityHeaders(res, options);
  compress(req, res, () => {
    applyNonce(req, res, options);
    void handle(req, res);
  });
});
server.keepAliveTimeout = 65_000;

let stopping = false;
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing in-flight requests, then stopping`);
  // Stop accepting; idle keep-alive connections close now, busy ones after their response.
  server.close(() => {
    void app.close().finally(() => process.exit(0));
  });
  server.closeIdleConnections();
  setTimeout(() => {
    console.error("Requests still running after 25 s: stopping anyway");
    process.exit(1);
  }, 25_000).unref();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));

server.listen(port, hostname, () => {
  console.log(
    `Intercede listening on http://${hostname}:${port} (trusted proxies: ${trustedHops})`,
  );
});
