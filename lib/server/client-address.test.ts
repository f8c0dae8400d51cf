// Only trusted proxy hops may speak for the client: a forged X-Forwarded-For changes nothing.
import { describe, expect, it } from "vitest";
import { resolveClientAddress, trustedProxyHops } from "./client-address";

describe("resolveClientAddress", () => {
  it("uses the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", 0)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:203.0.113.9", "1.2.3.4, 5.6.7.8", 0)).toBe("203.0.113.9");
    expect(resolveClientAddress("203.0.113.9", undefined, 0)).toBe("203.0.113.9");
  });

  it("takes the entry our proxy appended, not what the client wrote before it", () => {
    // The client forged "1.2.3.4"; our one proxy appended the address it heard from.
    expect(resolveClientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.7", 1)).toBe("198.51.100.7");
    // Two proxies: the CDN appended the client, our load balancer appended the CDN.
    expect(resolveClientAddress("10.0.0.2", "9.9.9.9, 198.51.100.7, 172.16.0.1", 2)).toBe(
      "198.51.100.7",
    );
  });

  it("falls back to the peer or the leftmost entry on a short or empty chain", () => {
    expect(resolveClientAddress("10.0.0.2", "", 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.7", 3)).toBe("198.51.100.7");
    expect(resolveClientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("ignores absurdly long entries", () => {
    expect(resolveClientAddress("10.0.0.2", `${"x".repeat(500)}`, 1)).toBe("10.0.0.2");
  });
});

describe("trustedProxyHops", () => {
  it("defaults to no proxy and refuses nonsense", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(() => trustedProxyHops("yes")).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustedProxyHops("-1")).toThrow(/TRUSTED_PROXIES/);
  });
});
