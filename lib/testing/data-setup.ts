// Gives each data-layer test file its own empty database of the dialect under test (TEST_DB).
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { rmSync } from "node:fs";
import { afterAll } from "vitest";

const dialect = process.env.TEST_DB ?? "sqlite";
const cleanups: (() => Promise<void> | void)[] = [];

if (dialect === "sqlite") {
  const file = path.join(tmpdir(), `intercede-test-${randomUUID()}.db`);
  process.env.DATABASE_URL = `file:${file}`;
  cleanups.push(() => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  });
} else if (dialect === "pglite") {
  process.env.DATABASE_URL = "pglite:memory";
} else if (dialect === "postgres") {
  const server = process.env.TEST_POSTGRES_URL ?? process.env.DATABASE_URL;
  if (!server?.startsWith("postgres"))
    throw new Error("TEST_DB=postgres needs DATABASE_URL=postgres://…");
  process.env.TEST_POSTGRES_URL = server;
  const name = `intercede_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  cleanups.push(async () => {
    const dropper = new Client({ connectionString: server });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await dropper.end();
  });
}

afterAll(async () => {
  // The job queue first: on PostgreSQL and PGlite it holds connections to the same database.
  const { closeJobs } = await import("@/lib/jobs");
  await closeJobs();
  const { closeDb } = await import("@/lib/data/db");
  await closeDb();
  for (const cleanup of cleanups) await cleanup();
});
