// One log line and one latency observation per request, tied together by a request id that Next.js
// sees in the request headers and the client gets back in the response. What is logged is chosen
// field by field: method, route pattern, path (secret segments replaced), harmless query values,
// status, duration, id and client address — never a body, a cookie, an authorization header, a
// password or a token. Plain Node (no Next.js), so server.ts can load it.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../log";
import { observeRequest } from "../metrics";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { loggableTarget, type RouteTable } from "./routes";

export const REQUEST_ID_HEADER = "x-request-id";

/** What a request id from a trusted proxy may look like (a UUID, a trace id, nginx's $request_id). */
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Probes answer often and say little: their successes are logged at debug level. */
const PROBES = new Set(["/api/health", "/api/ready", "/api/metrics"]);

export interface RequestLogOptions {
  logger: Logger;
  routes: RouteTable;
  /** TRUSTED_PROXIES: only a trusted proxy may name the request id. */
  trustedHops: number;
}

/** The request's id: the one a trusted proxy sent, when well-formed, else a fresh UUID. */
export function requestIdOf(req: IncomingMessage, trustedHops: number): string {
  const claimed = req.headers[REQUEST_ID_HEADER];
  if (trustedHops > 0 && typeof claimed === "string" && VALID_REQUEST_ID.test(claimed))
    return claimed;
  return randomUUID();
}

/**
 * Gives the request its id (replacing any a client sent) and, when the response has gone or the
 * client has left, logs the request and records its latency under its route pattern. A client that
 * leaves before the response ends is logged with status 499.
 */
export function traceRequest(
  req: IncomingMessage,
  res: ServerResponse,
  options: RequestLogOptions,
): string {
  const started = process.hrtime.bigint();
  const id = requestIdOf(req, options.trustedHops);
  req.headers[REQUEST_ID_HEADER] = id;
  res.setHeader("X-Request-Id", id);
  let logged = false;
  const finish = () => {
    if (logged) return;
    logged = true;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const url = req.url ?? "/";
    const method = req.method ?? "GET";
    const route = options.routes.routeOf(url.split("?", 1)[0] ?? "/");
    const status = res.writableFinished ? res.statusCode : 499;
    observeRequest(method, route, status, seconds);
    const target = loggableTarget(url, options.routes);
    const line = {
      reqId: id,
      method,
      route,
      path: target.path,
      ...(target.query ? { query: target.query } : {}),
      status,
      ms: Math.round(seconds * 10_000) / 10,
      client: req.headers[CLIENT_ADDRESS_HEADER] ?? req.socket.remoteAddress,
    };
    if (status >= 500) options.logger.error(line, "request failed");
    else if (PROBES.has(route) && status < 400) options.logger.debug(line, "request");
    else options.logger.info(line, "request");
  };
  res.once("finish", finish);
  res.once("close", finish);
  return id;
}
