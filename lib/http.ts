// The one wrapper for route handlers: same-origin check → body size → zod → actor → scoped write → status.
import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { actorFromRequest } from "@/lib/auth/request-actor";
import type { Actor } from "@/lib/permissions";
import { fail, type Failure, type Result } from "@/lib/result";
import { fieldErrors } from "@/lib/validation/account";

export const MAX_BODY_BYTES = 256 * 1024;

export interface HandlerContext<P> {
  actor: Actor | null;
  request: Request;
  params: P;
}

function respond(result: Result<object>, successStatus = 200, headers?: HeadersInit): Response {
  if (result.ok) return Response.json(result, { status: successStatus, headers });
  const { status, ...body } = result;
  return Response.json(body, { status, headers });
}

/** Cross-site requests cannot carry our cookies into a write: the Origin, when sent, must be ours. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

async function readJson(request: Request): Promise<{ ok: true; body: unknown } | Failure> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json"))
    return fail(400, "Send the form as JSON (Content-Type: application/json).");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    return fail(400, "That is far more text than this form takes.");
  try {
    return { ok: true, body: text ? (JSON.parse(text) as unknown) : {} };
  } catch {
    return fail(400, "The request body is not valid JSON.");
  }
}

type Params = Record<string, string | string[]>;

/**
 * Builds a route handler: parses the body with `schema`, resolves who is asking, and runs `run`
 * (which checks permission in the same function as its write) and answers with its status.
 */
type RouteResult = ({ ok: true } & Record<string, unknown>) | Failure;

export function jsonRoute<S extends z.ZodType, P extends Params = Params>(options: {
  schema: S;
  run: (
    input: z.output<S>,
    context: HandlerContext<P>,
  ) => Promise<RouteResult & { headers?: HeadersInit }>;
  successStatus?: number;
  /** The write changes what public pages show: drop every cached page once it succeeds. */
  revalidatesPublicPages?: boolean;
}) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    if (!sameOrigin(request)) return respond(fail(403, "Cross-site requests are not accepted."));
    const read = await readJson(request);
    if (!read.ok) return respond(read);
    const parsed = options.schema.safeParse(read.body);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      return respond(fail(422, Object.values(errors)[0] ?? "Please check the form.", errors));
    }
    const actor = await actorFromRequest(request);
    const result = await options.run(parsed.data, { actor, request, params: await route.params });
    const { headers, ...rest } = result;
    if (rest.ok && options.revalidatesPublicPages) revalidatePath("/", "layout");
    return respond(rest as Result, options.successStatus, headers);
  };
}
