// Content-Security-Policy with a fresh nonce on every response, for pages that are rendered once and
// served from cache. Next.js renders each page with a secret marker as its script nonce (the server
// hands it the marker in the request's CSP header); on the way out every response has the marker
// replaced by a new random nonce of the same length, which is also the one the CSP header allows.
// The marker never leaves the server, so a script injected into stored content cannot carry it.
import { createHmac, randomBytes } from "node:crypto";

const NONCE_BYTES = 16;

/** The marker Next.js renders as the nonce: the same on every instance that shares AUTH_SECRET. */
export function nonceMarker(secret: string): string {
  return createHmac("sha256", secret)
    .update("intercede csp nonce marker")
    .digest()
    .subarray(0, NONCE_BYTES)
    .toString("base64url");
}

/** A new nonce for one response: 128 random bits, as long as the marker. */
export function freshNonce(): string {
  return randomBytes(NONCE_BYTES).toString("base64url");
}

/** The policy for a response whose scripts carry `nonce`. */
export function contentSecurityPolicy(nonce: string, options: { upgradeInsecure: boolean }) {
  return [
    "default-src 'self'",
    // Next.js's own scripts carry the nonce; the chunks they load are trusted through them.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // React style attributes and charts set inline styles; no script can run from a style.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.upgradeInsecure ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** What Next.js is told (in the request) so that it renders the marker as its scripts' nonce. */
export function markerPolicy(marker: string): string {
  return `script-src 'nonce-${marker}'`;
}

/**
 * Replaces every occurrence of `marker` with `nonce` in a stream of chunks. Both have the same
 * length, so a Content-Length set before the body stays true. The last few bytes of each chunk are
 * held back in case a marker straddles two chunks.
 */
export class NonceRewriter {
  private carry: Buffer = Buffer.alloc(0);
  private readonly from: Buffer;
  private readonly to: Buffer;

  constructor(marker: string, nonce: string) {
    this.from = Buffer.from(marker);
    this.to = Buffer.from(nonce);
    if (this.from.length !== this.to.length)
      throw new Error("The nonce must be as long as the marker");
  }

  private replaceIn(buffer: Buffer): void {
    let at = buffer.indexOf(this.from);
    while (at !== -1) {
      this.to.copy(buffer, at);
      at = buffer.indexOf(this.from, at + this.from.length);
    }
  }

  /** The bytes that can be sent now. */
  push(chunk: Buffer): Buffer {
    const joined = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : Buffer.from(chunk);
    this.replaceIn(joined);
    const keep = Math.min(joined.length, this.from.length - 1);
    this.carry = joined.subarray(joined.length - keep);
    return joined.subarray(0, joined.length - keep);
  }

  /** Whatever was held back, at the end of the body. */
  end(): Buffer {
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    return rest;
  }
}
