// npm run db:backup [-- --out FILE]: a consistent copy of the database, taken while the app runs
// (SQLite: VACUUM INTO; PostgreSQL: pg_dump --format=custom). Default: data/backups/intercede-<time>.
import { parseArgs } from "node:util";
import { backupDatabase, describeDatabase } from "@/lib/data/backup";

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } }, strict: true });
  const url = process.env.DATABASE_URL;
  const result = await backupDatabase({ url, out: values.out });
  console.log(
    `Backed up ${describeDatabase(url)} to ${result.file} (${result.bytes.toLocaleString("en")} bytes, ${result.ms} ms).`,
  );
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error("Usage: npm run db:backup [-- --out FILE]");
  process.exitCode = 1;
});
