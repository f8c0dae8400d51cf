// Unsubscribe tokens: signed per person and list, refused when tampered, foreign or malformed.
import { afterEach, describe, expect, it, vi } from "vitest";

async function fresh(values: Record<string, string | undefined> = {}) {
  vi.resetModules();
  for (const [key, value] of Object.entries(values)) vi.stubEnv(key, value);
  return import("./unsubscribe");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const userId = "5f0c2a8e-7d43-4f7a-9a5b-0d6c1b2e3f40";

describe("unsubscribe tokens", () => {
  it("round-trips the person and the list, and differs per list", async () => {
    const { createUnsubscribeToken, verifyUnsubscribeToken } = await fresh();
    const follows = createUnsubscribeToken(userId, "follows");
    const digest = createUnsubscribeToken(userId, "digest");
    expect(follows).not.toBe(digest);
    expect(follows).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyUnsubscribeToken(follows)).toEqual({ userId, list: "follows" });
    expect(verifyUnsubscribeToken(digest)).toEqual({ userId, list: "digest" });
  });

  it("refuses a tampered signature, person or list", async () => {
    const { createUnsubscribeToken, verifyUnsubscribeToken } = await fresh();
    const token = createUnsubscribeToken(userId, "follows");
    const [payload, signature] = token.split(".") as [string, string];
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    expect(verifyUnsubscribeToken(`${payload}.${flipped}`)).toBeNull();
    for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") {
      const edited = `${payload.slice(0, -1)}${char}`;
      if (edited !== payload) expect(verifyUnsubscribeToken(`${edited}.${signature}`)).toBeNull();
    }
    const otherUser = Buffer.from(`${userId.replace("5f", "6f")}.follows`).toString("base64url");
    expect(verifyUnsubscribeToken(`${otherUser}.${signature}`)).toBeNull();
    const otherList = Buffer.from(`${userId}.digest`).toString("base64url");
    expect(verifyUnsubscribeToken(`${otherList}.${signature}`)).toBeNull();
  });

  it("refuses malformed tokens and unknown lists", async () => {
    const { createUnsubscribeToken, verifyUnsubscribeToken } = await fresh();
    const token = createUnsubscribeToken(userId, "digest");
    for (const bad of [
      null,
      undefined,
      "",
      "abc",
      "a.b.c",
      `${token}x`,
      `${token}.`,
      ` ${token}`,
      token.replace(".", ""),
      `${"A".repeat(1000)}.${token.split(".")[1]}`,
    ])
      expect(verifyUnsubscribeToken(bad), String(bad)).toBeNull();
    // A list nobody signs up to, signed correctly, is still refused.
    const { createHmac } = await import("node:crypto");
    const payload = Buffer.from(`${userId}.everything`).toString("base64url");
    const signature = createHmac(
      "sha256",
      "intercede-development-only-unsubscribe-secret-0123456789",
    )
      .update(`${userId}.everything`)
      .digest("base64url");
    expect(verifyUnsubscribeToken(`${payload}.${signature}`)).toBeNull();
  });

  it("refuses a token signed with another secret (another installation)", async () => {
    const other = await fresh({ AUTH_SECRET: "another-installation-secret-0123456789abcdef" });
    const foreign = other.createUnsubscribeToken(userId, "follows");
    const ours = await fresh({ AUTH_SECRET: "our-installation-secret-0123456789abcdefghij" });
    expect(ours.verifyUnsubscribeToken(foreign)).toBeNull();
    expect(ours.verifyUnsubscribeToken(ours.createUnsubscribeToken(userId, "follows"))).toEqual({
      userId,
      list: "follows",
    });
  });

  it("signs HMAC-SHA256 over <userId>.<list> with a key derived from AUTH_SECRET for unsubscribing", async () => {
    const secret = "our-installation-secret-0123456789abcdefghij";
    const { createUnsubscribeToken } = await fresh({ AUTH_SECRET: secret });
    const { createHmac } = await import("node:crypto");
    const key = createHmac("sha256", secret).update("intercede:unsubscribe").digest("base64url");
    const expected = createHmac("sha256", key).update(`${userId}.digest`).digest("base64url");
    expect(createUnsubscribeToken(userId, "digest").split(".")[1]).toBe(expected);
  });

  it("needs AUTH_SECRET in production", async () => {
    const { createUnsubscribeToken } = await fresh({ NODE_ENV: "production", AUTH_SECRET: "" });
    // env() itself refuses to start without it; either way no token is signed with a known key.
    expect(() => createUnsubscribeToken(userId, "follows")).toThrow(/AUTH_SECRET/);
  });
});

describe("unsubscribe links", () => {
  it("point at the page and the one-click API of this site, with the RFC 8058 headers", async () => {
    const { unsubscribeLinks, verifyUnsubscribeToken } = await fresh({
      APP_URL: "https://pray.example.org/",
    });
    const links = unsubscribeLinks(userId, "digest");
    const page = new URL(links.page);
    expect(`${page.origin}${page.pathname}`).toBe("https://pray.example.org/unsubscribe");
    const oneClick = new URL(links.oneClick);
    expect(`${oneClick.origin}${oneClick.pathname}`).toBe(
      "https://pray.example.org/api/unsubscribe",
    );
    expect(oneClick.searchParams.get("token")).toBe(page.searchParams.get("token"));
    expect(verifyUnsubscribeToken(page.searchParams.get("token"))).toEqual({
      userId,
      list: "digest",
    });
    expect(links.headers).toEqual({
      "List-Unsubscribe": `<${links.oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });
});
