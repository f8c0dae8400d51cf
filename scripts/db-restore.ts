// npm run db:restore -- FILE [--yes]: replaces the database with a backup from db:backup. Stop the
// app (or put it in maintenance) first. A database that holds data is replaced only after "restore"
// is typed at the prompt, or with --yes when there is no terminal (cron, CI).
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { databaseHasData, describeDatabase, restoreDatabase } from "@/lib/data/backup";

const USAGE = "Usage: npm run db:restore -- FILE [--yes]";

async function confirmAtPrompt(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await prompt.question(question)).trim() === "restore";
  } finally {
    prompt.close();
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    options: { yes: { type: "boolean", default: false } },
    allowPositionals: true,
    strict: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new Error("name one backup file");
  const url = process.env.DATABASE_URL;
  const target = describeDatabase(url);
  let confirmed = values.yes;
  if (!confirmed && process.stdin.isTTY && (await databaseHasData(url))) {
    confirmed = await confirmAtPrompt(
      `This replaces everything in ${target} with ${file}. Is the app stopped? Type "restore" to go on: `,
    );
    if (!confirmed) throw new Error("not confirmed; nothing was changed");
  }
  const result = await restoreDatabase({ url, file, confirmed });
  console.log(`Restored ${target} from ${file} (${result.ms} ms).`);
  if (result.previous) console.log(`The database it replaced is kept at ${result.previous}.`);
  console.log("If the backup is older than this version of the app, run: npm run db:migrate");
}

main().catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exitCode = 1;
});
