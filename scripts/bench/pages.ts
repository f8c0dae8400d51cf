// `npm run bench:pages`: builds and serves the app on the seed database and on the large bench one, loads each page with autocannon.
import { existsSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import {
  RESULTS_DIR,
  checkPositiveWholeNumbers,
  cleanUpOnExit,
  cpuMeter,
  fmt,
  nextBuild,
  removeSqliteFiles,
  run,
  runMain,
  serveNext,
  serverUrl,
  startResults,
  stop,
  tableRow,
  writeResults,
  yes,
  type NextCli,
} from "./harness";
import { openRaw } from "./raw";

const PORT = 3200;
const BASE = serverUrl(PORT);
const DIST_DIR = ".next-bench";
const SMALL_FILE = "data/bench-small.db";
const SMALL_URL = `file:${SMALL_FILE}`;
const NEXT: NextCli = ["npx", "next"];

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
checkPositiveWholeNumbers({ duration, connections, rounds });

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

cleanUpOnExit(() => {
  if (!args["keep-build"]) rmSync(DIST_DIR, { recursive: true, force: true });
});

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
  const buildLog = `${RESULTS_DIR}/build-${name}-${stamp}.log`;
  console.log(`${name}: building for ${databaseUrl} (log: ${buildLog}) …`);
  const buildSeconds = await nextBuild(NEXT, {
    env,
    logFile: buildLog,
    undoConfigEditsFor: DIST_DIR,
  });
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

async function load(route: string, path: string, pgid: number): Promise<RouteResult> {
  const url = BASE + path;
  await autocannon({ url, connections, duration: 2 }); // warm-up, not recorded
  const cpuPerRequest = cpuMeter(pgid);
  const r = await autocannon({ url, connections, duration });
  const cpuMs = cpuPerRequest(r.requests.total);
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

async function measure(target: Target, round: number, stamp: string): Promise<RouteResult[]> {
  const serverLog = `${RESULTS_DIR}/server-${target.name}-${round}-${stamp}.log`;
  const server = await serveNext(NEXT, PORT, { env: target.env, logFile: serverLog });
  try {
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

const row = (cells: string[]) => tableRow(cells, [32]);

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
    console.log(row([s.route, fmt(rps, 2), fmt(p50, 2), fmt(cpu, 2), yes(flat)]));
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
  const stamp = startResults();
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
      removeSqliteFiles(SMALL_FILE);
      await run("npx", ["tsx", "--conditions=react-server", "scripts/db-setup.ts"], {
        env: { DATABASE_URL: SMALL_URL },
        logFile: `${RESULTS_DIR}/setup-small-${stamp}.log`,
      });
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
  const file = `${RESULTS_DIR}/pages-${stamp}.json`;
  writeResults(file, {
    settings: { duration, connections, rounds },
    best: results,
    comparison,
    rounds: targets.map((t) => ({ name: t.name, rounds: t.rounds })),
  });
  console.log(`\nResults written to ${file}`);
}

runMain(main);
