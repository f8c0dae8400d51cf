// Sign-in under the limits: a spray from one address stops, one account at one address locks, the
// owner elsewhere gets in, and an attempt over any limit never reaches the (argon2) password check.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

async function fresh() {
  vi.resetModules();
  vi.stubEnv("REDIS_URL", "");
  delete (globalThis as { __intercedeLimiters?: unknown }).__intercedeLimiters;
  const { guardedSignIn } = await import("./sign-in-guard");
  const { LIMITS } = await import("@/lib/rate-limit");
  return { guardedSignIn, LIMITS };
}

const owner = { id: "owner" };
const password = "the right password";

describe("guardedSignIn", () => {
  let verify: ReturnType<typeof vi.fn<(email: string, password: string) => Promise<object | null>>>;
  beforeEach(() => {
    verify = vi.fn(async (_email: string, given: string) => (given === password ? owner : null));
  });

  it("stops a spray of wrong passwords at many accounts from one address", async () => {
    const { guardedSignIn, LIMITS } = await fresh();
    const address = `spray-${randomUUID()}`;
    const outcomes = [];
    for (let i = 0; i < 40; i++)
      outcomes.push(
        (await guardedSignIn({ email: `${i}@x.test`, password: "guess", address }, verify)).ok
          ? "in"
          : "refused",
      );
    expect(verify).toHaveBeenCalledTimes(LIMITS.signInFailuresPerAddress.points);
    const limited = await guardedSignIn({ email: "real@x.test", password, address }, verify);
    expect(limited).toMatchObject({ ok: false, reason: "limited" });
    // Over the limit, not even the right password is checked: no argon2 hash is paid for.
    expect(verify).toHaveBeenCalledTimes(LIMITS.signInFailuresPerAddress.points);
    expect(outcomes.every((o) => o === "refused")).toBe(true);
  });

  it("locks one account at one address, never the owner at theirs", async () => {
    const { guardedSignIn, LIMITS } = await fresh();
    const email = `${randomUUID()}@x.test`;
    for (let i = 0; i < LIMITS.signInFailuresPerAccount.points; i++)
      expect(
        await guardedSignIn({ email, password: `guess ${i}`, address: "stranger" }, verify),
      ).toMatchObject({ ok: false, reason: "wrong" });
    const calls = verify.mock.calls.length;
    expect(await guardedSignIn({ email, password, address: "stranger" }, verify)).toMatchObject({
      ok: false,
      reason: "limited",
    });
    expect(verify.mock.calls.length).toBe(calls);
    expect(await guardedSignIn({ email, password, address: "owner's home" }, verify)).toEqual({
      ok: true,
      user: owner,
    });
  });

  it("lets a whole congregation sign in from one address", async () => {
    const { guardedSignIn } = await fresh();
    for (let i = 0; i < 200; i++)
      expect(
        (await guardedSignIn({ email: `${i}@church.test`, password, address: "church" }, verify))
          .ok,
      ).toBe(true);
  });

  it("clears an account's failures once the right password is given", async () => {
    const { guardedSignIn, LIMITS } = await fresh();
    const email = `${randomUUID()}@x.test`;
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < LIMITS.signInFailuresPerAccount.points - 1; i++)
        await guardedSignIn({ email, password: "typo", address: "home" }, verify);
      expect((await guardedSignIn({ email, password, address: "home" }, verify)).ok).toBe(true);
    }
  });
});
