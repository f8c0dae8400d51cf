// drizzle-kit settings for the PostgreSQL dialect (migrations in db/migrations/pg).
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.pg.ts",
  out: "./db/migrations/pg",
  casing: "snake_case",
});
