// `npm run bench`: one production build, the large bench database (10,000 requests, 1,000,000
// prayers), and in one run: the framework's floor (an empty route handler, GET and POST, in the same
// build), then every public page with filters, paging and search, /api/counts and "I prayed", each
// with autocannon (20 connections). Prints req/s, p50, p99 and the ratio to the floor with the
// targets of issue 11, and writes the table to bench-results/ (latest.md is the newest).
//   --duration S      seconds per route (default 10)    --connections N   (default 20)
//   --requests N      size of the bench database (default 10000; the 100k comparison: 100000)
//   --keep-db         reuse data/bench.db if it exists  --only PATTERN    routes whose name matches
//   --cluster         the same routes through nginx in front of two instances and a worker on
//                     PostgreSQL and Redis (scripts/cluster): the bench database is seeded on the
//                     PostgreSQL server ($DATABASE_URL or 127.0.0.1:5432) as intercede_bench
import { existsSync, rmSync, writeFileSync } from "node:fs";
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
  sleep,
  start,
  startResults,
  stop,
  tail,
  writeResults,
} from "./harness";
import { openRaw } from "./raw";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
    requests: { type: "string", default: "10000" },
    "keep-db": { type: "boolean", default: false },
    "keep-build": { type: "boolean", default: false },
    only: { type: "string" },
    port: { type: "string", default: "3700" },
    cluster: { type: "boolean", default: false },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const requestCount = Number(args.requests);
const port = Number(args.port);
checkPositiveWholeNumbers({ duration, connections, requests: requestCount, port });

const CLUSTER = args.cluster;
// The cluster's nginx answers at localhost (its APP_URL); the single server at 127.0.0.1.
const BASE = CLUSTER ? `http://localhost:${port}` : `http://127.0.0.1:${port}`;
const DIST_DIR = CLUSTER ? ".next-bench-cluster" : ".next-bench";
const DB_FILE = requestCount === 10_000 ? "data/bench.db" : `data/bench-${requestCount}.db`;
const POSTGRES_SERVER = process.env.DATABASE_URL?.startsWith("postgres")
  ? process.env.DATABASE_URL
  : "postgres://postgres@127.0.0.1:5432/test";
function clusterDatabaseUrl(): string {
  const url = new URL(POSTGRES_SERVER);
  url.pathname = requestCount === 10_000 ? "/intercede_bench" : `/intercede_bench_${requestCount}`;
  return url.toString();
}
const DB_URL = CLUSTER ? clusterDatabaseUrl() : `file:${DB_FILE}`;
const RESULT_NAME = CLUSTER ? "bench-cluster" : "bench";
const AUTH_SECRET = "bench-only-secret-0123456789abcdefghijklmnop";
const PASSWORD = "bench member password";
const MEMBERS = 200;
const SESSION_COOKIE = "__Secure-authjs.session-token";

type Kind =
  "floor-get" | "floor-post" | "page" | "search" | "search-new" | "search-api" | "api" | "prayer";

interface Route {
  name: string;
  kind: Kind;
  path: string;
  method?: "GET" | "POST";
}

interface Measured extends Route {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  cpuMs: number | null;
}

cleanUpOnExit(() => {
  if (!args["keep-build"]) rmSync(DIST_DIR, { recursive: true, force: true });
});

/** Ids the routes need: a much-prayed public request, a bulletin, the ids /requests shows first. */
async function pickIds() {
  const raw = await openRaw(DB_URL);
  try {
    const visible = "published_at IS NOT NULL AND status <> 'archived'";
    const [top] = await raw.rows(
      `SELECT id FROM requests WHERE ${visible} ORDER BY prayer_count DESC, id LIMIT 1`,
    );
    const [bulletin] = await raw.rows(
      "SELECT id FROM bulletins WHERE status <> 'draft' ORDER BY publish_at DESC LIMIT 1 OFFSET 3",
    );
    const first = await raw.rows(
      `SELECT id FROM requests WHERE ${visible} ORDER BY published_at DESC, id DESC LIMIT 20`,
    );
    const all = await raw.rows(`SELECT id FROM requests WHERE ${visible} ORDER BY id`);
    return {
      requestId: Number(top?.id),
      bulletinId: Number(bulletin?.id),
      countIds: first.map((r) => Number(r.id)),
      prayable: all.map((r) => Number(r.id)),
    };
  } finally {
    await raw.close();
  }
}

/** Bench members with a known password, added to the bench database. */
async function addMembers(): Promise<{ email: string }[]> {
  const { hashPassword } = await import("@/lib/auth/password");
  const hash = await hashPassword(PASSWORD);
  const raw = await openRaw(DB_URL);
  try {
    await raw.exec("DELETE FROM users WHERE email LIKE 'bench-run-%'");
    const members = Array.from({ length: MEMBERS }, (_, i) => ({
      id: crypto.randomUUID(),
      email: `bench-run-${i + 1}@example.test`,
    }));
    const rows = members.map((m) => `('${m.id}','Bench member','${m.email}','${hash}','member')`);
    await raw.exec(
      `INSERT INTO users (id, name, email, password_hash, role) VALUES ${rows.join(",")};`,
    );
    return members;
  } finally {
    await raw.close();
  }
}

async function signIn(email: string): Promise<string> {
  const response = await fetch(`${BASE}/api/account/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (response.status !== 200)
    throw new Error(`signing in ${email}: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter((c) => c.startsWith(SESSION_COOKIE))
    .join("; ");
  if (!cookie) throw new Error(`signing in ${email} set no session cookie`);
  return cookie;
}

async function prayerTotals() {
  const raw = await openRaw(DB_URL);
  try {
    const [rows] = await raw.rows("SELECT count(*) AS n FROM prayers");
    const [sum] = await raw.rows("SELECT sum(prayer_count) AS n FROM requests");
    return { rows: Number(rows?.n ?? 0), counters: Number(sum?.n ?? 0) };
  } finally {
    await raw.close();
  }
}

async function load(route: Route, pgid: number | null, cookies: string[], prayable: number[]) {
  const base: autocannon.Options = { url: BASE + route.path, connections, duration };
  let sent = 0;
  let recorded = 0;
  // A search nobody made before: different words each time (words of the bench's requests), 448
  // searches in all; the search page, then the results the page asks for.
  const words = ["court", "trial", "rescue", "family", "police", "hearing", "safe", "church"];
  const fresh: autocannon.Options = {
    ...base,
    url: BASE,
    requests: [
      {
        method: "GET",
        setupRequest(request) {
          const k = sent++;
          const q = `${words[k % words.length]} ${words[Math.floor(k / words.length) % words.length]}`;
          const query = `q=${encodeURIComponent(q)}&page=${1 + (k % 7)}`;
          return { ...request, path: `${route.path}?${query}` };
        },
      },
    ],
  };
  const options: autocannon.Options =
    route.kind === "search-new" || route.kind === "search-api"
      ? fresh
      : route.kind === "prayer" || route.kind === "floor-post"
        ? {
            ...base,
            url: BASE,
            requests: [
              {
                method: "POST",
                path: route.path,
                setupRequest(request) {
                  const k = sent++;
                  // Every prayer is a new one: member k mod 200, a request never prayed by them yet.
                  const cookie = cookies[k % cookies.length] ?? "";
                  const requestId = prayable[Math.floor(k / cookies.length) % prayable.length];
                  return {
                    ...request,
                    headers: { ...request.headers, "content-type": "application/json", cookie },
                    body: JSON.stringify({ requestId }),
                  };
                },
                onResponse(status, body) {
                  if (status === 200 && body.includes('"recorded":true')) recorded += 1;
                },
              },
            ],
          }
        : base;
  // Warm-up (fills the page cache, settles the JIT): not recorded. Prayers are not warmed up here, so
  // that every recorded prayer is counted below.
  if (route.kind !== "prayer") await autocannon({ ...options, duration: 2 });
  // The CPU of the server's process group; in the cluster the work is spread over several processes.
  const meter = pgid === null ? () => null : cpuMeter(pgid);
  const result = await autocannon(options);
  const measured: Measured = {
    ...route,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuMs: meter(result.requests.total),
  };
  return { measured, recorded, sent: result.requests.sent };
}

function verdict(m: Measured, floor: { get: number; post: number }) {
  const ratio = m.rps / (m.kind === "prayer" || m.kind === "floor-post" ? floor.post : floor.get);
  const pass =
    m.kind === "page"
      ? ratio >= 1 && m.p99 <= 40
      : m.kind === "search" || m.kind === "search-new" || m.kind === "search-api"
        ? m.p99 <= 80
        : m.kind === "prayer"
          ? ratio >= 0.5 && m.p99 <= 60
          : null;
  const target =
    m.kind === "page"
      ? "≥1.0×, p99 ≤ 40"
      : m.kind === "search" || m.kind === "search-new" || m.kind === "search-api"
        ? "p99 ≤ 80"
        : m.kind === "prayer"
          ? "≥0.5×, p99 ≤ 60"
          : "";
  return { ratio, pass, target };
}

function table(results: Measured[], floor: { get: number; post: number }) {
  const lines = [
    "| route | req/s | p50 ms | p99 ms | × floor | CPU ms/req | target | met |",
    "|---|---:|---:|---:|---:|---:|---|---|",
  ];
  for (const m of results) {
    const { ratio, pass, target } = verdict(m, floor);
    const problems = m.non2xx + m.errors > 0 ? ` (${m.non2xx} non-2xx, ${m.errors} errors)` : "";
    lines.push(
      `| ${m.name}${problems} | ${Math.round(m.rps).toLocaleString("en")} | ${m.p50} | ${m.p99} | ${ratio.toFixed(2)} | ${fmt(m.cpuMs, 2)} | ${target} | ${pass === null ? "" : pass ? "yes" : "**no**"} |`,
    );
  }
  return lines.join("\n");
}

interface BenchServer {
  /** The process group whose CPU is measured (null in the cluster: several processes share it). */
  pgid: number | null;
  buildSeconds: number;
  stop(): Promise<void>;
}

async function benchDatabaseExists(): Promise<boolean> {
  if (!CLUSTER) return existsSync(DB_FILE);
  const raw = await openRaw(DB_URL).catch(() => null);
  if (!raw) return false;
  try {
    const [row] = await raw.rows("SELECT count(*) AS n FROM requests");
    return Number(row?.n) >= requestCount;
  } catch {
    return false;
  } finally {
    await raw.close();
  }
}

async function startSingle(env: Record<string, string>, stamp: string): Promise<BenchServer> {
  const buildSeconds = await nextBuild(["npx", "next"], {
    env,
    logFile: `${RESULTS_DIR}/build-${stamp}.log`,
    undoConfigEditsFor: DIST_DIR,
  });
  await run("npx", ["tsx", "scripts/after-build.ts"], {
    env,
    logFile: `${RESULTS_DIR}/after-build-${stamp}.log`,
  });
  const serverLog = `${RESULTS_DIR}/server-${stamp}.log`;
  const server = start(process.execPath, ["--import", "tsx", "server.ts"], {
    env,
    logFile: serverLog,
  });
  for (let tries = 0; ; tries += 1) {
    if (server.exitCode !== null) throw new Error(`the server exited:\n${tail(serverLog)}`);
    if ((await fetch(`${BASE}/api/health`).catch(() => null))?.ok) break;
    if (tries > 180) throw new Error(`the server did not start:\n${tail(serverLog)}`);
    await sleep(500);
  }
  return { pgid: server.pid ?? null, buildSeconds, stop: () => stop(server) };
}

async function startBenchCluster(stamp: string): Promise<BenchServer> {
  // The instances take these from the environment startCluster passes on (set before it is loaded).
  process.env.INTERCEDE_BENCH_FLOOR = "1";
  process.env.LOG_LEVEL = "warn";
  process.env.AUTH_SECRET = AUTH_SECRET;
  const { startCluster } = await import("../cluster/cluster");
  const started = Date.now();
  const cluster = await startCluster({
    port,
    postgresUrl: DB_URL,
    redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    distDir: DIST_DIR,
    build: true,
    logDir: `${RESULTS_DIR}/cluster-${stamp}`,
    freshDatabase: false,
  });
  return { pgid: null, buildSeconds: (Date.now() - started) / 1000, stop: () => cluster.stop() };
}

async function main() {
  const stamp = startResults();
  const env = {
    DATABASE_URL: DB_URL,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    AUTH_SECRET,
    APP_URL: BASE,
    PORT: String(port),
    HOST: "127.0.0.1",
    INTERCEDE_BENCH_FLOOR: "1",
    LOG_LEVEL: "warn",
    WORKER: "off",
    // PAGE_BURST_CACHE_MS=0 npm run bench: the pages as Next.js's cache alone serves them.
    ...(process.env.PAGE_BURST_CACHE_MS === undefined
      ? {}
      : { PAGE_BURST_CACHE_MS: process.env.PAGE_BURST_CACHE_MS }),
  };
  if (!args["keep-db"] || !(await benchDatabaseExists())) {
    if (!CLUSTER) removeSqliteFiles(DB_FILE);
    console.log(
      `Seeding ${CLUSTER ? "intercede_bench on PostgreSQL" : DB_FILE} (${requestCount.toLocaleString("en")} requests) …`,
    );
    await run(
      "npx",
      [
        "tsx",
        "--conditions=react-server",
        "scripts/bench/seed.ts",
        "--url",
        DB_URL,
        "--requests",
        String(requestCount),
      ],
      { env, logFile: `${RESULTS_DIR}/seed-${stamp}.log` },
    );
  }
  const members = await addMembers();
  const ids = await pickIds();
  console.log(CLUSTER ? "Building and starting the cluster …" : "Building …");
  const server = CLUSTER ? await startBenchCluster(stamp) : await startSingle(env, stamp);
  const buildSeconds = server.buildSeconds;
  const cookies: string[] = [];
  for (const member of members) cookies.push(await signIn(member.email));

  const routes: Route[] = [
    { name: "floor: empty route handler (GET)", kind: "floor-get", path: "/api/bench-floor" },
    {
      name: "floor: empty route handler (POST)",
      kind: "floor-post",
      path: "/api/bench-floor",
      method: "POST",
    },
    { name: "/", kind: "page", path: "/" },
    { name: "/requests", kind: "page", path: "/requests" },
    {
      name: "/requests?region=africa&page=2",
      kind: "page",
      path: "/requests?region=africa&page=2",
    },
    { name: "/requests?kind=praise", kind: "page", path: "/requests?kind=praise" },
    {
      name: "/requests?status=answered&page=3",
      kind: "page",
      path: "/requests?status=answered&page=3",
    },
    { name: "/requests/[id]", kind: "page", path: `/requests/${ids.requestId}` },
    { name: "/bulletins", kind: "page", path: "/bulletins" },
    { name: "/bulletins?page=2", kind: "page", path: "/bulletins?page=2" },
    { name: "/bulletins/[id]", kind: "page", path: `/bulletins/${ids.bulletinId}` },
    { name: "/pray", kind: "page", path: "/pray" },
    { name: "/pray?region=south-asia", kind: "page", path: "/pray?region=south-asia" },
    { name: "/freedom-sunday", kind: "page", path: "/freedom-sunday" },
    { name: "/requests?q=court (search)", kind: "search", path: "/requests?q=court" },
    {
      name: "/requests?q=sao+paulo&region=latin-america (search)",
      kind: "search",
      path: "/requests?q=sao+paulo&region=latin-america",
    },
    {
      name: "/requests?q=… (448 different searches in turn: the search page)",
      kind: "search-new",
      path: "/requests",
    },
    {
      name: "/api/requests/search?q=… (the same 448 searches: their results)",
      kind: "search-api",
      path: "/api/requests/search",
    },
    {
      name: "/api/counts (20 ids)",
      kind: "api",
      path: `/api/counts?ids=${ids.countIds.join(",")}`,
    },
    { name: 'POST /api/prayers ("I prayed")', kind: "prayer", path: "/api/prayers" },
  ].filter(
    (r) => !args.only || r.name.includes(args.only) || r.kind.startsWith("floor"),
  ) as Route[];

  const results: Measured[] = [];
  let prayers = { sent: 0, recorded: 0 };
  const before = await prayerTotals();
  for (const route of routes) {
    process.stdout.write(`  ${route.name} … `);
    const { measured, recorded, sent } = await load(route, server.pgid, cookies, ids.prayable);
    if (route.kind === "prayer") prayers = { sent, recorded };
    results.push(measured);
    console.log(`${Math.round(measured.rps)} req/s, p99 ${measured.p99} ms`);
  }
  await sleep(1_000);
  const after = await prayerTotals();
  await server.stop();

  const floor = {
    get: results.find((r) => r.kind === "floor-get")?.rps ?? NaN,
    post: results.find((r) => r.kind === "floor-post")?.rps ?? NaN,
  };
  // Exact: the counters grew by exactly the prayer rows added, and those are every prayer answered
  // "recorded" plus at most the ones still in flight when the load stopped (sent, not yet answered).
  const grown = after.rows - before.rows;
  const exact =
    after.counters - before.counters === grown &&
    grown >= prayers.recorded &&
    grown <= prayers.recorded + connections;
  const report = [
    `Measured ${new Date().toISOString()} ${CLUSTER ? "through nginx in front of two instances and a worker (PostgreSQL, Redis), floor through nginx too, " : ""}${process.env.PAGE_BURST_CACHE_MS === "0" ? "with the page burst cache off, " : ""}on the bench database (${requestCount.toLocaleString("en")} requests, about 1,000,000 prayers), ${connections} connections, ${duration} s per route, build in ${buildSeconds.toFixed(0)} s.`,
    "",
    table(results, floor),
    "",
    `"I prayed": ${prayers.recorded.toLocaleString("en")} prayers answered "recorded" (up to ${connections} more were in flight when the load stopped); prayer rows grew by ${grown.toLocaleString("en")} and the counters by ${(after.counters - before.counters).toLocaleString("en")}: ${exact ? "exact" : "NOT EXACT"}.`,
  ].join("\n");
  console.log(`\n${report}\n`);
  writeFileSync(`${RESULTS_DIR}/${RESULT_NAME}-${stamp}.md`, `${report}\n`);
  writeFileSync(`${RESULTS_DIR}/${CLUSTER ? "latest-cluster" : "latest"}.md`, `${report}\n`);
  writeResults(`${RESULTS_DIR}/${RESULT_NAME}-${stamp}.json`, {
    cluster: CLUSTER,
    requests: requestCount,
    connections,
    duration,
    floor,
    results,
    prayers: { ...prayers, exact },
  });
  if (!exact) process.exitCode = 1;
}

runMain(main);
