// The nonce rewriting that lets cached pages carry a fresh CSP nonce on every response.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, freshNonce, nonceMarker, NonceRewriter } from "./csp";

describe("nonces", () => {
  it("are fresh each time, as long as the marker, and valid CSP nonce characters", () => {
    const marker = nonceMarker("a secret of at least thirty-two characters!!");
    const a = freshNonce();
    const b = freshNonce();
    expect(a).not.toBe(b);
    expect(a).toHaveLength(marker.length);
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(nonceMarker("another secret of thirty-two characters....")).not.toBe(marker);
  });

  it("go into a policy with no unsafe-inline for scripts and no framing", () => {
    const policy = contentSecurityPolicy("abc", { upgradeInsecure: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });
});

describe("NonceRewriter", () => {
  const marker = "MARKER0123456789abcdef";
  const nonce = "nonce_0123456789ABCDEF";

  function rewrite(chunks: string[]): string {
    const rewriter = new NonceRewriter(marker, nonce);
    const out = chunks.map((c) => rewriter.push(Buffer.from(c)).toString("latin1"));
    return out.join("") + rewriter.end().toString("latin1");
  }

  it("replaces every marker, also one split across chunks, and keeps the length", () => {
    const html = `<script nonce="${marker}">a</script><script nonce="${marker}" src="/x.js"></script>`;
    const expected = html.replaceAll(marker, nonce);
    expect(rewrite([html])).toBe(expected);
    for (let cut = 1; cut < html.length; cut += 7) {
      expect(rewrite([html.slice(0, cut), html.slice(cut)])).toBe(expected);
    }
    const bytes = html.split("");
    expect(rewrite(bytes)).toBe(expected);
    expect(rewrite([html]).length).toBe(html.length);
  });

  it("leaves a body without the marker as it is", () => {
    expect(rewrite(["hello ", "world"])).toBe("hello world");
    expect(rewrite([])).toBe("");
  });

  it("refuses a nonce of another length", () => {
    expect(() => new NonceRewriter(marker, "short")).toThrow();
  });
});
