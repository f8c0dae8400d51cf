// drizzle-kit settings for the SQLite dialect (migrations in db/migrations/sqlite).
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.sqlite.ts",
  out: "./db/migrations/sqlite",
  casing: "snake_case",
});
