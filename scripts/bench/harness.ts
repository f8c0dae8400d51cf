// Plumbing shared by the bench scripts (pages.ts, pray.ts): child processes, `next build` and `next start`, server CPU time, results files and tables.
import { spawn, type ChildProcess } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";

export const RESULTS_DIR = "bench-results";
const CLOCK_TICKS = 100; // USER_HZ for /proc/<pid>/stat times on Linux

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Throws unless every value (keyed by its option's name) is a whole number of at least 1. */
export function checkPositiveWholeNumbers(values: Record<string, number>) {
  for (const [name, value] of Object.entries(values)) {
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${name} must be a positive whole number`);
  }
}

/** Removes a SQLite database with its write-ahead log and shared-memory files. */
export function removeSqliteFiles(file: string) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}

// ---- child processes: each in its own process group, all killed on the way out ----

const children = new Set<ChildProcess>();

/** Signals every process in the child's group; false once the group is gone. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Stops a child's whole process group (npx and the next server under it): TERM, then KILL after 5 s. */
export async function stop(child: ChildProcess) {
  signalGroup(child, "SIGTERM");
  for (let waited = 0; waited < 5_000 && signalGroup(child, 0); waited += 100) {
    await sleep(100);
  }
  signalGroup(child, "SIGKILL");
  children.delete(child);
}

const stopAll = () => Promise.all([...children].map(stop));

/**
 * Kills every child left when the script exits. On Ctrl-C or SIGTERM, first stops them and runs
 * `cleanUp` (build folders, bench databases), then exits with 130.
 */
export function cleanUpOnExit(cleanUp: () => void | Promise<void>) {
  process.on("exit", () => children.forEach((child) => signalGroup(child, "SIGKILL")));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping the server and build.`);
      void stopAll()
        .then(cleanUp)
        .catch(() => undefined)
        .finally(() => process.exit(130));
    });
  }
}

/** Runs the script's main; on failure prints the message, stops the children and exits with 1. */
export function runMain(main: () => Promise<void>) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
    void stopAll().finally(() => process.exit(1));
  });
}

export interface ChildOptions {
  /** Added to this process's environment. */
  env: Record<string, string>;
  /** Gets the child's stdout and stderr (truncated first). */
  logFile: string;
  cwd?: string;
}

/** Starts a child in a process group of its own, so stopping it also stops whatever it started. */
export function start(command: string, argv: string[], options: ChildOptions): ChildProcess {
  const log = openSync(options.logFile, "w");
  const child = spawn(command, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", log, log],
    detached: true,
  });
  children.add(child);
  return child;
}

export function tail(file: string, lines = 30): string {
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

/** Runs a child to its end; throws with the end of its log unless it exits with 0. */
export async function run(command: string, argv: string[], options: ChildOptions) {
  const child = start(command, argv, options);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  await stop(child); // anything it left running in its group
  if (code !== 0)
    throw new Error(
      `${command} ${argv.join(" ")} failed (exit ${code}); end of ${options.logFile}:\n${tail(options.logFile)}`,
    );
}

// ---- `next build` and `next start` ----

/** How to run the `next` command line: e.g. ["npx", "next"], or node_modules/.bin/next. */
export type NextCli = readonly [command: string, ...args: string[]];

/**
 * `next build` into the env's NEXT_DIST_DIR; returns how many seconds it took. With
 * `undoConfigEditsFor` (a dist dir, or a folder holding them), puts back the edits the build makes
 * for it to tsconfig.json and next-env.d.ts; leave it out when building a throwaway copy.
 */
export async function nextBuild(
  cli: NextCli,
  options: ChildOptions & { undoConfigEditsFor?: string },
): Promise<number> {
  const [command, ...args] = cli;
  const started = Date.now();
  const restore =
    options.undoConfigEditsFor === undefined
      ? () => undefined
      : protectConfigFiles(options.cwd ?? ".", options.undoConfigEditsFor);
  try {
    await run(command, [...args, "build"], options);
  } finally {
    restore();
  }
  return (Date.now() - started) / 1000;
}

/** Snapshots the app's tsconfig.json and next-env.d.ts; the returned function undoes the build's edits. */
function protectConfigFiles(appDir: string, distDir: string): () => void {
  const files = ["tsconfig.json", "next-env.d.ts"].map((name) => path.join(appDir, name));
  const before = new Map(files.map((f) => [f, existsSync(f) ? readFileSync(f, "utf8") : null]));
  return () => {
    for (const [file, original] of before) {
      const now = existsSync(file) ? readFileSync(file, "utf8") : null;
      if (now === original) continue;
      // Only undo our own build's edits: e2e and dev builds rewrite these files too.
      if (path.basename(file) === "next-env.d.ts" && !now?.includes(distDir)) continue;
      if (original === null) rmSync(file);
      else if (path.basename(file) !== "tsconfig.json" || onlyAddedIncludes(original, now, distDir))
        writeFileSync(file, original);
      else
        console.warn(
          `  ! ${path.basename(file)} changed during the build beyond the ${distDir} includes: left as it is`,
        );
    }
  };
}

/** Whether tsconfig.json `now` is `original` plus "include" entries under distDir, and nothing else. */
function onlyAddedIncludes(original: string, now: string | null, distDir: string): boolean {
  try {
    const after = JSON.parse(now ?? "") as { include?: string[] };
    const cleaned = {
      ...after,
      include: after.include?.filter((entry) => !entry.startsWith(`${distDir}/`)),
    };
    return JSON.stringify(cleaned) === JSON.stringify(JSON.parse(original));
  } catch {
    return false;
  }
}

export const serverUrl = (port: number) => `http://127.0.0.1:${port}`;

/** `next start` on the port, once it is free; resolves when /api/health answers. */
export async function serveNext(
  cli: NextCli,
  port: number,
  options: ChildOptions,
): Promise<ChildProcess> {
  const base = serverUrl(port);
  await waitForFreePort(base);
  const [command, ...args] = cli;
  const server = start(command, [...args, "start", "-p", String(port)], options);
  try {
    await waitForHealth(server, base, options.logFile);
    return server;
  } catch (error) {
    await stop(server);
    throw error;
  }
}

async function waitForFreePort(base: string) {
  // The previous server may still be closing its socket for a moment after its process group exits.
  for (let tries = 0; tries < 30; tries += 1) {
    if (!(await fetch(`${base}/api/health`).catch(() => null))) return;
    await sleep(500);
  }
  throw new Error(`Something is already listening on port ${new URL(base).port}`);
}

async function waitForHealth(server: ChildProcess, base: string, logFile: string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(
        `next start exited (${server.exitCode}); end of ${logFile}:\n${tail(logFile)}`,
      );
    const response = await fetch(`${base}/api/health`).catch(() => null);
    if (response?.ok) return;
    await sleep(500);
  }
  throw new Error(`/api/health did not answer within 90 s; see ${logFile}`);
}

// ---- server CPU time: unlike req/s, barely moved by other load on the machine ----

/** CPU time (ms) used so far by every process in a process group, from /proc (null elsewhere than Linux). */
function groupCpuMs(pgid: number): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after "(comm)": state ppid pgrp … utime(14th) stime(15th).
      const fields =
        readFileSync(`/proc/${entry}/stat`, "utf8").split(") ").at(-1)?.split(" ") ?? [];
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

/**
 * Starts counting the CPU time of a process group (a server started by `start`: its pid is the
 * group's id). The returned function, called when the load ends, gives the ms per request since.
 */
export function cpuMeter(pgid: number): (requests: number) => number | null {
  const before = groupCpuMs(pgid);
  return (requests) => {
    const after = groupCpuMs(pgid);
    return before === null || after === null ? null : (after - before) / Math.max(1, requests);
  };
}

// ---- results ----

export const fmt = (value: number | null, digits = 0) =>
  value === null ? "-" : value.toFixed(digits);
export const yes = (ok: boolean) => (ok ? "yes" : "NO");

/** One line of a table: the first cells left-aligned to `leftWidths`, the rest right-aligned to 10. */
export function tableRow(cells: string[], leftWidths: number[]): string {
  return cells
    .map((cell, i) => {
      const width = leftWidths[i];
      return width === undefined ? cell.padStart(10) : cell.padEnd(width);
    })
    .join(" ");
}

/** Creates the results folder; returns a timestamp for this run's file names. */
export function startResults(): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return new Date().toISOString().replace(/[:.]/g, "-");
}

/** Writes a results file: the date and the machine, then `data`. */
export function writeResults(file: string, data: Record<string, unknown>) {
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  writeFileSync(
    file,
    JSON.stringify({ date: new Date().toISOString(), machine, ...data }, null, 2),
  );
}
