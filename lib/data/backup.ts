// Backups and restores of the app's database (npm run db:backup, db:restore). SQLite: `VACUUM INTO`,
// a consistent copy of one read snapshot taken while the app runs and writes (WAL lets writers go
// on). PostgreSQL: pg_dump's custom format (one snapshot too) and pg_restore --clean. A restore
// replaces the database, so it is refused unless the caller confirmed it, and on SQLite the
// database it replaces is kept beside it.
import "server-only";
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { dialectOf, sqliteFileOf } from "@/db/url";

const run = promisify(execFile);

export interface BackupResult {
  dialect: "sqlite" | "postgres";
  file: string;
  bytes: number;
  ms: number;
}

/** `postgres://user:secret@host/db` as it may be printed: without its password. */
export function describeDatabase(url: string | undefined): string {
  if (dialectOf(url) === "sqlite") return sqliteFileOf(url);
  const parsed = new URL(url!);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

function stamp(at = new Date()): string {
  return at.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

/** Where a backup goes when no --out is given: data/backups/intercede-<UTC time>.<db|dump>. */
export function defaultBackupFile(url: string | undefined, at = new Date()): string {
  const extension = dialectOf(url) === "sqlite" ? "db" : "dump";
  return path.join("data", "backups", `intercede-${stamp(at)}.${extension}`);
}

/**
 * pg_dump and pg_restore take the server from a URL without its password (which would show in the
 * process list) and the password from PGPASSWORD.
 */
function postgresTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return {
    dbname: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

async function openSqlite(file: string) {
  const { createClient } = await import("@libsql/client");
  return createClient({ url: `file:${file}`, timeout: 10_000 });
}

function ensureDialect(url: string | undefined): "sqlite" | "postgres" {
  const dialect = dialectOf(url);
  if (dialect === "pglite")
    throw new Error("An in-process PGlite database has no file to back up or restore.");
  return dialect;
}

/** Takes a consistent backup of the database at `url` into `out` (which must not exist yet). */
export async function backupDatabase(options: {
  url: string | undefined;
  out?: string;
}): Promise<BackupResult> {
  const dialect = ensureDialect(options.url);
  const file = path.resolve(options.out ?? defaultBackupFile(options.url));
  if (existsSync(file)) throw new Error(`${file} exists already: choose another --out.`);
  mkdirSync(path.dirname(file), { recursive: true });
  const started = performance.now();
  if (dialect === "sqlite") {
    const source = sqliteFileOf(options.url);
    if (!existsSync(source)) throw new Error(`There is no database at ${source}.`);
    const client = await openSqlite(source);
    try {
      await client.execute({ sql: "VACUUM INTO ?", args: [file] });
    } finally {
      client.close();
    }
  } else {
    const target = postgresTarget(options.url!);
    await run(
      "pg_dump",
      ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, target.dbname],
      { env: target.env, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: unknown) => {
      rmSync(file, { force: true });
      throw commandError("pg_dump", error);
    });
  }
  return {
    dialect,
    file,
    bytes: statSync(file).size,
    ms: Math.round(performance.now() - started),
  };
}

function commandError(command: string, error: unknown): Error {
  const failure = error as { code?: string; stderr?: string; message?: string };
  if (failure.code === "ENOENT")
    return new Error(`${command} is not installed (Debian: apt-get install postgresql-client).`);
  return new Error(`${command} failed: ${(failure.stderr || failure.message || "").trim()}`);
}

/** Whether the database at `url` holds anything a restore would replace. */
export async function databaseHasData(url: string | undefined): Promise<boolean> {
  const dialect = ensureDialect(url);
  if (dialect === "sqlite") {
    const file = sqliteFileOf(url);
    return existsSync(file) && statSync(file).size > 0;
  }
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
    );
    return Number(rows[0]?.n ?? 0) > 0;
  } finally {
    await client.end();
  }
}

export interface RestoreResult {
  dialect: "sqlite" | "postgres";
  /** SQLite: where the database that was replaced now lies. */
  previous?: string;
  ms: number;
}

/** Checks that `file` is a whole SQLite database of this app before it replaces anything. */
async function checkSqliteBackup(file: string): Promise<void> {
  const client = await openSqlite(file);
  try {
    const check = await client.execute("PRAGMA integrity_check");
    const verdict = String(check.rows[0]?.[0] ?? "");
    if (verdict !== "ok") throw new Error(`${file} is damaged: ${verdict}`);
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('__drizzle_migrations', 'requests', 'prayers')",
    );
    if (tables.rows.length < 3) throw new Error(`${file} is not an Intercede database.`);
  } finally {
    client.close();
  }
}

/**
 * Replaces the database at `url` with the backup in `file`. The app must be stopped (or in
 * maintenance) meanwhile. Refused when the database holds data and `confirmed` is not true.
 */
export async function restoreDatabase(options: {
  url: string | undefined;
  file: string;
  confirmed: boolean;
}): Promise<RestoreResult> {
  const dialect = ensureDialect(options.url);
  const file = path.resolve(options.file);
  if (!existsSync(file)) throw new Error(`There is no backup at ${file}.`);
  if (!options.confirmed && (await databaseHasData(options.url)))
    throw new Error(
      `${describeDatabase(options.url)} holds data that the restore would replace: confirm with --yes.`,
    );
  const started = performance.now();
  if (dialect === "sqlite") {
    await checkSqliteBackup(file);
    const target = path.resolve(sqliteFileOf(options.url));
    mkdirSync(path.dirname(target), { recursive: true });
    let previous: string | undefined;
    if (existsSync(target) && statSync(target).size > 0) {
      // Keep what is replaced, consistently (its WAL included), in case the wrong file was chosen.
      previous = `${target}.before-restore-${stamp()}`;
      const client = await openSqlite(target);
      try {
        await client.execute({ sql: "VACUUM INTO ?", args: [previous] });
      } finally {
        client.close();
      }
    }
    // Copy beside the target, then rename over it: the database file is never half-written.
    const incoming = `${target}.restoring`;
    copyFileSync(file, incoming);
    for (const suffix of ["-wal", "-shm"]) rmSync(target + suffix, { force: true });
    renameSync(incoming, target);
    return { dialect, previous, ms: Math.round(performance.now() - started) };
  }
  const target = postgresTarget(options.url!);
  await run(
    "pg_restore",
    [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      "--exit-on-error",
      `--dbname=${target.dbname}`,
      file,
    ],
    { env: target.env, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: unknown) => {
    throw commandError("pg_restore", error);
  });
  return { dialect, ms: Math.round(performance.now() - started) };
}
