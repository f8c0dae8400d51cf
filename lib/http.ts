// The one wrapper for route handlers: same-origin check → bounded body → zod → safety check on the
// text it makes public → actor → scoped write → drop the cached pages it changed → status.
import "server-only";
import type { z } from "zod";
import { actorFromRequest } from "@/lib/auth/request-actor";
import { invalidate } from "@/lib/cache";
import type { Locale } from "@/i18n/locales";
import {
  requestLocale,
  translateFieldErrors,
  translateMessage,
  zodErrorMap,
} from "@/lib/i18n/server-messages";
import type { Actor } from "@/lib/permissions";
import { MAX_JSON_BODY_BYTES, payloadTooLarge, readBoundedBody } from "@/lib/request-body";
import { fail, type Failure, type Result } from "@/lib/result";
import { checkPublicText, type PublicText, type SafetyFlags } from "@/lib/safety/check";
import { siteUrl } from "@/lib/site";
import { fieldErrors } from "@/lib/validation/account";

export const MAX_BODY_BYTES = MAX_JSON_BODY_BYTES;

export interface HandlerContext<P> {
  actor: Actor | null;
  request: Request;
  params: P;
  /** The flagged words staff confirmed are safe (empty when nothing was flagged): for the audit log. */
  safetyConfirmed: string[];
  /** The reader's language (lib/i18n/server-messages.ts requestLocale), for words a route makes up. */
  locale: Locale;
}

/**
 * The answer, its words in the reader's language: a failure's `error` and `fieldErrors`, and the
 * `message` a success may carry (lib/i18n/server-messages.ts; English stays as written).
 */
function respond(
  result: Result<object>,
  locale: Locale,
  successStatus = 200,
  headers?: HeadersInit,
): Response {
  if (result.ok) {
    const message = (result as { message?: unknown }).message;
    const body =
      typeof message === "string"
        ? { ...result, message: translateMessage(message, locale) }
        : result;
    return Response.json(body, { status: successStatus, headers });
  }
  const { status, ...body } = result;
  body.error = translateMessage(body.error, locale);
  if (body.fieldErrors) body.fieldErrors = translateFieldErrors(body.fieldErrors, locale);
  const details = body.details as { flags?: unknown } | undefined;
  if (Array.isArray(details?.flags))
    body.details = { ...details, flags: translateFlags(details.flags as SafetyFlags[], locale) };
  return Response.json(body, { status, headers });
}

/** The safety check's flags (a 409's details): where each is and what it says, in `locale`. */
function translateFlags(groups: SafetyFlags[], locale: Locale): SafetyFlags[] {
  return groups.map((group) => ({
    where: translateMessage(group.where, locale),
    flags: group.flags.map((flag) => ({
      ...flag,
      message: translateMessage(flag.message, locale),
    })),
  }));
}

/**
 * Cross-site requests cannot carry our cookies into a write: an Origin, when sent, must be the
 * app's own (scheme, host and port of APP_URL). In development the address the developer opened
 * (localhost or 127.0.0.1) is accepted too. X-Forwarded-Host counts only when the server
 * (server.ts) kept it, which it does only through TRUSTED_PROXIES.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  let claimed: URL;
  try {
    claimed = new URL(origin);
  } catch {
    return false;
  }
  if (claimed.origin === new URL(siteUrl()).origin) return true;
  if (process.env.NODE_ENV === "production") return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  return claimed.protocol === "http:" && claimed.host === host;
}

async function readJson(request: Request): Promise<{ ok: true; body: unknown } | Failure> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json"))
    return fail(400, "Send the form as JSON (Content-Type: application/json).");
  const read = await readBoundedBody(request, MAX_JSON_BODY_BYTES);
  if (!read.ok) return fail(413, read.error);
  const text = read.bytes.toString("utf8");
  try {
    return { ok: true, body: text ? (JSON.parse(text) as unknown) : {} };
  } catch {
    return fail(400, "The request body is not valid JSON.");
  }
}

type Params = Record<string, string | string[]>;

type RouteResult = ({ ok: true } & Record<string, unknown>) | Failure;

/**
 * What a write makes public (or will, once published), for the survivor-safety check: the texts
 * (read from the input, or from the database when the write publishes stored text), or `false` for
 * a write that makes no text public. Every writing route must say which (a test reads it).
 */
export type PublicTextOf<I, P> =
  | false
  | ((
      input: I,
      context: { actor: Actor | null; params: P },
    ) => PublicText[] | Promise<PublicText[]>);

export interface JsonRoute {
  (request: Request, route: { params: Promise<Params> }): Promise<Response>;
  /** Whether this route runs the survivor-safety check (read by app/api/routes.test.ts). */
  readonly checksPublicText: boolean;
}

/**
 * Builds a route handler: parses the body with `schema`, runs the safety check on what it makes
 * public, resolves who is asking, and runs `run` (which checks permission in the same function as
 * its write) and answers with its status.
 */
export function jsonRoute<S extends z.ZodType, P extends Params = Params>(options: {
  schema: S;
  publicText: PublicTextOf<z.output<S>, P>;
  run: (
    input: z.output<S>,
    context: HandlerContext<P>,
  ) => Promise<RouteResult & { headers?: HeadersInit }>;
  successStatus?: number;
  /**
   * The cached public pages the write changed, as tags (lib/cache.ts `tags`): dropped once it
   * succeeds, on every instance; other pages stay cached.
   */
  invalidates?: (
    input: z.output<S>,
    result: { ok: true } & Record<string, unknown>,
    context: { params: P },
  ) => string[] | Promise<string[]>;
}) {
  const handler = async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    // The page's language (the header lib/api-client.ts sends), else the saved choice, else English.
    const locale = requestLocale(request);
    if (!isSameOrigin(request))
      return respond(fail(403, "Cross-site requests are not accepted."), locale);
    const read = await readJson(request);
    if (!read.ok)
      return read.status === 413
        ? payloadTooLarge(translateMessage(read.error, locale))
        : respond(read, locale);
    // A rule without a message of its own gets zod's words in the reader's language.
    const error = zodErrorMap(locale);
    const parsed = options.schema.safeParse(read.body, error ? { error } : undefined);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      return respond(
        fail(422, Object.values(errors)[0] ?? "Please check the form.", errors),
        locale,
      );
    }
    const [actor, params] = await Promise.all([actorFromRequest(request), route.params]);
    let safetyConfirmed: string[] = [];
    if (options.publicText) {
      const texts = await options.publicText(parsed.data, { actor, params });
      const confirm =
        typeof read.body === "object" &&
        read.body !== null &&
        (read.body as { confirmSafety?: unknown }).confirmSafety === true;
      const safety = checkPublicText(texts, confirm);
      if (!safety.ok) return respond(safety, locale);
      safetyConfirmed = safety.confirmed;
    }
    const result = await options.run(parsed.data, {
      actor,
      request,
      params,
      safetyConfirmed,
      locale,
    });
    const { headers, ...rest } = result;
    if (rest.ok && options.invalidates)
      invalidate(await options.invalidates(parsed.data, rest, { params }));
    return respond(rest as Result, locale, options.successStatus, headers);
  };
  return Object.assign(handler, { checksPublicText: options.publicText !== false });
}
