// Start-up in the Node.js runtime (instrumentation.ts): refuse to start with a missing or malformed
// environment, start the job worker in this process unless WORKER=off (lib/jobs/in-process.ts),
// and hand server.ts the stop functions of what lives inside Next.js's bundle — the job queue's
// connections, the database handle, the readiness check's Redis connection — which it calls after
// the last request and the worker's last job during a graceful stop (lib/server/shutdown.ts).
import { closeDb } from "./lib/data/db";
import { env } from "./lib/env";
import { closeJobs } from "./lib/jobs";
import { startInProcessWorker } from "./lib/jobs/in-process";
import { log } from "./lib/log";
import { closeReadinessRedis } from "./lib/readiness";
import { shutdownHooks } from "./lib/server/shutdown";

try {
  env();
} catch (error) {
  log.fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

startInProcessWorker();
shutdownHooks.__intercedeCloseQueue = closeJobs;
shutdownHooks.__intercedeCloseDb = closeDb;
shutdownHooks.__intercedeCloseRedis = closeReadinessRedis;
