// What the app's own HTTP server does before Next.js sees a request, and to every response on the
// way out: the client's real address, a cap on request bodies, the security headers and the
// per-response CSP nonce. Plain Node (no Next.js, no database), so server.ts can load it directly.
import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "./client-address";
import { contentSecurityPolicy, freshNonce, markerPolicy, NonceRewriter } from "./csp";

/** No request body may be larger than this, whatever the route (route handlers take less). */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;

export interface EdgeOptions {
  trustedHops: number;
  /** Secret marker Next.js renders as its scripts' nonce (lib/server/csp.ts). */
  nonceMarker: string;
  production: boolean;
  /** APP_URL is https: ask browsers to upgrade any http sub-resource. */
  https: boolean;
}

const STATIC_PREFIX = "/_next/static/";

/** How long a refused upload may go on arriving (and be thrown away) before the socket is cut. */
const LINGER_MS = 1_000;

/**
 * Answers without reading the body. The connection is not closed at once: a client still sending
 * would get a reset and might never read the answer, so for a moment what arrives is read and
 * thrown away (never kept), then the socket is cut.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: 411 | 413, message: string) {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json");
  res.setHeader("Cache-Control", "no-store");
  res.on("finish", () => setTimeout(() => req.socket.destroy(), LINGER_MS).unref());
  res.end(JSON.stringify({ ok: false, error: message }));
  req.resume();
}

/**
 * Refuses a body that is, or says it is, too large before anything reads it: a Content-Length over
 * the cap, or a body of unknown length sent to a page (route handlers under /api bound their own).
 * Returns true when the request was answered.
 */
export function refuseOversizedBody(req: IncomingMessage, res: ServerResponse): boolean {
  const length = req.headers["content-length"];
  if (length !== undefined) {
    const bytes = Number(length);
    if (!Number.isFinite(bytes) || bytes > MAX_REQUEST_BODY_BYTES) {
      refuse(req, res, 413, "The request body is too large.");
      return true;
    }
    return false;
  }
  const chunked = /chunked/i.test(String(req.headers["transfer-encoding"] ?? ""));
  if (chunked && !(req.url ?? "").startsWith("/api/")) {
    refuse(req, res, 411, "Send the length of the request body.");
    return true;
  }
  return false;
}

/**
 * Sets the request headers Next.js and the app read, replacing whatever the client sent for them:
 * the client's address, the forwarded host and scheme (only when a trusted proxy set them), and the
 * CSP marker Next.js renders as its nonce.
 */
export function prepareRequest(req: IncomingMessage, options: EdgeOptions): void {
  const headers = req.headers;
  headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
    req.socket.remoteAddress,
    headers["x-forwarded-for"],
    options.trustedHops,
  );
  if (options.trustedHops === 0) {
    // Without a proxy these are the client's own claims: Next.js fills them in from the socket.
    delete headers["x-forwarded-for"];
    delete headers["x-forwarded-host"];
    delete headers["x-forwarded-proto"];
    delete headers["x-forwarded-port"];
  }
  delete headers["content-security-policy-report-only"];
  headers["content-security-policy"] = markerPolicy(options.nonceMarker);
}

type WriteCallback = (error?: Error | null) => void;

/**
 * Gives the response a fresh nonce: the CSP header allows it, and every marker in the body becomes
 * it. Static assets (immutable, never holding a marker) pass untouched.
 */
export function applyNonce(req: IncomingMessage, res: ServerResponse, options: EdgeOptions): void {
  const path = req.url ?? "/";
  if (path.startsWith(STATIC_PREFIX)) return;
  const nonce = freshNonce();
  res.setHeader(
    "Content-Security-Policy",
    contentSecurityPolicy(nonce, { upgradeInsecure: options.https }),
  );
  const rewriter = new NonceRewriter(options.nonceMarker, nonce);
  const write = res.write.bind(res) as (chunk: Buffer, cb?: WriteCallback) => boolean;
  const end = res.end.bind(res) as (chunk?: Buffer, cb?: () => void) => ServerResponse;
  const toBuffer = (chunk: unknown, encoding: unknown): Buffer =>
    Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        : Buffer.from(
            String(chunk),
            typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8",
          );

  res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
    const callback = (typeof encoding === "function" ? encoding : cb) as WriteCallback | undefined;
    return write(rewriter.push(toBuffer(chunk, encoding)), callback);
  }) as ServerResponse["write"];

  res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
    const callback = (
      typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : cb
    ) as (() => void) | undefined;
    const body =
      chunk === undefined || chunk === null || typeof chunk === "function"
        ? rewriter.end()
        : Buffer.concat([rewriter.push(toBuffer(chunk, encoding)), rewriter.end()]);
    return end(body.length > 0 ? body : undefined, callback);
  }) as ServerResponse["end"];
}

/** Headers every response carries in production (the static ones live in next.config.ts). */
export function applySecurityHeaders(res: ServerResponse, options: EdgeOptions): void {
  if (options.production)
    res.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
}
