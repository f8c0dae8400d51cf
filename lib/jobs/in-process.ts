// The job worker inside the app's server process, started by instrumentation.ts when Next.js starts
// (`npm start`, `npm run dev`) unless WORKER=off. server.ts stops it on SIGTERM through
// globalThis.__intercedeStopWorker — the contract with server.ts, which cannot import this bundle:
// awaiting it stops claiming, lets the jobs in hand finish (at most 20 s), then resolves.
import "server-only";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { setWaitingJobsCounter } from "@/lib/metrics";
import { countWaitingJobs, startWorker, stopWorker } from "./index";

const hooks = globalThis as typeof globalThis & {
  /** Awaited by server.ts's graceful stop (lib/server/shutdown.ts). */
  __intercedeStopWorker?: () => Promise<void>;
  __intercedeWorkerStarted?: boolean;
};

/**
 * Lets /api/ready and the jobs_waiting metric count the queue, and starts the in-process worker
 * (once per process) unless WORKER=off. Returns at once: the worker starts behind, and tries again
 * with growing pauses if it cannot (the database is not there yet).
 */
export function startInProcessWorker(): void {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  setWaitingJobsCounter(countWaitingJobs);
  const { WORKER, WORKER_CONCURRENCY } = env();
  if (WORKER === "off" || hooks.__intercedeWorkerStarted) return;
  hooks.__intercedeWorkerStarted = true;
  let stopping = false;
  let wakeUp = () => {};
  const started = (async () => {
    for (let pauseMs = 5_000; !stopping; pauseMs = Math.min(pauseMs * 2, 60_000)) {
      try {
        await startWorker({ concurrency: WORKER_CONCURRENCY });
        log.info({ concurrency: WORKER_CONCURRENCY }, "jobs: worker running in this process");
        return;
      } catch (error) {
        log.error({ err: error, retryInMs: pauseMs }, "jobs: the worker did not start");
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pauseMs);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  })();
  hooks.__intercedeStopWorker = async () => {
    stopping = true;
    wakeUp();
    await started;
    await stopWorker({ timeoutMs: 20_000 });
  };
}
