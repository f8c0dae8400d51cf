// Hashing is argon2id, and a check for an unknown account does the same hashing work as a wrong password.
import { describe, expect, it, vi } from "vitest";

const calls = vi.hoisted(() => ({ verify: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...real,
    verify: (...args: Parameters<typeof real.verify>) => {
      calls.verify += 1;
      return real.verify(...args);
    },
  };
});

const { hashPassword, verifyPassword } = await import("./password");

describe("passwords", () => {
  it("hashes with argon2id and verifies", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "wrong horse battery")).toBe(false);
  });

  it("runs a full argon2 verification even when there is no stored hash", async () => {
    const before = calls.verify;
    expect(await verifyPassword(null, "whatever it is")).toBe(false);
    expect(calls.verify).toBe(before + 1);
  });
});
