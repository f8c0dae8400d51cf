// Creates, migrates and (on first run) seeds the database named by DATABASE_URL (default: data/intercede.db).
import { openDatabase } from "@/db/client";
import { seedDatabase } from "@/db/seed";

async function main() {
  const migrateOnly = process.argv.includes("--migrate-only");
  const handle = await openDatabase();
  try {
    await handle.migrate();
    console.log(`Database (${handle.dialect}) is migrated.`);
    if (!migrateOnly) {
      const seeded = await seedDatabase(handle.db);
      console.log(
        seeded
          ? "Seeded it with the bulletin in seed/ijm-prayer-request.txt."
          : "It already has content; seeding skipped.",
      );
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
