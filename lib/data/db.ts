// The one database handle of this process: opened and migrated on first use, kept on globalThis so
// development hot reloads reuse it.
import "server-only";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { openDatabase, type Database, type DatabaseHandle } from "@/db/client";
import { dialectOf } from "@/db/url";

export type { Database };
/** A transaction: the same query API as the database. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A database or a transaction: helpers that take one can run alone or inside a caller's transaction. */
export type Executor = Database | Tx;

const store = globalThis as typeof globalThis & { __intercedeDb?: Promise<DatabaseHandle> };

async function open(): Promise<DatabaseHandle> {
  const handle = await openDatabase();
  await handle.migrate();
  return handle;
}

export async function getDb(): Promise<Database> {
  store.__intercedeDb ??= open().catch((error: unknown) => {
    store.__intercedeDb = undefined;
    throw error;
  });
  return (await store.__intercedeDb).db;
}

export async function closeDb(): Promise<void> {
  const pending = store.__intercedeDb;
  store.__intercedeDb = undefined;
  if (pending) await (await pending).close();
}

export function isPostgres(): boolean {
  return dialectOf(process.env.DATABASE_URL) !== "sqlite";
}

/**
 * Locks rows for the rest of the transaction on PostgreSQL (SELECT … FOR UPDATE), so concurrent
 * writers of the same rows queue up. SQLite needs nothing: its write transactions run one at a time.
 */
export async function lockRows(
  tx: Executor,
  table: "requests" | "users",
  ids: readonly (number | string)[],
): Promise<void> {
  if (!isPostgres() || ids.length === 0) return;
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  await queryPostgres(
    tx,
    sql`SELECT id FROM ${sql.identifier(table)} WHERE id IN (${list}) FOR UPDATE`,
  );
}

/**
 * Raw SQL on PostgreSQL (node-postgres or PGlite), its rows. The handle is typed as SQLite's; on
 * PostgreSQL the drivers' method for raw SQL is execute(), which answers { rows }.
 */
export async function queryPostgres<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const pg = db as unknown as { execute(query: SQL): Promise<{ rows: Row[] }> };
  return (await pg.execute(query)).rows;
}

/** Paging arithmetic shared by every list. */
export function paging(page: number, pageSize: number, total: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  return { page: current, pageCount, offset: (current - 1) * pageSize, total };
}

/** Case-insensitive "contains" for a search box, the same on both dialects; `%` and `_` are letters. */
export function containsText(column: SQL | AnyColumn, q: string): SQL {
  const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`lower(${column}) LIKE ${pattern} ESCAPE '\\'`;
}
