// The graceful stop of the production server: stop accepting connections, let every request in
// flight finish (closing each keep-alive connection as it falls idle), then stop the job worker,
// Next.js, the queue's, database's and Redis connections, in that order, within a deadline. The worker,
// database and Redis live inside Next.js's bundle, which server.ts cannot import: they hand their
// stop functions over on globalThis (instrumentation-node.ts, lib/jobs).
import type { Server, ServerResponse } from "node:http";
import type { Logger } from "../log";

/** Stop functions the bundle publishes for server.ts; each may be absent (e.g. no worker yet). */
export interface ShutdownHooks {
  /** Finishes the job in hand and takes no more (lib/jobs). */
  __intercedeStopWorker?: () => Promise<void>;
  /** Releases the job queue's own connections (pg-boss's pool), once the worker has stopped. */
  __intercedeCloseQueue?: () => Promise<void>;
  /** Closes the database handle of lib/data/db.ts (its pool, or the SQLite file). */
  __intercedeCloseDb?: () => Promise<void>;
  /** Closes the Redis connections the app opened (readiness check). */
  __intercedeCloseRedis?: () => Promise<void>;
}

export const shutdownHooks = globalThis as typeof globalThis & ShutdownHooks;

export interface ShutdownStep {
  name: string;
  run: () => Promise<unknown> | unknown;
}

/**
 * Makes `server` close each connection once its response is done while stopping: a response still
 * to be written says `Connection: close`, and a keep-alive connection is closed as soon as it idles.
 * Call once, before the server listens. Returns the switch to throw when stopping begins.
 */
export function drainOnStop(server: Server): { begin(): void; readonly stopping: boolean } {
  let stopping = false;
  const inFlight = new Set<ServerResponse>();
  const sayClose = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader("Connection", "close");
  };
  server.on("request", (_req, res: ServerResponse) => {
    if (stopping) sayClose(res);
    inFlight.add(res);
    res.once("close", () => {
      inFlight.delete(res);
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    begin() {
      stopping = true;
      inFlight.forEach(sayClose);
    },
    get stopping() {
      return stopping;
    },
  };
}

/**
 * Stops accepting, waits for the requests in flight, then runs `steps` one after another. Resolves
 * true when everything finished before `deadlineMs`, false when the deadline passed first (the
 * caller exits non-zero either way it chooses). A failing step is logged and the rest still run.
 */
export async function stopGracefully(
  server: Server,
  drain: { begin(): void },
  steps: ShutdownStep[],
  logger: Logger,
  deadlineMs: number,
): Promise<boolean> {
  drain.begin();
  const started = Date.now();
  const work = (async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    logger.info({ ms: Date.now() - started }, "shutdown: requests finished");
    for (const step of steps) {
      try {
        await step.run();
        logger.info({ step: step.name, ms: Date.now() - started }, "shutdown: step done");
      } catch (error) {
        logger.error({ step: step.name, err: error }, "shutdown: step failed");
      }
    }
    return true;
  })();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), deadlineMs);
  });
  const finished = await Promise.race([work, deadline]);
  clearTimeout(timer);
  if (!finished) logger.error({ deadlineMs }, "shutdown: deadline passed, stopping anyway");
  return finished;
}
