// Plain SQL on a bench database (SQLite file or PostgreSQL) over one connection, for bulk loads and look-ups.
import { createClient } from "@libsql/client";
import pg from "pg";

export type Row = Record<string, unknown>;

export interface Raw {
  dialect: "sqlite" | "postgres";
  /** Runs one or more statements (a whole BEGIN; …; COMMIT; script is fine). */
  exec(sql: string): Promise<void>;
  rows(sql: string): Promise<Row[]>;
  close(): Promise<void>;
}

export async function openRaw(url: string): Promise<Raw> {
  if (url.startsWith("file:")) {
    // One connection, so per-connection pragmas hold for every statement.
    const client = createClient({ url, concurrency: 1 });
    return {
      dialect: "sqlite",
      exec: (sql) => client.executeMultiple(sql),
      rows: async (sql) => (await client.execute(sql)).rows.map((row) => ({ ...row })),
      close: async () => client.close(),
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    dialect: "postgres",
    exec: async (sql) => {
      await client.query(sql);
    },
    rows: async (sql) => (await client.query<Row>(sql)).rows,
    close: () => client.end(),
  };
}

/** Drops and re-creates the database named in a postgres:// URL (as scripts/fresh-postgres-db.ts does). */
export async function recreatePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(`Database name "${name}": use lower case letters, digits and _`);
  const server = new URL(url);
  server.pathname = "/postgres";
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}
