// Each kind of signed link has its own key, derived from AUTH_SECRET.
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function keys(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return import("./signing-key");
}

describe("signing keys", () => {
  it("differ by purpose and by secret, and are stable", async () => {
    const a = await keys({ AUTH_SECRET: "first-installation-secret-0123456789abcdef" });
    const invite = a.signingKey("invite");
    expect(invite).not.toBe(a.signingKey("unsubscribe"));
    expect(a.signingKey("invite")).toBe(invite);
    expect(invite).not.toContain("first-installation");
    const b = await keys({ AUTH_SECRET: "second-installation-secret-0123456789abcde" });
    expect(b.signingKey("invite")).not.toBe(invite);
  });
});
