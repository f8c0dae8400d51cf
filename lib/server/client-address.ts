// The client's address as the server sees it: the socket's own peer, or, behind TRUSTED_PROXIES
// proxies that each append the address they heard from, the entry that many hops back in
// X-Forwarded-For. Anything a client writes further left is its own claim and is never used.

/** The header through which the resolved address reaches route handlers (lib/auth/ip.ts). */
export const CLIENT_ADDRESS_HEADER = "x-intercede-client-ip";

/** Reads TRUSTED_PROXIES: a count of proxy hops in front of the app (default 0: no proxy). */
export function trustedProxyHops(value = process.env.TRUSTED_PROXIES): number {
  if (value === undefined || value.trim() === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10)
    throw new Error("TRUSTED_PROXIES must be a whole number of proxy hops from 0 to 10");
  return hops;
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are the same client. */
function normalise(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * The address `hops` proxies back: with 0 the socket's peer; with 1 the last X-Forwarded-For entry
 * (appended by our proxy); with 2 the one before it, and so on. When the header has fewer entries
 * than trusted hops (a misconfigured chain), the leftmost entry we have is used.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string {
  const peer = normalise(socketAddress ?? "") || "unknown";
  if (hops === 0) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = header
    .split(",")
    .map(normalise)
    .filter((entry) => entry.length > 0 && entry.length <= 64);
  if (chain.length === 0) return peer;
  return chain[Math.max(0, chain.length - hops)] ?? peer;
}
