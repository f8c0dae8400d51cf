// Calling route handlers directly in data tests: a signed-in person's session cookie (a real session
// row and a real Auth.js JWT) and a JSON request to a handler exported by an app/api route file.
import { encode } from "next-auth/jwt";
import type { Actor } from "@/lib/permissions";
import { startSession } from "@/lib/data/sessions";

export const TEST_AUTH_SECRET = "route-tests-only-secret-0123456789abcdefghijklmnop";
const COOKIE = "authjs.session-token";

/** The Cookie header of a freshly signed-in `actor`. */
export async function sessionCookie(actor: Actor): Promise<string> {
  const sid = await startSession(actor.id);
  const token = await encode({
    token: { sub: actor.id, sid },
    secret: process.env.AUTH_SECRET ?? TEST_AUTH_SECRET,
    salt: COOKIE,
  });
  return `${COOKIE}=${token}`;
}

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => unknown;

/** Sends `body` as JSON to `handler` (as if at `path`), with `cookie` when given. */
export async function callRoute(
  handler: Handler,
  options: {
    method: string;
    path: string;
    body: unknown;
    cookie?: string;
    params?: Record<string, string>;
  },
): Promise<{ status: number; json: Record<string, unknown> }> {
  const request = new Request(`http://localhost:3000${options.path}`, {
    method: options.method,
    headers: {
      "content-type": "application/json",
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: JSON.stringify(options.body),
  });
  const response = (await handler(request, {
    params: Promise.resolve(options.params ?? {}),
  })) as Response;
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
