// Who sent this API request, read straight from the session cookie: one JWT decryption and one
// indexed look-up of its session row and user (still open, still active, current role). Route handlers use it instead of auth(),
// which also runs the session callbacks and re-issues the cookie — work an "I prayed" click does
// not need. Pages keep using auth() (lib/auth/session.ts), which also extends the session.
import "server-only";
import { getToken } from "next-auth/jwt";
import { getSessionActor, type ActorView } from "@/lib/data/sessions";
import { env } from "@/lib/env";

export function usesSecureCookies(): boolean {
  return env().NODE_ENV === "production" && process.env.AUTH_INSECURE_COOKIES !== "1";
}

export async function actorFromRequest(request: Request): Promise<ActorView | null> {
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  const token = await getToken({
    req: { headers: request.headers },
    secret,
    secureCookie: usesSecureCookies(),
  });
  // The session row must still be open: a signed-out or revoked cookie stands for no one.
  return getSessionActor(token?.sub, token?.sid);
}
