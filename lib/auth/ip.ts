// The client's address for rate limiting, as the app's server (server.ts) resolved it from the
// socket and TRUSTED_PROXIES. A header of the client's own making never reaches this far: the
// server replaces it. Under `next dev` (no server.ts) the address Next.js took from the socket.
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address";

export function clientIp(headers: Headers): string {
  const resolved = headers.get(CLIENT_ADDRESS_HEADER);
  if (resolved) return resolved;
  if (process.env.NODE_ENV === "production") return "unknown";
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "local";
}
