// Auth.js's own endpoints (session, CSRF, callbacks, sign-out, e-mail links). Their forms are small:
// a body is read only up to 16 KB, anything larger is refused with 413 before Auth.js sees it.
import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { payloadTooLarge, readBoundedBody } from "@/lib/request-body";

const MAX_AUTH_BODY_BYTES = 16 * 1024;

export const GET = handlers.GET;

export async function POST(request: NextRequest): Promise<Response> {
  const read = await readBoundedBody(request, MAX_AUTH_BODY_BYTES);
  if (!read.ok) return payloadTooLarge();
  const bounded = new NextRequest(request.url, {
    method: request.method,
    headers: request.headers,
    body: new Uint8Array(read.bytes),
  });
  return handlers.POST(bounded);
}
