// The local cluster (scripts/cluster): two app instances and a worker on PostgreSQL and Redis behind
// nginx. A bulletin published through one instance is on the other within 2 seconds; prayers
// through both are counted exactly; and when one instance is stopped under load, nginx routes around
// it with no error seen by a client and no acknowledged prayer lost.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { startCluster, type Cluster } from "../scripts/cluster/cluster";

const PORT = Number(process.env.CLUSTER_PORT ?? 3800);
const POSTGRES = process.env.DATABASE_URL?.startsWith("postgres")
  ? process.env.DATABASE_URL
  : "postgres://postgres@127.0.0.1:5432/test";
const PASSWORD = "a long enough password";
const COOKIE = "__Secure-authjs.session-token";

let cluster: Cluster;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  cluster = await startCluster({
    port: PORT,
    postgresUrl: POSTGRES,
    redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    distDir: ".next-cluster",
    build: process.env.CLUSTER_BUILD !== "0",
    logDir: "test-results/cluster",
    freshDatabase: true,
  });
});

test.afterAll(async () => {
  await cluster?.stop();
});

const instanceUrl = (n: number) => `http://127.0.0.1:${cluster.instances[n]!.port}`;

async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/account/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(response.status, `sign in ${email}`).toBe(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter((c) => c.startsWith(COOKIE))
    .join("; ");
}

async function signUp(email: string): Promise<string> {
  const response = await fetch(`${cluster.url}/api/account/sign-up`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Cluster member", email, password: PASSWORD }),
  });
  expect(response.status, `sign up ${email}`).toBe(201);
  return signIn(cluster.url, email);
}

function send(base: string, path: string, cookie: string, body: unknown) {
  return fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  });
}

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: cluster.databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

test("a bulletin published through one instance is on the other within 2 seconds", async () => {
  const email = `cluster-staff-${Date.now()}@example.test`;
  execFileSync(
    "npx",
    [
      "tsx",
      "--conditions=react-server",
      "scripts/user-add.ts",
      "--email",
      email,
      "--password",
      PASSWORD,
      "--role",
      "staff",
    ],
    { env: { ...process.env, DATABASE_URL: cluster.databaseUrl }, stdio: "ignore" },
  );
  const staff = await signIn(instanceUrl(0), email);
  // Both instances have the home page cached before the change.
  for (const n of [0, 1]) {
    await fetch(`${instanceUrl(n)}/`);
    expect((await fetch(`${instanceUrl(n)}/`)).headers.get("x-nextjs-cache")).toBe("HIT");
  }
  const title = `Cluster bulletin ${Date.now()}`;
  const created = await send(instanceUrl(0), "/api/staff/bulletins", staff, {
    title,
    verseText: "Let justice roll on like a river.",
    verseReference: "Amos 5:24",
    notes: [],
    items: [
      {
        region: "africa",
        country: "Ghana",
        kind: "request",
        title: "A hearing this week",
        body: "Pray for the court and for every witness.",
      },
    ],
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: number };
  const published = await send(instanceUrl(0), `/api/staff/bulletins/${id}/publish`, staff, {});
  expect(published.status).toBe(200);
  const at = Date.now();
  let seen = 0;
  while (Date.now() - at < 5_000) {
    if ((await (await fetch(`${instanceUrl(1)}/`)).text()).includes(title)) {
      seen = Date.now() - at;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.log(`published through instance 1, seen on instance 2 after ${seen} ms`);
  expect(seen).toBeGreaterThan(0);
  expect(seen).toBeLessThan(2_000);
});

test("prayers through both instances are counted exactly", async () => {
  const [request] = await query<{ id: number; prayer_count: number }>(
    "SELECT id, prayer_count FROM requests WHERE published_at IS NOT NULL ORDER BY id LIMIT 1",
  );
  const members = await Promise.all(
    Array.from({ length: 10 }, (_, i) => signUp(`cluster-both-${Date.now()}-${i}@example.test`)),
  );
  // Each member prays twice, once through each instance: one prayer each counts.
  const answers = await Promise.all(
    members.flatMap((cookie) =>
      [0, 1].map((n) => send(instanceUrl(n), "/api/prayers", cookie, { requestId: request!.id })),
    ),
  );
  expect(answers.map((a) => a.status).every((s) => s === 200)).toBe(true);
  const counts = await Promise.all(
    [0, 1].map(async (n) => {
      const body = (await (
        await fetch(`${instanceUrl(n)}/api/counts?ids=${request!.id}`)
      ).json()) as {
        counts: Record<string, { times: number; people: number }>;
      };
      return body.counts[String(request!.id)]?.times;
    }),
  );
  expect(counts).toEqual([request!.prayer_count + 10, request!.prayer_count + 10]);
});

test("one instance stopped under load: no error seen, no acknowledged prayer lost", async () => {
  test.setTimeout(120_000);
  const requests = await query<{ id: number }>(
    "SELECT id FROM requests WHERE published_at IS NOT NULL ORDER BY id",
  );
  const stamp = Date.now();
  const members = await Promise.all(
    Array.from({ length: 12 }, async (_, i) => {
      const email = `cluster-load-${stamp}-${i}@example.test`;
      return { email, cookie: await signUp(email) };
    }),
  );
  const acknowledged = new Set<string>();
  const failures: string[] = [];
  let answered = 0;
  const started = Date.now();
  // Twelve members pray through nginx, request after request (a repeat the same day is answered
  // and counts once), for six seconds.
  const loops = members.map(async ({ email, cookie }) => {
    for (let k = 0; Date.now() - started < 6_000; k++) {
      const requestId = requests[k % requests.length]!.id;
      try {
        const response = await send(cluster.url, "/api/prayers", cookie, { requestId });
        if (response.status !== 200) failures.push(`${response.status} ${await response.text()}`);
        else {
          answered += 1;
          acknowledged.add(`${email}|${requestId}`);
        }
      } catch (error) {
        failures.push(String(error));
      }
    }
  });
  // Two seconds in, the first instance is told to stop, as an orchestrator would.
  const stopped = new Promise<number | null>((resolve) =>
    setTimeout(() => resolve(cluster.stopInstance(cluster.instances[0]!)), 2_000),
  );
  await Promise.all(loops);
  expect(await stopped).toBe(0);
  console.log(`${answered} prayers answered through nginx while an instance stopped`);
  expect(failures).toEqual([]);
  expect(answered).toBeGreaterThan(100);
  // Every acknowledged prayer is in the database, once.
  const rows = await query<{ email: string; request_id: number }>(
    `SELECT u.email, p.request_id FROM prayers p JOIN users u ON u.id = p.user_id
     WHERE u.email LIKE $1`,
    [`cluster-load-${stamp}-%`],
  );
  const stored = rows.map((r) => `${r.email}|${r.request_id}`);
  expect(new Set(stored).size).toBe(stored.length);
  expect(new Set(stored)).toEqual(acknowledged);
});
