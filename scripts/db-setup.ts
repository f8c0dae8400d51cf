// Creates, migrates and (on first run) seeds the database named by DATABASE_URL (default: data/intercede.db).
// Outside production it also adds the demo accounts, prints them, and makes a local AUTH_SECRET
// and Web Push (VAPID) keys.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, appendFileSync } from "node:fs";
import webpush from "web-push";
import { openDatabase } from "@/db/client";
import { DEMO_USERS, seedDemoUsers } from "@/db/demo-users";
import { seedDatabase } from "@/db/seed";

function ensureLocalAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const file = ".env.local";
  if (existsSync(file) && /^AUTH_SECRET=/m.test(readFileSync(file, "utf8"))) return;
  appendFileSync(file, `AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
  console.log("Wrote a development AUTH_SECRET to .env.local.");
}

/** Development Web Push keys (prayer reminders), written once like AUTH_SECRET. */
function ensureLocalVapidKeys() {
  if (process.env.VAPID_PUBLIC_KEY || process.env.VAPID_PRIVATE_KEY) return;
  const file = ".env.local";
  if (existsSync(file) && /^VAPID_PUBLIC_KEY=/m.test(readFileSync(file, "utf8"))) return;
  const keys = webpush.generateVAPIDKeys();
  appendFileSync(
    file,
    `VAPID_PUBLIC_KEY=${keys.publicKey}\nVAPID_PRIVATE_KEY=${keys.privateKey}\n`,
  );
  console.log("Wrote development Web Push (VAPID) keys to .env.local.");
}

async function main() {
  const migrateOnly = process.argv.includes("--migrate-only");
  const production = process.env.NODE_ENV === "production";
  const handle = await openDatabase();
  try {
    await handle.migrate();
    console.log(`Database (${handle.dialect}) is migrated.`);
    if (migrateOnly) return;
    const seeded = await seedDatabase(handle.db);
    console.log(
      seeded
        ? "Seeded it with the bulletin in seed/ijm-prayer-request.txt."
        : "It already has content; seeding skipped.",
    );
    if (!production) {
      ensureLocalAuthSecret();
      ensureLocalVapidKeys();
      await seedDemoUsers(handle.db);
      console.log("\nDemo sign-ins (development only) at http://localhost:3000/sign-in:");
      for (const demo of DEMO_USERS)
        console.log(`  ${demo.role.padEnd(7)} ${demo.email.padEnd(24)} ${demo.password}`);
      console.log("");
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
