// The two dialects' schemas must declare the same tables, columns, nullability and JS shapes.
import { getTableColumns, getTableName, is, Table } from "drizzle-orm";
import { getTableConfig as pgConfig } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as pg from "./schema.pg";
import * as sqlite from "./schema.sqlite";

function tablesOf(module: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(module)
      .filter((entry): entry is [string, Table] => is(entry[1], Table))
      .map(([key, table]) => [key, table]),
  );
}

function shape(table: Table) {
  return Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, column]) => [
      key,
      {
        name: column.name,
        notNull: column.notNull,
        dataType: column.dataType,
        primary: column.primary,
        hasDefault: column.hasDefault,
      },
    ]),
  );
}

/** SQLite keeps its job queue in tables of its own; on PostgreSQL pg-boss keeps one in its schema. */
const SQLITE_ONLY = ["jobs", "jobSchedules"];

const sqliteTables = Object.fromEntries(
  Object.entries(tablesOf(sqlite)).filter(([key]) => !SQLITE_ONLY.includes(key)),
);
const pgTables = tablesOf(pg);

describe("schema parity", () => {
  it("declares the same tables in both dialects", () => {
    expect(Object.keys(pgTables).sort()).toEqual(Object.keys(sqliteTables).sort());
    for (const [key, table] of Object.entries(sqliteTables)) {
      expect(getTableName(pgTables[key]!)).toBe(getTableName(table));
    }
  });

  for (const [key, table] of Object.entries(sqliteTables)) {
    it(`${key}: same columns, nullability, JS types and defaults`, () => {
      expect(shape(pgTables[key]!)).toEqual(shape(table));
    });

    it(`${key}: same indexes, unique constraints and primary keys`, () => {
      const a = sqliteConfig(table as Parameters<typeof sqliteConfig>[0]);
      const b = pgConfig(pgTables[key] as Parameters<typeof pgConfig>[0]);
      const indexes = (
        list: { config: { name?: string; unique: boolean; columns: unknown[] } }[],
      ) => list.map((i) => `${i.config.name}:${i.config.unique}:${i.config.columns.length}`).sort();
      expect(indexes(b.indexes)).toEqual(indexes(a.indexes));
      const keys = (list: { columns: { name: string }[] }[]) =>
        list.map((k) => k.columns.map((c) => c.name).join(",")).sort();
      expect(keys(b.primaryKeys)).toEqual(keys(a.primaryKeys));
      expect(b.foreignKeys.length).toBe(a.foreignKeys.length);
    });
  }

  it("covers the whole content model", () => {
    expect(Object.keys(sqliteTables)).toEqual(
      expect.arrayContaining([
        "users",
        "accounts",
        "sessions",
        "verificationTokens",
        "regions",
        "bulletins",
        "requests",
        "bulletinItems",
        "updates",
        "prayers",
        "follows",
        "churches",
        "churchMembers",
        "churchInvites",
        "freedomSundayEvents",
        "eventTasks",
        "eventFeaturedRequests",
        "passwordResetTokens",
        "mailOutbox",
      ]),
    );
  });
});
