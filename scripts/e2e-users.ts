// Creates the end-to-end accounts (e2e/users.ts) through the same path as `npm run user:add`.
import { closeDb } from "@/lib/data/db";
import { upsertUser } from "@/lib/data/users";
import { E2E_USERS } from "@/e2e/users";

async function main() {
  for (const [role, user] of Object.entries(E2E_USERS)) {
    await upsertUser({ ...user, role: role as keyof typeof E2E_USERS });
  }
  console.log(`Created ${Object.keys(E2E_USERS).length} end-to-end accounts.`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
