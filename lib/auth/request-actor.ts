// Who sent this API request, read straight from the session cookie: one JWT decryption and one
// indexed look-up of its session row and user (still open, still active, current role). Route
// handlers use it instead of auth(), which also runs the session callbacks and re-issues the cookie
// — work an "I prayed" click does not need. Pages keep using auth() (lib/auth/session.ts).
import "server-only";
import { getToken } from "next-auth/jwt";
import { getSessionActor, type ActorView } from "@/lib/data/sessions";
import { env } from "@/lib/env";

export function usesSecureCookies(): boolean {
  return env().NODE_ENV === "production" && process.env.AUTH_INSECURE_COOKIES !== "1";
}

const SESSION_COOKIE = "authjs.session-token";

interface Claims {
  sub?: string;
  sid?: string;
  /** Seconds since the epoch, as in the JWT. */
  exp?: number;
}

/**
 * Cookies already decrypted, by their text: decrypting a JWE (key derivation and AES) is most of
 * what an "I prayed" click costs, and the same person clicks again and again. Only cookies that
 * decrypted are kept, until they expire, at most MAX_REMEMBERED of them; the session row is still
 * read on every request, so a session that ended is refused at once.
 */
const remembered = new Map<string, Claims>();
const MAX_REMEMBERED = 5_000;

function sessionCookieOf(request: Request): string | null {
  const header = request.headers.get("cookie");
  if (!header || !header.includes(SESSION_COOKIE)) return null;
  const parts = header
    .split(";")
    .map((part) => part.trim())
    .filter((part) => {
      const name = part.slice(0, part.indexOf("="));
      return name.endsWith(SESSION_COOKIE) || name.includes(`${SESSION_COOKIE}.`);
    });
  return parts.length > 0 ? parts.join(";") : null;
}

async function claimsOf(request: Request, secret: string): Promise<Claims | null> {
  const cookie = sessionCookieOf(request);
  if (!cookie) return null;
  const known = remembered.get(cookie);
  if (known && (known.exp === undefined || known.exp * 1000 > Date.now())) return known;
  const token = await getToken({
    req: { headers: request.headers },
    secret,
    secureCookie: usesSecureCookies(),
  });
  if (!token) return null;
  const claims: Claims = {
    sub: typeof token.sub === "string" ? token.sub : undefined,
    sid: typeof token.sid === "string" ? token.sid : undefined,
    exp: typeof token.exp === "number" ? token.exp : undefined,
  };
  if (remembered.size >= MAX_REMEMBERED) {
    const oldest = remembered.keys().next().value;
    if (oldest !== undefined) remembered.delete(oldest);
  }
  remembered.set(cookie, claims);
  return claims;
}

export async function actorFromRequest(request: Request): Promise<ActorView | null> {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  const claims = await claimsOf(request, secret);
  // The session row must still be open: a signed-out or revoked cookie stands for no one.
  return claims ? getSessionActor(claims.sub, claims.sid) : null;
}
