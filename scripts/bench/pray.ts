// `npm run bench:pray`: many signed-in people pressing "I prayed" at once, on SQLite and on PostgreSQL.
// Prints prayers/s, p50 and p99, and checks that the database's counts match the answers exactly.
//
// One production build (in .next-bench/pray), then for each database: a fresh one (migrated, seeded
// with the real 5-request bulletin), bench accounts inserted directly with one shared argon2 hash,
// `next start`, and two loads of POST /api/prayers:
//  - "doubled": --users people, each signed in through POST /api/account/sign-in; every prayer is
//    sent twice at once (a double click) and the users × 5 pairs are cycled, so half the prayers
//    (and, once every pair has been recorded, all of them) are idempotent repeats;
//  - "new": --new-users people whose session cookies are minted as Auth.js mints them (signing
//    thousands in through argon2 would take minutes); every prayer is a pair not prayed yet today.
// After each load: recorded answers = prayer_count growth = new prayer rows, per request
// prayer_count = its rows and prayer_people = its distinct people, no pair recorded twice, and the
// rows in the database are exactly the pairs answered "recorded". Prayers cut off when the load
// stops are sent once more (idempotent), which tells whether the cut-off request recorded them.
// --from-head builds and serves a clean copy of the last commit (in .next-bench/pray-src) instead of
// the working tree, for when the working tree is mid-edit and does not build.
// Exits with 1 when a check fails or an answer was not 200. PostgreSQL unreachable: skipped, with a note.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
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
  sleep,
  startResults,
  stop,
  tableRow,
  writeResults,
  yes,
  type NextCli,
} from "./harness";
import { openRaw, recreatePostgresDatabase, type Raw } from "./raw";

const ROOT = process.cwd();
const DIST_DIR = ".next-bench/pray"; // inside the app folder below
const HEAD_COPY = path.join(ROOT, ".next-bench/pray-src");
const SQLITE_FILE = path.join(ROOT, "data/bench-pray.db");
const BIN = path.join(ROOT, "node_modules/.bin");
const NEXT: NextCli = [path.join(BIN, "next")];
const AUTH_SECRET = "bench-only-secret-0123456789abcdefghijklmnop";
// With AUTH_INSECURE_COOKIES=1 (plain http), Auth.js's session cookie; also the JWT's key salt.
const SESSION_COOKIE = "authjs.session-token";
const PASSWORD = "bench-pray-password";
const SESSION_MAX_AGE = 30 * 24 * 60 * 60; // as lib/auth/index.ts
const SIGN_IN_PARALLEL = 8;

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
    users: { type: "string", default: "200" },
    "new-users": { type: "string", default: "4000" },
    only: { type: "string" },
    postgres: {
      type: "string",
      default: "postgres://postgres@127.0.0.1:5432/intercede_bench_pray",
    },
    port: { type: "string", default: "3210" },
    "keep-build": { type: "boolean", default: false },
    // Serve the build a previous --keep-build run left, instead of building again.
    "reuse-build": { type: "boolean", default: false },
    // Build and serve a clean copy of HEAD (git archive), not the working tree.
    "from-head": { type: "boolean", default: false },
  },
});
if (args.only && args.only !== "sqlite" && args.only !== "postgres")
  throw new Error("--only must be sqlite or postgres");
const duration = Number(args.duration);
const connections = Number(args.connections);
const userCount = Number(args.users);
const newUserCount = Number(args["new-users"]);
const port = Number(args.port);
checkPositiveWholeNumbers({
  duration,
  connections,
  users: userCount,
  "new-users": newUserCount,
  port,
});
const BASE = serverUrl(port);
const fromHead = args["from-head"];
/** Where the app is built and served from (and its database set up). */
const APP_DIR = fromHead ? HEAD_COPY : ROOT;

type TargetName = "sqlite" | "postgres";

interface Account {
  id: string;
  email: string;
  cookie: string;
}

interface PhaseResult {
  phase: "warm-up" | "doubled" | "new";
  people: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Server CPU time per answer (ms), Next.js processes only (not PostgreSQL's). */
  cpuMs: number | null;
  /** Answers other than 200 (from the load and the re-sent prayers). */
  non2xx: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
  /** 200 answers with recorded: true / recorded: false (including the re-sent ones). */
  recorded: number;
  repeats: number;
  /** Sent but unanswered when the load stopped (or timed out): sent once more afterwards. */
  resent: number;
  /** Of those, recorded by the cut-off request itself (the second send answered "already recorded"). */
  cutOffRecorded: number;
  /** 200 answers without a recorded true/false. */
  malformed: number;
  /** The "new" load ran past its fresh pairs and started over (so some prayers were repeats). */
  wrapped: boolean;
  db: {
    prayerCountGrowth: number;
    prayerRowsGrowth: number;
    perRequestConsistent: boolean;
    pairsRecordedTwice: number;
    rowsMatchAnswers: boolean;
  };
  exact: boolean;
}

interface TargetResult {
  name: TargetName;
  databaseUrl: string;
  setupSeconds: number;
  signIn: { users: number; seconds: number };
  mintSeconds: number;
  warmUp: PhaseResult;
  phases: PhaseResult[];
}

// ---- cleaning up, also when interrupted ----

/** The bench's PostgreSQL database once created, to drop even when interrupted. */
let createdPostgres: string | null = null;

function removeBuild() {
  if (args["keep-build"]) return;
  rmSync(path.join(APP_DIR, DIST_DIR), { recursive: true, force: true });
  if (fromHead) rmSync(HEAD_COPY, { recursive: true, force: true });
}

cleanUpOnExit(async () => {
  removeBuild();
  removeSqliteFiles(SQLITE_FILE);
  if (createdPostgres) await dropPostgresDatabase(createdPostgres);
});

// ---- databases ----

function serverDatabaseUrl(url: string): string {
  const server = new URL(url);
  server.pathname = "/postgres";
  return server.toString();
}

/** Why PostgreSQL cannot be used (null when it can). */
async function postgresProblem(url: string): Promise<string | null> {
  const client = new pg.Client({
    connectionString: serverDatabaseUrl(url),
    connectionTimeoutMillis: 3_000,
  });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dropPostgresDatabase(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const client = new pg.Client({ connectionString: serverDatabaseUrl(url) });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** A SQL string literal (the data is our own; quotes are doubled all the same). */
const q = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function insertUsers(raw: Raw, prefix: string, n: number, hash: string) {
  const users: { id: string; email: string; name: string }[] = [];
  for (let i = 1; i <= n; i += 1) {
    users.push({
      id: crypto.randomUUID(),
      email: `${prefix}${i}@example.test`,
      name: `Bench ${prefix.replaceAll("-", " ").trim()} ${i}`,
    });
  }
  const statements: string[] = [];
  for (let i = 0; i < users.length; i += 1_000) {
    const rows = users
      .slice(i, i + 1_000)
      .map((u) => `(${q(u.id)},${q(u.name)},${q(u.email)},${q(hash)},'member')`);
    statements.push(
      `INSERT INTO users (id, name, email, password_hash, role) VALUES ${rows.join(",")};`,
    );
  }
  await raw.exec(`BEGIN;\n${statements.join("\n")}\nCOMMIT;`);
  return users;
}

const MEMBER_PREFIX = "bench-pray-member-";
const NEW_PREFIX = "bench-pray-new-";
const WARM_PREFIX = "bench-pray-warm-";
const WARM_UP_USERS = 100;
const WARM_UP_SECONDS = 3;

/** A fresh database: migrated, seeded, with the bench accounts; returns them and the request ids. */
async function setUp(name: TargetName, databaseUrl: string, hash: string, stamp: string) {
  const started = Date.now();
  if (name === "sqlite") removeSqliteFiles(SQLITE_FILE);
  else {
    createdPostgres = databaseUrl;
    await recreatePostgresDatabase(databaseUrl);
  }
  await run(path.join(BIN, "tsx"), ["--conditions=react-server", "scripts/db-setup.ts"], {
    env: { DATABASE_URL: databaseUrl, NODE_ENV: "production", AUTH_SECRET },
    logFile: `${RESULTS_DIR}/pray-setup-${name}-${stamp}.log`,
    cwd: APP_DIR,
  });
  const raw = await openRaw(databaseUrl);
  try {
    const requestRows = await raw.rows(
      "SELECT id FROM requests WHERE published_at IS NOT NULL AND status <> 'archived' ORDER BY id",
    );
    const requestIds = requestRows.map((r) => Number(r.id));
    if (requestIds.length === 0) throw new Error(`${databaseUrl}: the seed published no requests`);
    const members = await insertUsers(raw, MEMBER_PREFIX, userCount, hash);
    const newcomers = await insertUsers(raw, NEW_PREFIX, newUserCount, hash);
    const warmers = await insertUsers(raw, WARM_PREFIX, WARM_UP_USERS, hash);
    const setupSeconds = (Date.now() - started) / 1000;
    console.log(
      `${name}: fresh database with ${requestIds.length} requests and ${userCount} + ${newUserCount} users in ${setupSeconds.toFixed(1)} s`,
    );
    return { requestIds, members, newcomers, warmers, setupSeconds };
  } finally {
    await raw.close();
  }
}

interface RequestCounts {
  id: number;
  times: number;
  people: number;
  rows: number;
  persons: number;
}

/** Each request's counters next to what its prayer rows say. */
async function snapshot(raw: Raw, requestIds: number[]): Promise<RequestCounts[]> {
  const rows = await raw.rows(
    `SELECT r.id, r.prayer_count AS times, r.prayer_people AS people,
       (SELECT count(*) FROM prayers p WHERE p.request_id = r.id) AS n_rows,
       (SELECT count(DISTINCT p.user_id) FROM prayers p WHERE p.request_id = r.id) AS n_persons
     FROM requests r WHERE r.id IN (${requestIds.join(",")}) ORDER BY r.id`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    times: Number(r.times),
    people: Number(r.people),
    rows: Number(r.n_rows),
    persons: Number(r.n_persons),
  }));
}

const sum = (counts: RequestCounts[], key: keyof RequestCounts) =>
  counts.reduce((total, c) => total + c[key], 0);

/** Waits until the prayer rows stop growing: the server has finished what the load left in flight. */
async function settle(raw: Raw) {
  const total = async () => Number((await raw.rows("SELECT count(*) AS n FROM prayers"))[0]?.n);
  let last = await total();
  for (let waited = 0; waited < 10_000; waited += 500) {
    await sleep(500);
    const now = await total();
    if (now === last) return;
    last = now;
  }
}

// ---- the server ----

function serverEnv(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    AUTH_SECRET,
    AUTH_INSECURE_COOKIES: "1",
    APP_URL: BASE,
    // Each server's own in-memory sign-in limiter, not a shared Redis one; no mail.
    REDIS_URL: "",
    SMTP_URL: "",
  };
}

// ---- sessions ----

async function inParallel<T, U>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<U>,
): Promise<U[]> {
  const results: U[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A distinct client address per sign-in, so the per-IP sign-in limit (5 a minute) never trips. */
const addressOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

async function signInAll(users: { id: string; email: string }[]): Promise<Account[]> {
  return inParallel(users, SIGN_IN_PARALLEL, async (user, i) => {
    const response = await fetch(`${BASE}/api/account/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": addressOf(i + 1) },
      body: JSON.stringify({ email: user.email, password: PASSWORD }),
    });
    const body = await response.text();
    if (response.status !== 200)
      throw new Error(`Signing in ${user.email} answered ${response.status}: ${body}`);
    // The session cookie, or its chunks (name.0, name.1, …) if it were ever that large.
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0] ?? "")
      .filter((c) => c.startsWith(`${SESSION_COOKIE}=`) || c.startsWith(`${SESSION_COOKIE}.`))
      .join("; ");
    if (!cookie) throw new Error(`Signing in ${user.email} set no ${SESSION_COOKIE} cookie`);
    return { ...user, cookie };
  });
}

/** The session cookie Auth.js would set for this user (same secret, salt and claims). */
async function mintSessions(users: { id: string; email: string; name: string }[]) {
  return inParallel(users, 16, async (user) => {
    const token = await encode({
      salt: SESSION_COOKIE,
      secret: AUTH_SECRET,
      maxAge: SESSION_MAX_AGE,
      token: { sub: user.id, name: user.name, email: user.email },
    });
    return { id: user.id, email: user.email, cookie: `${SESSION_COOKIE}=${token}` };
  });
}

async function expectSession(account: Account) {
  const response = await fetch(`${BASE}/api/auth/session`, {
    headers: { cookie: account.cookie },
  });
  const session = (await response.json().catch(() => null)) as { user?: { id?: string } } | null;
  if (session?.user?.id !== account.id)
    throw new Error(
      `The session cookie of ${account.email} is not accepted (/api/auth/session: ${response.status} ${JSON.stringify(session)})`,
    );
}

// ---- one load of POST /api/prayers ----

type Outcome = "recorded" | "repeat" | "malformed" | "failed";

function outcomeOf(status: number, body: string): Outcome {
  if (status !== 200) return "failed";
  try {
    const answer = JSON.parse(body) as { ok?: unknown; recorded?: unknown };
    if (answer.ok === true && answer.recorded === true) return "recorded";
    if (answer.ok === true && answer.recorded === false) return "repeat";
  } catch {
    // counted as malformed below
  }
  return "malformed";
}

async function loadPhase(options: {
  phase: PhaseResult["phase"];
  seconds: number;
  accounts: Account[];
  requestIds: number[];
  /** The k-th prayer sent: which (person, request) pair, numbered person × requests + request. */
  pairOf: (k: number) => number;
  /** How many distinct pairs pairOf yields before it starts over. */
  pairs: number;
  emailPrefix: string;
  raw: Raw;
  pgid: number;
}): Promise<PhaseResult> {
  const { accounts, requestIds, pairOf, raw } = options;
  const perPerson = requestIds.length;
  const bodyOf = (pair: number) => JSON.stringify({ requestId: requestIds[pair % perPerson] });
  const accountOf = (pair: number) => accounts[Math.floor(pair / perPerson)]!;
  const keyOf = (pair: number) => `${accountOf(pair).id}|${requestIds[pair % perPerson]}`;

  await settle(raw); // nothing left running from before
  const before = await snapshot(raw, requestIds);
  const pending = new Map<number, number>(); // sequence number → pair, until answered
  const recordedTimes = new Map<number, number>(); // pair → answers with recorded: true
  const tally = { recorded: 0, repeat: 0, malformed: 0, failed: 0 };
  const statuses: Record<string, number> = {};
  const count = (status: number, body: string, pair: number): Outcome => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    const outcome = outcomeOf(status, body);
    tally[outcome] += 1;
    if (outcome === "recorded") recordedTimes.set(pair, (recordedTimes.get(pair) ?? 0) + 1);
    return outcome;
  };
  let sent = 0;

  const cpuPerRequest = cpuMeter(options.pgid);
  const result = await autocannon({
    url: BASE,
    connections,
    duration: options.seconds,
    requests: [
      {
        method: "POST",
        path: "/api/prayers",
        // No Origin header, as from a same-origin fetch that leaves it out (a foreign one gets 403).
        setupRequest(request, context) {
          const k = sent++;
          const pair = pairOf(k);
          (context as { k?: number }).k = k;
          pending.set(k, pair);
          return {
            ...request,
            headers: {
              ...request.headers,
              "content-type": "application/json",
              cookie: accountOf(pair).cookie,
            },
            body: bodyOf(pair),
          };
        },
        onResponse(status, body, context) {
          const k = (context as { k?: number }).k;
          const pair = k === undefined ? undefined : pending.get(k);
          if (k === undefined || pair === undefined) return;
          pending.delete(k);
          count(status, body, pair);
        },
      },
    ],
  });
  const cpuMs = cpuPerRequest(result.requests.total);

  // Prayers cut off when the load stopped (their answers dropped) may or may not have been recorded.
  // Once the server has finished them, each is sent once more: "already recorded" (and no answer
  // said recorded for that pair) means the cut-off request recorded it; "recorded" means it had not.
  await settle(raw);
  const unanswered = [...new Set(pending.values())];
  const cutOffRecorded = new Set<number>();
  for (const pair of unanswered) {
    const response = await fetch(`${BASE}/api/prayers`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: accountOf(pair).cookie },
      body: bodyOf(pair),
    });
    const outcome = count(response.status, await response.text(), pair);
    if (outcome === "repeat" && !recordedTimes.has(pair)) cutOffRecorded.add(pair);
  }

  const after = await snapshot(raw, requestIds);
  const dbRows = await raw.rows(
    `SELECT p.user_id, p.request_id FROM prayers p JOIN users u ON u.id = p.user_id
     WHERE u.email LIKE ${q(`${options.emailPrefix}%`)}`,
  );
  const inDb = new Set(dbRows.map((r) => `${String(r.user_id)}|${Number(r.request_id)}`));
  const expectedRows = new Set([...recordedTimes.keys(), ...cutOffRecorded].map(keyOf));
  const expectedGrowth = tally.recorded + cutOffRecorded.size;
  const rowsMatchAnswers =
    inDb.size === expectedRows.size && [...expectedRows].every((key) => inDb.has(key));
  const pairsRecordedTwice = [...recordedTimes.values()].filter((n) => n > 1).length;
  const prayerCountGrowth = sum(after, "times") - sum(before, "times");
  const prayerRowsGrowth = sum(after, "rows") - sum(before, "rows");
  const perRequestConsistent = after.every((c) => c.times === c.rows && c.people === c.persons);
  const exact =
    prayerCountGrowth === expectedGrowth &&
    prayerRowsGrowth === expectedGrowth &&
    perRequestConsistent &&
    pairsRecordedTwice === 0 &&
    rowsMatchAnswers &&
    tally.malformed === 0;

  const requests = result.requests.total;
  return {
    phase: options.phase,
    people: accounts.length,
    requests,
    rps: result.requests.mean,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMs,
    non2xx: tally.failed, // answers other than 200, from the load and the re-sent prayers
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
    recorded: tally.recorded,
    repeats: tally.repeat,
    resent: unanswered.length,
    cutOffRecorded: cutOffRecorded.size,
    malformed: tally.malformed,
    wrapped: sent > options.pairs && options.phase === "new",
    db: {
      prayerCountGrowth,
      prayerRowsGrowth,
      perRequestConsistent,
      pairsRecordedTwice,
      rowsMatchAnswers,
    },
    exact,
  };
}

// ---- one database: serve it, sign people in, load it twice ----

async function measure(
  name: TargetName,
  databaseUrl: string,
  prepared: Awaited<ReturnType<typeof setUp>>,
  stamp: string,
): Promise<TargetResult> {
  const serverLog = `${RESULTS_DIR}/pray-server-${name}-${stamp}.log`;
  const server = await serveNext(NEXT, port, {
    env: serverEnv(databaseUrl),
    logFile: serverLog,
    cwd: APP_DIR,
  });
  const raw = await openRaw(databaseUrl);
  try {
    let started = Date.now();
    const members = await signInAll(prepared.members);
    const signInSeconds = (Date.now() - started) / 1000;
    console.log(
      `${name}: signed ${members.length} people in through /api/account/sign-in in ${signInSeconds.toFixed(1)} s (${(members.length / signInSeconds).toFixed(0)}/s)`,
    );
    started = Date.now();
    const newcomers = await mintSessions(prepared.newcomers);
    const mintSeconds = (Date.now() - started) / 1000;
    const warmers = await mintSessions(prepared.warmers);
    await expectSession(members[0]!);
    await expectSession(newcomers[0]!);

    const { requestIds } = prepared;
    const pgid = server.pid ?? 0;
    // A fresh server is slower at first (code loading, JIT): warm it up on accounts of its own.
    const warmPairs = warmers.length * requestIds.length;
    const warmUp = await loadPhase({
      phase: "warm-up",
      seconds: WARM_UP_SECONDS,
      accounts: warmers,
      requestIds,
      pairOf: (k) => Math.floor(k / 2) % warmPairs,
      pairs: warmPairs,
      emailPrefix: WARM_PREFIX,
      raw,
      pgid,
    });
    console.log(
      `${name}: warmed up for ${WARM_UP_SECONDS} s (${fmt(warmUp.rps)} prayers/s, exact: ${yes(warmUp.exact)})`,
    );
    const phases: PhaseResult[] = [];
    const memberPairs = members.length * requestIds.length;
    console.log(
      `${name}: "doubled": ${members.length} signed-in people × ${requestIds.length} requests, each prayer sent twice at once, ${connections} connections for ${duration} s …`,
    );
    phases.push(
      await loadPhase({
        phase: "doubled",
        seconds: duration,
        accounts: members,
        requestIds,
        pairOf: (k) => Math.floor(k / 2) % memberPairs,
        pairs: memberPairs,
        emailPrefix: MEMBER_PREFIX,
        raw,
        pgid,
      }),
    );
    const newPairs = newcomers.length * requestIds.length;
    console.log(
      `${name}: "new": every prayer a fresh (person, request) pair of ${newcomers.length} people × ${requestIds.length} requests …`,
    );
    phases.push(
      await loadPhase({
        phase: "new",
        seconds: duration,
        accounts: newcomers,
        requestIds,
        pairOf: (k) => k % newPairs,
        pairs: newPairs,
        emailPrefix: NEW_PREFIX,
        raw,
        pgid,
      }),
    );
    const logged = readFileSync(serverLog, "utf8")
      .split("\n")
      .filter((line) => /error/i.test(line));
    if (logged.length > 0)
      console.warn(
        `  ! ${name}: the server logged ${logged.length} error line(s), e.g. ${logged[0]} (see ${serverLog})`,
      );
    return {
      name,
      databaseUrl,
      setupSeconds: prepared.setupSeconds,
      signIn: { users: members.length, seconds: signInSeconds },
      mintSeconds,
      warmUp,
      phases,
    };
  } finally {
    await raw.close();
    await stop(server);
  }
}

// ---- report ----

const row = (cells: string[]) => tableRow(cells, [9, 9]);

function printTable(results: TargetResult[]) {
  console.log(`\nPOST /api/prayers, ${connections} connections × ${duration} s per load`);
  console.log(
    row([
      "target",
      "phase",
      "people",
      "prayers/s",
      "p50 ms",
      "p99 ms",
      "cpu ms/req",
      "non-2xx",
      "recorded",
      "repeats",
      "exact",
    ]),
  );
  for (const target of results) {
    for (const p of target.phases) {
      console.log(
        row([
          target.name,
          p.phase,
          String(p.people),
          fmt(p.rps),
          String(p.p50),
          String(p.p99),
          fmt(p.cpuMs, 2),
          String(p.non2xx + p.errors),
          String(p.recorded),
          String(p.repeats),
          yes(p.exact),
        ]),
      );
    }
  }
  console.log("");
  for (const target of results) {
    for (const p of target.phases) {
      const statuses = Object.entries(p.statuses)
        .map(([status, n]) => `${status}×${n}`)
        .join(" ");
      console.log(
        `${target.name}/${p.phase}: ${p.requests} answered in the load, ${p.errors} errors, ${p.timeouts} timeouts; ` +
          `${p.resent} cut off at the end were sent again (${p.cutOffRecorded} had been recorded by the cut-off request); answers ${statuses}; ` +
          `answered recorded ${p.recorded} + cut off but recorded ${p.cutOffRecorded} = prayer_count +${p.db.prayerCountGrowth} = prayer rows +${p.db.prayerRowsGrowth}; ` +
          `per request count = rows and people = distinct people: ${yes(p.db.perRequestConsistent)}; ` +
          `pairs recorded twice: ${p.db.pairsRecordedTwice}; rows = recorded answers: ${yes(p.db.rowsMatchAnswers)}` +
          (p.malformed > 0 ? `; ${p.malformed} malformed 200 answers` : "") +
          (p.wrapped ? "; ran out of fresh pairs (raise --new-users)" : ""),
      );
    }
  }
}

async function main() {
  const stamp = startResults();
  const startedAt = Date.now();
  const wanted: TargetName[] = args.only ? [args.only as TargetName] : ["sqlite", "postgres"];
  const targets: { name: TargetName; databaseUrl: string }[] = [];
  const skipped: { name: TargetName; reason: string }[] = [];
  for (const name of wanted) {
    if (name === "sqlite") {
      targets.push({ name, databaseUrl: `file:${SQLITE_FILE}` });
      continue;
    }
    const url = args.postgres;
    if (!/^postgres(ql)?:\/\/[^/]+\/\w*bench\w*$/.test(url))
      throw new Error(
        `--postgres ${url}: give a postgres:// URL whose database name contains "bench" (it is dropped and re-created)`,
      );
    const problem = await postgresProblem(url);
    if (problem === null) {
      targets.push({ name, databaseUrl: url });
    } else {
      const where = new URL(url).host;
      console.warn(
        `postgres: SKIPPED — PostgreSQL at ${where} is not reachable (${problem}). Start it, or pass --postgres postgres://user@host:port/some_bench_db.`,
      );
      skipped.push({ name, reason: problem });
    }
  }
  if (targets.length === 0) throw new Error("Nothing to run (PostgreSQL is not reachable).");

  const hash = await hashPassword(PASSWORD); // one argon2 hash, the app's own options, for everyone
  const results: TargetResult[] = [];
  let buildSeconds = 0;
  const distDir = path.join(APP_DIR, DIST_DIR);
  const reused = args["reuse-build"] && existsSync(path.join(distDir, "BUILD_ID"));
  let commit: string | null = null;
  try {
    if (fromHead && !reused) {
      // A clean copy of the last commit. Without its own lockfile, Next.js takes the repository as
      // the workspace root, so the copy resolves packages from the repository's node_modules.
      rmSync(HEAD_COPY, { recursive: true, force: true });
      mkdirSync(HEAD_COPY, { recursive: true });
      execFileSync("bash", ["-c", `git archive --format=tar HEAD | tar -x -C "${HEAD_COPY}"`]);
      rmSync(path.join(HEAD_COPY, "package-lock.json"));
    }
    if (fromHead) {
      commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
      console.log(
        `Building and serving a copy of HEAD (${commit}) in ${path.relative(ROOT, HEAD_COPY)}.`,
      );
    }
    const prepared = [];
    for (const target of targets) {
      prepared.push(await setUp(target.name, target.databaseUrl, hash, stamp));
    }
    if (reused) {
      console.log(`Serving the existing build in ${path.relative(ROOT, distDir)} (--reuse-build).`);
    } else {
      rmSync(distDir, { recursive: true, force: true });
      const buildLog = `${RESULTS_DIR}/pray-build-${stamp}.log`;
      console.log(`Building into ${path.relative(ROOT, distDir)} (log: ${buildLog}) …`);
      try {
        buildSeconds = await nextBuild(NEXT, {
          env: serverEnv(targets[0]!.databaseUrl),
          logFile: buildLog,
          cwd: APP_DIR,
          // `next build` rewrites the working tree's tsconfig.json and next-env.d.ts; a copy's do not matter.
          undoConfigEditsFor: fromHead ? undefined : DIST_DIR,
        });
      } catch (error) {
        if (fromHead) throw error;
        throw new Error(
          `${error instanceof Error ? error.message : String(error)}\n\nThe working tree does not build (someone mid-edit?): ` +
            "`npm run bench:pray -- --from-head` benchmarks a clean copy of the last commit instead.",
        );
      }
      console.log(`Built in ${buildSeconds.toFixed(0)} s.`);
    }
    for (const [i, target] of targets.entries()) {
      results.push(await measure(target.name, target.databaseUrl, prepared[i]!, stamp));
    }
  } finally {
    removeBuild();
    for (const target of targets) {
      if (target.name === "sqlite") removeSqliteFiles(SQLITE_FILE);
      else
        await dropPostgresDatabase(target.databaseUrl).catch((error: unknown) =>
          console.warn(`  ! could not drop ${target.databaseUrl}: ${String(error)}`),
        );
    }
  }

  printTable(results);
  const totalSeconds = (Date.now() - startedAt) / 1000;
  console.log(
    `\nTotal ${totalSeconds.toFixed(0)} s` +
      (reused ? " (build reused)" : `, of which the build ${buildSeconds.toFixed(0)} s`) +
      (skipped.length > 0 ? `; skipped: ${skipped.map((s) => s.name).join(", ")}` : ""),
  );
  const file = `${RESULTS_DIR}/pray-${stamp}.json`;
  writeResults(file, {
    settings: { duration, connections, users: userCount, newUsers: newUserCount },
    source: fromHead ? `HEAD ${commit}` : "working tree",
    buildSeconds: reused ? null : buildSeconds,
    totalSeconds,
    targets: results,
    skipped,
  });
  console.log(`Results written to ${file}`);
  const failed = results.flatMap((t) =>
    [t.warmUp, ...t.phases]
      .filter((p) => !p.exact || p.non2xx > 0 || p.errors > 0)
      .map((p) => `${t.name}/${p.phase}`),
  );
  if (failed.length > 0) {
    console.error(`Not exact or not all 200: ${failed.join(", ")}`);
    process.exitCode = 1;
  }
}

runMain(main);
