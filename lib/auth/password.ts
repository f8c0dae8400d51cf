// Password hashing with argon2id (memory-hard).
import { hash, verify } from "@node-rs/argon2";

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-rules";

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Verifying against this when the e-mail is unknown makes both failures cost the same time.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(
  stored: string | null | undefined,
  password: string,
): Promise<boolean> {
  dummyHash ??= hash("intercede-timing-equaliser", options);
  const target = stored ?? (await dummyHash);
  try {
    const ok = await verify(target, password);
    return stored ? ok : false;
  } catch {
    return false;
  }
}
