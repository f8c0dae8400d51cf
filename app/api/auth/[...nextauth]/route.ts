// Auth.js's own endpoints (session, CSRF, callbacks, sign-out, e-mail links). Each request reaches
// Auth.js at the app's own address (APP_URL), so the links it builds never follow a Host or
// X-Forwarded-Host a client chose (next-auth's own rewrite, reqWithEnvURL, keeps the old URL when
// given a NextRequest). A body is read only up to 16 KB; anything larger is refused with 413.
import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { payloadTooLarge, readBoundedBody } from "@/lib/request-body";
import { siteUrl } from "@/lib/site";

const MAX_AUTH_BODY_BYTES = 16 * 1024;

function atAppUrl(request: NextRequest, body?: Buffer): NextRequest {
  const { pathname, search } = new URL(request.url);
  return new NextRequest(`${new URL(siteUrl()).origin}${pathname}${search}`, {
    method: request.method,
    headers: request.headers,
    ...(body ? { body: new Uint8Array(body) } : {}),
  });
}

export function GET(request: NextRequest): Promise<Response> {
  return handlers.GET(atAppUrl(request));
}

export async function POST(request: NextRequest): Promise<Response> {
  const read = await readBoundedBody(request, MAX_AUTH_BODY_BYTES);
  if (!read.ok) return payloadTooLarge();
  return handlers.POST(atAppUrl(request, read.bytes));
}
