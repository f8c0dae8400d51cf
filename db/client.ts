// Opens the database named by DATABASE_URL (SQLite file by default) and migrates it.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { LibSQLDatabase } from "drizzle-orm/libsql";
import { backfillRenderedText } from "./backfill-rendered";
import type { Schema } from "./schema";
import { schema } from "./schema";
import { dialectOf, sqliteFileOf, type Dialect } from "./url";

/** The one database type the data layer is written against (both dialects share its JS shapes). */
export type Database = LibSQLDatabase<Schema>;

export interface DatabaseHandle {
  db: Database;
  dialect: Dialect;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const MIGRATIONS = path.join(process.cwd(), "db/migrations");

export async function openDatabase(url = process.env.DATABASE_URL): Promise<DatabaseHandle> {
  const dialect = dialectOf(url);
  if (dialect === "sqlite") {
    const file = sqliteFileOf(url);
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const { createClient } = await import("@libsql/client");
    const { drizzle } = await import("drizzle-orm/libsql");
    const { migrate } = await import("drizzle-orm/libsql/migrator");
    // timeout = busy timeout: writers from several connections wait for each other instead of failing.
    const { serializeWrites } = await import("./serialize-writes");
    const client = serializeWrites(
      createClient({ url: `file:${file}`, timeout: 10_000, concurrency: 8 }),
    );
    await client.execute("PRAGMA journal_mode = WAL");
    const db = drizzle(client, { schema });
    return {
      db,
      dialect,
      migrate: async () => {
        await migrate(db, { migrationsFolder: path.join(MIGRATIONS, "sqlite") });
        await backfillRenderedText(db);
      },
      close: async () => client.close(),
    };
  }
  if (dialect === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const client = new PGlite();
    const db = drizzle(client, { schema });
    return {
      db: db as unknown as Database,
      dialect,
      migrate: async () => {
        await migrate(db, { migrationsFolder: path.join(MIGRATIONS, "pg") });
        await backfillRenderedText(db as unknown as Database);
      },
      close: () => client.close(),
    };
  }
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  // An idle connection the server drops (restart, failover, a dropped test database) must not crash
  // the process: pg emits it here; the pool replaces the connection on next use.
  pool.on("error", (error) =>
    console.error(`[db] idle PostgreSQL connection lost: ${error.message}`),
  );
  const db = drizzle(pool, { schema });
  return {
    db: db as unknown as Database,
    dialect,
    migrate: async () => {
      // Several app instances may start at once: one migrates, the others wait on the lock.
      const lock = await pool.connect();
      try {
        await lock.query("SELECT pg_advisory_lock(727274)");
        await migrate(db, { migrationsFolder: path.join(MIGRATIONS, "pg") });
        await backfillRenderedText(db as unknown as Database);
      } finally {
        await lock.query("SELECT pg_advisory_unlock(727274)").catch(() => undefined);
        lock.release();
      }
    },
    close: () => pool.end(),
  };
}
