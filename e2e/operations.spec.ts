// Operations against a production server of its own (`node --import tsx server.ts` on a copy of the
// e2e build and a fresh database, as `npm start` runs it): liveness, readiness, metrics behind their
// token, request ids and the JSON request log, and the graceful stop — SIGTERM while a prayer is
// still being uploaded: that request completes with 200, new connections are refused, the process
// exits 0 within the deadline, and every prayer answered before or during the stop is in the
// database with counters that match.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import path from "node:path";
import { count, eq, inArray } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { prayers, requests, users } from "@/db/schema";
import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./fixtures";

const SECURITY_PORT = Number(process.env.E2E_SECURITY_PORT ?? 3110);
const PORT = Number(process.env.E2E_OPERATIONS_PORT ?? SECURITY_PORT + 5);
const BASE = `http://127.0.0.1:${PORT}`;
const ROOT = process.cwd();
const SECRET = "e2e-only-secret-0123456789abcdefghijklmnop";
const METRICS_TOKEN = "e2e-metrics-token-0123456789abcdef";
/** server.ts gives requests, jobs and connections 25 s; the test allows a little more to observe. */
const STOP_DEADLINE_MS = 27_000;

interface OperationsServer {
  child: ChildProcess;
  databaseUrl: string;
  /** Everything the server wrote to stdout: its JSON log. */
  log: () => Record<string, unknown>[];
  exited: Promise<number | null>;
}

function freshDatabase(): string {
  if (process.env.DATABASE_URL?.startsWith("postgres")) {
    return execFileSync(
      "npx",
      ["tsx", "scripts/fresh-postgres-db.ts", "intercede_e2e_operations"],
      { cwd: ROOT, encoding: "utf8" },
    ).trim();
  }
  for (const suffix of ["", "-wal", "-shm"])
    rmSync(`data/e2e-operations.db${suffix}`, { force: true });
  return "file:data/e2e-operations.db";
}

async function startServer(): Promise<OperationsServer> {
  const source = process.env.NEXT_DIST_DIR || ".next-e2e";
  const distDir = `${source}-operations`;
  rmSync(distDir, { recursive: true, force: true });
  if (!existsSync(source)) throw new Error(`${source} is missing: the e2e web server builds it`);
  cpSync(source, distDir, {
    recursive: true,
    filter: (from) => !from.startsWith(path.join(source, "cache")),
  });
  const databaseUrl = freshDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: distDir,
    AUTH_SECRET: SECRET,
    APP_URL: BASE,
    PORT: String(PORT),
    HOST: "127.0.0.1",
    TRUSTED_PROXIES: "",
    SMTP_URL: "",
    METRICS_TOKEN,
    LOG_LEVEL: "info",
  };
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/db-setup.ts"], {
    cwd: ROOT,
    env,
    stdio: "ignore",
  });
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    const ok = await fetch(`${BASE}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error("the operations server did not start in 60 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    child,
    databaseUrl,
    exited,
    log: () =>
      stdout
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** A new member, signed up and signed in through the API: their session cookie. */
async function signedInMember(): Promise<{ email: string; cookie: string }> {
  const email = uniqueEmail("operations");
  const password = "operations-pass-123";
  const json = (body: object) => ({
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const signUp = await fetch(`${BASE}/api/account/sign-up`, json({ name: "Ops", email, password }));
  expect(signUp.status).toBe(201);
  const signIn = await fetch(`${BASE}/api/account/sign-in`, json({ email, password }));
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  expect(cookie).toContain("session-token=");
  return { email, cookie };
}

/**
 * POST /api/prayers whose body arrives in two parts: the headers and half the body now, the rest
 * when `finish()` is called. Until then the request is in flight on the server.
 */
function trickledPrayer(cookie: string, requestId: number) {
  const body = Buffer.from(JSON.stringify({ requestId }));
  const half = Math.floor(body.length / 2);
  let answered = false;
  const req = httpRequest({
    host: "127.0.0.1",
    port: PORT,
    path: "/api/prayers",
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "Content-Length": String(body.length),
      Cookie: cookie,
    },
  });
  const answer = new Promise<{ status: number; json: Record<string, unknown> }>(
    (resolve, reject) => {
      req.on("response", (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            json: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>,
          }),
        );
      });
      req.on("error", reject);
    },
  );
  req.flushHeaders();
  req.write(body.subarray(0, half));
  return {
    answer,
    answered: () => answered,
    finish: () => req.end(body.subarray(half)),
  };
}

function connectionRefused(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(PORT, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

let server: OperationsServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startServer();
});

test.afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill("SIGKILL");
    await server.exited;
  }
});

test("liveness, readiness and metrics behind their token", async () => {
  const health = await fetch(`${BASE}/api/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok" });

  const ready = await fetch(`${BASE}/api/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toMatchObject({
    status: "ready",
    checks: { database: { ok: true }, queue: { ok: true } },
  });

  expect((await fetch(`${BASE}/api/metrics`)).status).toBe(401);
  const wrong = await fetch(`${BASE}/api/metrics`, {
    headers: { Authorization: `Bearer ${METRICS_TOKEN}x` },
  });
  expect(wrong.status).toBe(401);
  // Read to the end: a request is observed when its response has finished, which for a page
  // rendered the first time (streamed) comes after fetch() has resolved with its headers.
  for (const id of [1, 2])
    expect((await (await fetch(`${BASE}/requests/${id}`)).text()).length).toBeGreaterThan(0);
  const readMetrics = async () => {
    const metrics = await fetch(`${BASE}/api/metrics`, {
      headers: { Authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(metrics.status).toBe(200);
    return metrics.text();
  };
  // Observed by server.ts, exposed by a route handler: one registry in the process.
  await expect
    .poll(readMetrics)
    .toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/requests\/\[id\]",status_class="2xx"\} 2/,
    );
  const text = await readMetrics();
  expect(text).toMatch(/^prayers_recorded_total \d+$/m);
  expect(text).toMatch(/^jobs_waiting \d+$/m);
  expect(text).toContain("process_resident_memory_bytes");
  expect(text).not.toContain('/requests/1"');
});

test("every response carries a request id, and the log has one line per request", async () => {
  // No trusted proxy: a client's own X-Request-Id is replaced.
  const response = await fetch(`${BASE}/requests?page=2&token=not-for-the-log`, {
    headers: { "X-Request-Id": "client-chosen-id-12345" },
  });
  const id = response.headers.get("x-request-id");
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await expect
    .poll(() => server.log().find((line) => line.reqId === id))
    .toMatchObject({
      msg: "request",
      method: "GET",
      route: "/requests",
      path: "/requests",
      query: "page=2&token=[redacted]",
      status: 200,
    });
  const all = JSON.stringify(server.log());
  expect(all).not.toContain("not-for-the-log");
  expect(all).not.toContain("client-chosen-id-12345");
});

test("SIGTERM: the prayer in flight is recorded, new connections are refused, exit 0", async () => {
  test.setTimeout(90_000);
  const { email, cookie } = await signedInMember();
  const db = await openDatabase(server.databaseUrl);
  try {
    const ids = (await db.db.select({ id: requests.id }).from(requests).orderBy(requests.id)).map(
      (r) => r.id,
    );
    expect(ids.length).toBeGreaterThan(3);
    const [inFlightId, ...earlier] = ids;

    // Prayers answered before the signal, several at once.
    const answers = await Promise.all(
      earlier.map((requestId) =>
        fetch(`${BASE}/api/prayers`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Cookie: cookie },
          body: JSON.stringify({ requestId }),
        }).then(async (r) => ({
          status: r.status,
          json: (await r.json()) as { recorded?: boolean },
        })),
      ),
    );
    for (const answer of answers)
      expect(answer).toMatchObject({ status: 200, json: { recorded: true } });

    const inFlight = trickledPrayer(cookie, inFlightId!);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const signalled = Date.now();
    server.child.kill("SIGTERM");
    await expect.poll(connectionRefused, { timeout: 5_000 }).toBe(true);
    expect(inFlight.answered()).toBe(false);
    expect(server.child.exitCode).toBeNull();

    inFlight.finish();
    expect(await inFlight.answer).toMatchObject({ status: 200, json: { recorded: true } });
    const code = await Promise.race([
      server.exited,
      new Promise<"late">((resolve) => setTimeout(() => resolve("late"), STOP_DEADLINE_MS)),
    ]);
    expect(code).toBe(0);
    console.log(
      `SIGTERM to exit 0: ${Date.now() - signalled} ms, with a prayer still uploading at the signal`,
    );

    // Nothing lost: every answered prayer is a row, and the counters agree with the rows.
    const [person] = await db.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const mine = await db.db
      .select({ requestId: prayers.requestId })
      .from(prayers)
      .where(eq(prayers.userId, person!.id));
    expect(mine.map((p) => p.requestId).sort((a, b) => a - b)).toEqual(
      [...ids].sort((a, b) => a - b),
    );
    const counters = await db.db
      .select({ id: requests.id, times: requests.prayerCount })
      .from(requests)
      .where(inArray(requests.id, ids));
    for (const counter of counters) {
      const [rows] = await db.db
        .select({ n: count() })
        .from(prayers)
        .where(eq(prayers.requestId, counter.id));
      expect(counter.times, `request ${counter.id}`).toBe(Number(rows?.n));
    }
  } finally {
    await db.close();
  }

  // The log tells the story in order: the signal, the request in flight, then each step.
  const log = server.log();
  const at = (predicate: (line: Record<string, unknown>) => boolean) => log.findIndex(predicate);
  const signal = at((l) => l.signal === "SIGTERM");
  const prayer = at((l) => l.route === "/api/prayers" && l.status === 200 && Number(l.ms) >= 400);
  const drained = at((l) => l.msg === "shutdown: requests finished");
  const database = at((l) => l.step === "database" && l.msg === "shutdown: step done");
  const stopped = at((l) => l.msg === "stopped" && l.clean === true);
  expect(signal).toBeGreaterThanOrEqual(0);
  expect(prayer).toBeGreaterThan(signal);
  // The in-flight prayer was answered before the drain ended (its 200 and its row are checked
  // above); its access log line is written on the response's "finish", which under load can land
  // after the drain's line or even the database's, so it is ordered only after the signal. The
  // database closes after the drain, which waits for every request.
  expect(drained).toBeGreaterThan(signal);
  expect(at((l) => l.step === "jobs" && l.msg === "shutdown: step done")).toBeGreaterThan(drained);
  expect(database).toBeGreaterThan(drained);
  expect(stopped).toBeGreaterThan(database);
  expect(JSON.stringify(log)).not.toContain("operations-pass-123");
});
