// Email + password sign-in under the limits of lib/rate-limit.ts. An attempt over a limit is refused
// before the password is checked, so it never pays for an argon2 hash; a wrong password counts
// against the address and against that account at that address; a right one clears the account's
// count. An unknown e-mail and a wrong password count, take and say the same.
import { clear, consume, spent, type RateResult } from "@/lib/rate-limit";

export type SignInOutcome<U> =
  | { ok: true; user: U }
  | { ok: false; reason: "wrong" }
  | { ok: false; reason: "limited"; retryAfterSeconds: number };

const first = (results: RateResult[]) =>
  results.find((r) => !r.ok) as { ok: false; retryAfterSeconds: number } | undefined;

export async function guardedSignIn<U>(
  attempt: { email: string; password: string; address: string },
  verify: (email: string, password: string) => Promise<U | null>,
): Promise<SignInOutcome<U>> {
  const { email, address } = attempt;
  const accountKey = `${email}|${address}`;
  const refused = first([
    await consume("signInAttemptsPerAddress", address),
    await spent("signInFailuresPerAddress", address),
    await spent("signInFailuresPerAccount", accountKey),
  ]);
  if (refused)
    return { ok: false, reason: "limited", retryAfterSeconds: refused.retryAfterSeconds };
  const user = await verify(email, attempt.password);
  if (!user) {
    await consume("signInFailuresPerAddress", address);
    await consume("signInFailuresPerAccount", accountKey);
    return { ok: false, reason: "wrong" };
  }
  await clear("signInFailuresPerAccount", accountKey);
  return { ok: true, user };
}
