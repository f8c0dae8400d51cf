// Which database a DATABASE_URL points at: PostgreSQL, in-process PGlite (tests), or the SQLite file.
export type Dialect = "sqlite" | "postgres" | "pglite";

export function dialectOf(url: string | undefined): Dialect {
  if (!url) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  if (url.startsWith("pglite:")) return "pglite";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(
    `DATABASE_URL must start with postgres://, postgresql://, pglite: or file: (got "${url.slice(0, 20)}…")`,
  );
}

export const DEFAULT_SQLITE_FILE = "data/intercede.db";

export function sqliteFileOf(url: string | undefined): string {
  return url?.startsWith("file:") ? url.slice("file:".length) : DEFAULT_SQLITE_FILE;
}
