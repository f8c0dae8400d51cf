// npm run mail:retry: one more SMTP attempt for each pending message now (a failed send stays
// pending with its error); after 5 attempts in all a message is marked failed. The job worker
// retries by itself (deliver-mail jobs); this is the same delivery code, run once by hand, and safe
// beside the worker: each message is claimed by one sender at a time. Prints one summary line.
import nextEnv from "@next/env";

// The same .env files as the app (SMTP_URL, MAIL_FROM, DATABASE_URL).
nextEnv.loadEnvConfig(process.cwd());

async function main() {
  const { retryPendingMail } = await import("@/lib/mail");
  const report = await retryPendingMail();
  const line = `Mail retry: ${report.sent} sent, ${report.failed} failed again, ${report.skipped} taken by another sender, ${report.gaveUp} given up after 5 attempts.`;
  console.log(report.note ? `${line} ${report.note}` : line);
  if (report.failed > 0) process.exitCode = 2;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    const [{ closeMail }, { closeJobs }, { closeDb }] = await Promise.all([
      import("@/lib/mail"),
      import("@/lib/jobs"),
      import("@/lib/data/db"),
    ]);
    closeMail();
    await closeJobs();
    await closeDb();
  });
