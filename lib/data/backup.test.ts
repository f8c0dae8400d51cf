// Backup and restore round trip on SQLite and the PostgreSQL server (PGlite has no file to back up):
// prayers are being recorded while `npm run db:backup` runs in another process; the backup is
// restored with `npm run db:restore` into a fresh database, and there every request's counters match
// its prayer rows, every prayer committed before the backup began is there, and none begun after it
// ended. Restoring again over a database that holds data needs --yes.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { count, countDistinct, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { prayers, requests } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { ensureSeeded, makeUsers, publicRequestIds } from "@/lib/testing/data-fixtures";
import { recordPrayer } from "./prayers";

const run = promisify(execFile);
const dialect = process.env.TEST_DB ?? "sqlite";
const DAY_MS = 86_400_000;

/** Runs an npm script as an operator would, against `url`. */
function npm(script: string, args: string[], url: string) {
  return run("npm", ["run", "--silent", script, "--", ...args], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production" },
  });
}

/** A fresh, empty database of the dialect under test, and how to drop it. */
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (dialect === "sqlite") {
    const file = path.join(tmpdir(), `intercede-restore-${randomUUID()}.db`);
    return {
      url: `file:${file}`,
      drop: async () => {
        for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
      },
    };
  }
  const server = process.env.TEST_POSTGRES_URL!;
  const name = `intercede_restore_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new Client({ connectionString: server });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** Every request's counters against its prayer rows; returns the mismatches (none expected). */
async function inconsistencies(handle: DatabaseHandle): Promise<string[]> {
  const counters = await handle.db
    .select({ id: requests.id, times: requests.prayerCount, people: requests.prayerPeople })
    .from(requests);
  const rows = await handle.db
    .select({ id: prayers.requestId, n: count(), people: countDistinct(prayers.userId) })
    .from(prayers)
    .groupBy(prayers.requestId);
  // Prayers of deleted accounts (user_id null) still count, each possibly another person.
  const orphans = await handle.db
    .select({ id: prayers.requestId, n: count() })
    .from(prayers)
    .where(isNull(prayers.userId))
    .groupBy(prayers.requestId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const orphansOf = new Map(orphans.map((o) => [o.id, Number(o.n)]));
  const problems: string[] = [];
  for (const request of counters) {
    const actual = byId.get(request.id);
    const times = Number(actual?.n ?? 0);
    const people = Number(actual?.people ?? 0);
    const orphaned = orphansOf.get(request.id) ?? 0;
    if (request.times !== times)
      problems.push(`request ${request.id}: ${request.times} ≠ ${times}`);
    if (request.people < people || request.people > people + orphaned)
      problems.push(`request ${request.id}: ${request.people} people, rows say ${people}`);
  }
  return problems;
}

const key = (p: { userId: string | null; requestId: number; day: string }) =>
  `${p.userId}|${p.requestId}|${p.day}`;

describe.skipIf(dialect === "pglite")("backup and restore", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  let people: Actor[];
  let ids: number[];

  beforeAll(async () => {
    await ensureSeeded();
    people = await makeUsers(12);
    ids = (await publicRequestIds()).slice(0, 6);
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("restores a consistent database from a backup taken while prayers are written", async () => {
    const backupFile = path.join(tmpdir(), `intercede-backup-${randomUUID()}.bak`);
    cleanups.push(() => rmSync(backupFile, { force: true }));

    // Prayers on successive days from 2020: each (person, request, day) is new, so each is recorded.
    type Written = { key: string; started: number; committed: number };
    const written: Written[] = [];
    let stop = false;
    let next = 0;
    const writer = async () => {
      while (!stop) {
        // SQLite's driver can answer without a trip through the event loop: yield, as requests do.
        await new Promise((resolve) => setImmediate(resolve));
        const n = next++;
        const person = people[n % people.length]!;
        const requestId = ids[Math.floor(n / people.length) % ids.length]!;
        const at = new Date(
          Date.UTC(2020, 0, 1) + Math.floor(n / (people.length * ids.length)) * DAY_MS,
        );
        const started = performance.now();
        const result = await recordPrayer(person, requestId, at);
        if (!result.ok || !result.recorded) throw new Error(`prayer ${n} not recorded`);
        written.push({
          key: key({ userId: person.id, requestId, day: at.toISOString().slice(0, 10) }),
          started,
          committed: performance.now(),
        });
      }
    };
    const writers = Array.from({ length: 4 }, () =>
      writer().catch((error: unknown) => {
        stop = true;
        throw error;
      }),
    );
    const waitFor = async (n: number) => {
      const deadline = Date.now() + 30_000;
      while (written.length < n && !stop && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 10));
    };
    await waitFor(50);

    const backupStarted = performance.now();
    const backup = await npm("db:backup", ["--out", backupFile], process.env.DATABASE_URL!);
    const backupEnded = performance.now();
    const afterBackup = written.length;
    // Keep writing a little after the backup, then stop.
    await waitFor(afterBackup + 30);
    stop = true;
    await Promise.all(writers);
    expect(backup.stdout).toMatch(/^Backed up .* to .* \(\d[\d,]* bytes, \d+ ms\)\.$/m);
    expect(existsSync(backupFile)).toBe(true);

    const fresh = await freshDatabase();
    cleanups.push(fresh.drop);
    const restored = await npm("db:restore", [backupFile], fresh.url);
    expect(restored.stdout).toContain("Restored");

    const handle = await openDatabase(fresh.url);
    expect(await inconsistencies(handle)).toEqual([]);
    const rows = await handle.db
      .select({ userId: prayers.userId, requestId: prayers.requestId, day: prayers.day })
      .from(prayers);
    await handle.close();
    const present = new Set(rows.map(key));
    const before = written.filter((w) => w.committed < backupStarted);
    const after = written.filter((w) => w.started > backupEnded);
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(before.filter((w) => !present.has(w.key))).toEqual([]);
    expect(after.filter((w) => present.has(w.key))).toEqual([]);
    // The source went on: it holds every prayer, and its own counters agree too.
    const source = await openDatabase(process.env.DATABASE_URL);
    cleanups.push(() => source.close());
    expect(await inconsistencies(source)).toEqual([]);

    // Again, over a database that now holds data: refused without --yes, done with it.
    const refused = await npm("db:restore", [backupFile], fresh.url).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain("confirm with --yes");
    const again = await npm("db:restore", [backupFile, "--yes"], fresh.url);
    expect(again.stdout).toContain("Restored");
    if (dialect === "sqlite") {
      const previous = /kept at (.+)\.$/m.exec(again.stdout)?.[1];
      expect(previous && existsSync(previous)).toBe(true);
      cleanups.push(() => rmSync(previous!, { force: true }));
    }
    const reopened = await openDatabase(fresh.url);
    cleanups.push(() => reopened.close());
    expect(await inconsistencies(reopened)).toEqual([]);
    const [{ n } = { n: 0 }] = await reopened.db.select({ n: count() }).from(prayers);
    expect(Number(n)).toBe(rows.length);
  }, 120_000);
});
