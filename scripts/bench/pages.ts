// `npm run bench:pages`: builds and serves the app on the seed database and on the large bench one, loads each page with autocannon.
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
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { openRaw } from "./raw";

const PORT = 3200;
const BASE = `http://127.0.0.1:${PORT}`;
const DIST_DIR = ".next-bench";
const SMALL_URL = "file:data/bench-small.db";
const RESULTS = "bench-results";
const CLOCK_TICKS = 100; // USER_HZ for /proc/<pid>/stat times on Linux

const { values: args } = parseArgs({
  options: {
    url: { type: "string", default: "file:data/bench.db" },
    only: { type: "string" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
    rounds: { type: "string", default: "2" },
    // Instead of a fresh seed database, compare with this one (e.g. the same data with few prayers).
    baseline: { type: "string" },
    "keep-build": { type: "boolean", default: false },
  },
});
if (args.only && args.only !== "small" && args.only !== "large")
  throw new Error("--only must be small or large");
const duration = Number(args.duration);
const connections = Number(args.connections);
const rounds = Number(args.rounds);
for (const [name, value] of Object.entries({ duration, connections, rounds })) {
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive whole number`);
}

interface RouteResult {
  route: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Server CPU time per response (ms): unlike req/s, barely moved by other load on the machine. */
  cpuMs: number | null;
}
interface TargetResult {
  name: "small" | "large";
  databaseUrl: string;
  buildSeconds: number;
  routes: RouteResult[];
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
async function stop(child: ChildProcess) {
  signalGroup(child, "SIGTERM");
  for (let waited = 0; waited < 5_000 && signalGroup(child, 0); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  signalGroup(child, "SIGKILL");
  children.delete(child);
}

process.on("exit", () => children.forEach((child) => signalGroup(child, "SIGKILL")));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the server and build.`);
    void Promise.all([...children].map(stop)).finally(() => {
      if (!args["keep-build"]) rmSync(DIST_DIR, { recursive: true, force: true });
      process.exit(130);
    });
  });
}

function start(
  command: string,
  argv: string[],
  env: Record<string, string>,
  logFile: string,
): ChildProcess {
  const log = openSync(logFile, "w");
  const child = spawn(command, argv, {
    env: { ...process.env, ...env },
    stdio: ["ignore", log, log],
    detached: true,
  });
  children.add(child);
  return child;
}

function tail(file: string, lines = 30): string {
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

async function run(command: string, argv: string[], env: Record<string, string>, logFile: string) {
  const child = start(command, argv, env, logFile);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  await stop(child); // anything it left running in its group
  if (code !== 0)
    throw new Error(
      `${command} ${argv.join(" ")} failed (exit ${code}); end of ${logFile}:\n${tail(logFile)}`,
    );
}

// ---- `next build` rewrites tsconfig.json and next-env.d.ts for its dist dir: put them back after ----

function protectConfigFiles(): () => void {
  const files = ["tsconfig.json", "next-env.d.ts"];
  const before = new Map(files.map((f) => [f, existsSync(f) ? readFileSync(f, "utf8") : null]));
  return () => {
    for (const [file, original] of before) {
      const now = existsSync(file) ? readFileSync(file, "utf8") : null;
      if (now === original) continue;
      // Only undo our own build's edits: e2e and dev builds rewrite these files too.
      if (file === "next-env.d.ts" && !now?.includes(DIST_DIR)) continue;
      if (original === null) rmSync(file);
      else if (file !== "tsconfig.json" || onlyAddedBenchIncludes(original, now))
        writeFileSync(file, original);
      else
        console.warn(
          `  ! ${file} changed during the build beyond the ${DIST_DIR} includes: left as it is`,
        );
    }
  };
}

function onlyAddedBenchIncludes(original: string, now: string | null): boolean {
  try {
    const after = JSON.parse(now ?? "") as { include?: string[] };
    const cleaned = {
      ...after,
      include: after.include?.filter((entry) => !entry.startsWith(`${DIST_DIR}/`)),
    };
    return JSON.stringify(cleaned) === JSON.stringify(JSON.parse(original));
  } catch {
    return false;
  }
}

// ---- one database: pick ids, build; then serve and load it, once per round ----

interface Target {
  name: "small" | "large";
  databaseUrl: string;
  env: Record<string, string>;
  routes: [route: string, path: string][];
  buildSeconds: number;
  rounds: RouteResult[][];
}

async function pickIds(url: string) {
  const raw = await openRaw(url);
  try {
    const [total] = await raw.rows("SELECT count(*) AS n FROM requests");
    if (Number(total?.n ?? 0) === 0) throw new Error(`${url} has no requests`);
    const visible = "published_at IS NOT NULL AND status <> 'archived'";
    // The most-prayed public request (in the seed database: the first seed request).
    const [top] = await raw.rows(
      `SELECT id FROM requests WHERE ${visible} ORDER BY prayer_count DESC, id LIMIT 1`,
    );
    // The ids /requests shows first, padded to 20 with ids that do not exist (the seed has only 5).
    const first = await raw.rows(
      `SELECT id FROM requests WHERE ${visible} ORDER BY published_at DESC, id DESC LIMIT 20`,
    );
    const countIds = first.map((r) => Number(r.id));
    for (let missing = 9_000_001; countIds.length < 20; missing += 1) countIds.push(missing);
    return { detailId: Number(top?.id), countIds };
  } finally {
    await raw.close();
  }
}

async function prepare(name: Target["name"], databaseUrl: string, stamp: string): Promise<Target> {
  const { detailId, countIds } = await pickIds(databaseUrl);
  // The build pre-renders `/` from this database, so each database gets its own build (and folder).
  const env = {
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: `${DIST_DIR}/${name}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  const buildLog = `${RESULTS}/build-${name}-${stamp}.log`;
  console.log(`${name}: building for ${databaseUrl} (log: ${buildLog}) …`);
  const started = Date.now();
  const restore = protectConfigFiles();
  try {
    await run("npx", ["next", "build"], env, buildLog);
  } finally {
    restore();
  }
  const buildSeconds = (Date.now() - started) / 1000;
  console.log(
    `${name}: built in ${buildSeconds.toFixed(0)} s; /requests/[id] is /requests/${detailId}`,
  );
  const routes: Target["routes"] = [
    ["/", "/"],
    ["/requests", "/requests"],
    ["/requests?region=africa&page=2", "/requests?region=africa&page=2"],
    ["/requests/[id]", `/requests/${detailId}`],
    ["/bulletins", "/bulletins"],
    ["/api/counts (20 ids)", `/api/counts?ids=${countIds.join(",")}`],
  ];
  return { name, databaseUrl, env, routes, buildSeconds, rounds: [] };
}

async function waitForHealth(server: ChildProcess, logFile: string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(
        `next start exited (${server.exitCode}); end of ${logFile}:\n${tail(logFile)}`,
      );
    const response = await fetch(`${BASE}/api/health`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`/api/health did not answer within 90 s; see ${logFile}`);
}

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

async function load(route: string, path: string, pgid: number): Promise<RouteResult> {
  const url = BASE + path;
  await autocannon({ url, connections, duration: 2 }); // warm-up, not recorded
  const cpuBefore = groupCpuMs(pgid);
  const r = await autocannon({ url, connections, duration });
  const cpuAfter = groupCpuMs(pgid);
  const cpuMs =
    cpuBefore === null || cpuAfter === null
      ? null
      : (cpuAfter - cpuBefore) / Math.max(1, r.requests.total);
  return {
    cpuMs,
    route,
    path,
    rps: r.requests.mean,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

async function waitForFreePort() {
  // The previous server may still be closing its socket for a moment after its process group exits.
  for (let tries = 0; tries < 30; tries += 1) {
    if (!(await fetch(`${BASE}/api/health`).catch(() => null))) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Something is already listening on port ${PORT}`);
}

async function measure(target: Target, round: number, stamp: string): Promise<RouteResult[]> {
  await waitForFreePort();
  const serverLog = `${RESULTS}/server-${target.name}-${round}-${stamp}.log`;
  const server = start("npx", ["next", "start", "-p", String(PORT)], target.env, serverLog);
  try {
    await waitForHealth(server, serverLog);
    for (const [, path] of target.routes) {
      for (let i = 0; i < 3; i += 1) {
        const response = await fetch(BASE + path);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${path} answered ${response.status}; see ${serverLog}`);
      }
    }
    const results: RouteResult[] = [];
    for (const [route, path] of target.routes) {
      const result = await load(route, path, server.pid ?? 0);
      console.log(
        `  ${target.name} #${round} ${route.padEnd(32)} ${fmt(result.rps).padStart(6)} req/s ${fmt(result.cpuMs, 2).padStart(7)} cpu ms/req`,
      );
      results.push(result);
    }
    return results;
  } finally {
    await stop(server);
  }
}

/** Per route, the least disturbed round (highest req/s): other work on the machine only slows a run down. */
function best(target: Target): TargetResult {
  const routes = target.routes.map(([route]) => {
    const runs = target.rounds.map((round) => round.find((r) => r.route === route));
    const sorted = runs.filter((r) => r !== undefined).sort((a, b) => b.rps - a.rps);
    if (!sorted[0]) throw new Error(`no result for ${route}`);
    return sorted[0];
  });
  return {
    name: target.name,
    databaseUrl: target.databaseUrl,
    buildSeconds: target.buildSeconds,
    routes,
  };
}

// ---- report ----

const fmt = (value: number | null, digits = 0) => (value === null ? "-" : value.toFixed(digits));
const row = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(32) : c.padStart(10))).join(" ");

function printTable(target: TargetResult) {
  console.log(`\n${target.name} (${target.databaseUrl}), best of ${rounds} round(s)`);
  console.log(row(["route", "req/s", "p50 ms", "p99 ms", "non-2xx", "cpu ms/req"]));
  for (const r of target.routes) {
    const failures = String(r.non2xx + r.errors);
    console.log(
      row([r.route, fmt(r.rps), String(r.p50), String(r.p99), failures, fmt(r.cpuMs, 2)]),
    );
  }
}

function compare(small: TargetResult, large: TargetResult) {
  console.log(`\nlarge / small`);
  console.log(row(["route", "req/s", "p50", "cpu/req", "flat?"]));
  const rows = small.routes.map((s) => {
    const l = large.routes.find((r) => r.route === s.route);
    if (!l) throw new Error(`no large result for ${s.route}`);
    const rps = l.rps / s.rps;
    const p50 = l.p50 / Math.max(s.p50, 1);
    const cpu = l.cpuMs !== null && s.cpuMs ? l.cpuMs / s.cpuMs : null;
    // Flat: throughput within 1.2× and median latency within 1.2× (or 1 ms: latencies are whole ms).
    const flat = rps >= 1 / 1.2 && (l.p50 <= s.p50 * 1.2 || l.p50 - s.p50 <= 1);
    console.log(row([s.route, fmt(rps, 2), fmt(p50, 2), fmt(cpu, 2), flat ? "yes" : "NO"]));
    return { route: s.route, rpsRatio: rps, p50Ratio: p50, cpuRatio: cpu, flat };
  });
  const grown = rows.filter((r) => !r.flat).map((r) => r.route);
  console.log(
    grown.length === 0
      ? "\nPage cost is flat: every route on the large database is within 1.2× of the small one."
      : `\nPage cost is NOT flat for: ${grown.join(", ")} (large more than 1.2× costlier than small).`,
  );
  return rows;
}

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const large = args.url;
  for (const url of [args.only !== "small" ? large : null, args.baseline ?? null]) {
    const file = url?.startsWith("file:") ? url.slice("file:".length) : null;
    if (file !== null && !existsSync(file)) {
      throw new Error(
        `${file} does not exist: run \`npm run bench:seed\` first (or pass --url, or --only small).`,
      );
    }
  }
  const targets: Target[] = [];
  try {
    if (args.only !== "large" && args.baseline) {
      targets.push(await prepare("small", args.baseline, stamp));
    } else if (args.only !== "large") {
      // A fresh database holding only the real seed bulletin.
      for (const suffix of ["", "-wal", "-shm"])
        rmSync(`data/bench-small.db${suffix}`, { force: true });
      await run(
        "npx",
        ["tsx", "--conditions=react-server", "scripts/db-setup.ts"],
        { DATABASE_URL: SMALL_URL },
        `${RESULTS}/setup-small-${stamp}.log`,
      );
      targets.push(await prepare("small", SMALL_URL, stamp));
    }
    if (args.only !== "small") targets.push(await prepare("large", large, stamp));
    // Rounds alternate between the databases, so a busy spell on the machine hits both alike.
    console.log(
      `Loading each route for ${duration} s with ${connections} connections, ${rounds} round(s):`,
    );
    for (let round = 1; round <= rounds; round += 1) {
      for (const target of targets) target.rounds.push(await measure(target, round, stamp));
    }
  } finally {
    if (!args["keep-build"]) rmSync(DIST_DIR, { recursive: true, force: true });
  }

  const results = targets.map(best);
  results.forEach(printTable);
  const [small, big] = results;
  const comparison = results.length === 2 && small && big ? compare(small, big) : null;
  const file = `${RESULTS}/pages-${stamp}.json`;
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  writeFileSync(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine,
        settings: { duration, connections, rounds },
        best: results,
        comparison,
        rounds: targets.map((t) => ({ name: t.name, rounds: t.rounds })),
      },
      null,
      2,
    ),
  );
  console.log(`\nResults written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
  void Promise.all([...children].map(stop)).finally(() => process.exit(1));
});
