// npm run user:add -- --email E --password P --role R [--name N]: creates or updates a user.
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb } from "@/lib/data/db";
import { upsertUser } from "@/lib/data/users";
import { emailField, nameField, passwordField, roleSchema } from "@/lib/validation/account";

const argsSchema = z.object({
  email: emailField,
  password: passwordField,
  role: roleSchema,
  name: nameField.optional(),
});

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      password: { type: "string" },
      role: { type: "string", default: "member" },
      name: { type: "string" },
    },
    strict: true,
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(`--${issue.path.join(".")}: ${issue.message}`);
    console.error(
      "Usage: npm run user:add -- --email E --password P --role member|leader|staff|admin [--name N]",
    );
    process.exitCode = 1;
    return;
  }
  const { user, created } = await upsertUser(parsed.data);
  console.log(`${created ? "Created" : "Updated"} ${user.email} (${user.role}).`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
