// npm run digest:send: the weekly digest now, by hand (the job worker sends it by itself at
// DIGEST_SCHEDULE). Each person with digest regions gets ONE e-mail for this week (the latest
// published bulletin's verse and its requests in their regions); a second run in the same week —
// or the scheduled one — sends nothing new. Prints one summary line.
import nextEnv from "@next/env";

// The same .env files as the app, so links are signed with the app's AUTH_SECRET.
nextEnv.loadEnvConfig(process.cwd());

async function main() {
  const { sendWeeklyDigest, digestSummary } = await import("@/lib/data/notifications");
  const report = await sendWeeklyDigest(new Date());
  console.log(digestSummary(report));
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
