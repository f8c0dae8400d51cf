// Runs once when the server starts: refuse to start with a missing or malformed environment, then
// start the job worker in this process unless WORKER=off (lib/jobs/in-process.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  try {
    env();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  (await import("./lib/jobs/in-process")).startInProcessWorker();
}
