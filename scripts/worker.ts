// npm run worker: a job worker on its own (lib/jobs), beside app servers started with WORKER=off or
// as well as their in-process workers: it runs due jobs (follower notices, mail, the weekly digest,
// scheduled publishing) until SIGTERM or SIGINT, then stops claiming, finishes the jobs in hand and
// exits 0. Options: --concurrency N (default WORKER_CONCURRENCY, 3).
import nextEnv from "@next/env";

// The same .env files as the app (DATABASE_URL, SMTP_URL, MAIL_FROM, AUTH_SECRET, DIGEST_SCHEDULE).
nextEnv.loadEnvConfig(process.cwd());

function concurrencyFlag(): number | undefined {
  const at = process.argv.indexOf("--concurrency");
  if (at < 0) return undefined;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 50) {
    console.error("--concurrency must be a whole number from 1 to 50");
    process.exit(1);
  }
  return value;
}

async function main() {
  const { env } = await import("@/lib/env");
  const concurrency = concurrencyFlag() ?? env().WORKER_CONCURRENCY;
  const { closeJobs, startWorker, stopWorker } = await import("@/lib/jobs");
  const [{ closeMail }, { closeDb }] = await Promise.all([
    import("@/lib/mail"),
    import("@/lib/data/db"),
  ]);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[worker] ${signal}: finishing the jobs in hand, then stopping`);
    await stopWorker({ timeoutMs: 25_000 });
    await closeJobs();
    closeMail();
    await closeDb();
    console.log("[worker] stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  await startWorker({ concurrency });
  console.log(`[worker] running (pid ${process.pid}, ${concurrency} jobs at once)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
