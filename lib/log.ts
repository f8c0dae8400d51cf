// The one logger of the process: JSON lines on stdout (pino), level from LOG_LEVEL (default info).
// Kept on globalThis so server.ts and the route handlers bundled by Next.js write through one
// instance. Nothing logged here may carry a body, a cookie, an authorization header, a password or
// a token: callers log chosen fields, and the redact list below catches the usual names anyway.
import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Field names that never reach the log with their value, wherever a caller puts them. */
const REDACTED_PATHS = [
  "password",
  "currentPassword",
  "newPassword",
  "token",
  "secret",
  "cookie",
  "authorization",
  "body",
  "*.password",
  "*.currentPassword",
  "*.newPassword",
  "*.token",
  "*.secret",
  "*.cookie",
  "*.authorization",
  "*.body",
  "headers.cookie",
  "headers.authorization",
  'headers["set-cookie"]',
  "req.headers",
  "res.headers",
];

function levelFrom(value: string | undefined): (typeof LOG_LEVELS)[number] {
  const level = (value ?? "").trim().toLowerCase();
  return (LOG_LEVELS as readonly string[]).includes(level)
    ? (level as (typeof LOG_LEVELS)[number])
    : "info";
}

/** A logger writing to `destination` (stdout by default); tests pass a stream they read back. */
export function createLogger(
  destination?: DestinationStream,
  level = process.env.LOG_LEVEL,
): Logger {
  const options = {
    level: levelFrom(level),
    base: { service: "intercede" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

const store = globalThis as typeof globalThis & { __intercedeLog?: Logger };

/** The process's logger. */
export const log: Logger = (store.__intercedeLog ??= createLogger());

/**
 * The logger for one request in a route handler: each line carries the request's id, the one
 * server.ts put in X-Request-Id and logged the request under.
 */
export function requestLog(request: Request): Logger {
  const reqId = request.headers.get("x-request-id");
  return reqId ? log.child({ reqId }) : log;
}
