// Tried as an attacker would, against production builds: bodies that never end, sprays and lockouts
// from one address, enumeration by time, open redirects, headers, unknown ids, replayed cookies.
// Most of it runs against a second server started as production runs by default (no trusted proxy:
// X-Forwarded-For is ignored), reached from chosen loopback addresses (127.0.0.x) so that each test
// is its own client. The replayed-cookie tests run against the main e2e server.
import { randomInt } from "node:crypto";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { connect } from "node:net";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { nonceMarker } from "@/lib/server/csp";
import { expect, test, uniqueEmail } from "./fixtures";
import {
  folderBytes,
  residentBytes,
  startSecurityServer,
  type SecurityServer,
} from "./security-server";
import { E2E_USERS } from "./users";

const PORT = Number(process.env.E2E_SECURITY_PORT ?? 3110);
const SINK = `http://127.0.0.1:${process.env.SMTP_SINK_HTTP_PORT ?? 3126}`;
const MB = 1024 * 1024;

let server: SecurityServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startSecurityServer(PORT);
});

test.afterAll(async () => {
  await server?.stop();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  ms: number;
}

/**
 * One HTTP request from a chosen local address. With `stream`, that many bytes of body are sent
 * (with a Content-Length, or chunked) over a raw socket, until the server answers: a server that
 * refuses early may close the connection while the client is still sending, and what counts is the
 * status it answered with.
 */
function send(options: {
  path: string;
  method?: string;
  from?: string;
  headers?: Record<string, string>;
  body?: string;
  stream?: { bytes: number; declared: boolean };
}): Promise<Answer> {
  if (options.stream) return sendStream({ ...options, stream: options.stream });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined)
      headers["content-length"] = String(Buffer.byteLength(options.body));
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: PORT,
        path: options.path,
        method: options.method ?? "POST",
        localAddress: options.from,
        headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString("utf8"),
            ms: performance.now() - started,
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

function sendStream(options: {
  path: string;
  method?: string;
  from?: string;
  headers?: Record<string, string>;
  stream: { bytes: number; declared: boolean };
}): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port: PORT, localAddress: options.from });
    let received = "";
    let done = false;
    const finish = () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
      if (done) return;
      done = true;
      socket.destroy();
      if (!status) reject(new Error(`no answer to ${options.path}`));
      else resolve({ status, headers: {}, text: received, ms: performance.now() - started });
    };
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString("latin1");
      if (received.includes("\r\n\r\n")) finish();
    });
    socket.on("error", () => setTimeout(finish, 100));
    socket.on("close", () => setTimeout(finish, 100));
    socket.on("connect", () => {
      const head = [
        `${options.method ?? "POST"} ${options.path} HTTP/1.1`,
        `Host: 127.0.0.1:${PORT}`,
        ...Object.entries(options.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
        options.stream.declared
          ? `Content-Length: ${options.stream.bytes}`
          : "Transfer-Encoding: chunked",
        "",
        "",
      ].join("\r\n");
      socket.write(head);
      const piece = Buffer.alloc(64 * 1024, 97);
      const chunk = options.stream.declared
        ? piece
        : Buffer.concat([
            Buffer.from(`${piece.length.toString(16)}\r\n`),
            piece,
            Buffer.from("\r\n"),
          ]);
      let sent = 0;
      const pump = () => {
        while (!done && !socket.destroyed && sent < options.stream.bytes) {
          sent += piece.length;
          if (!socket.write(chunk)) return void socket.once("drain", pump);
        }
        if (!done && !socket.destroyed && !options.stream.declared) socket.write("0\r\n\r\n");
      };
      pump();
    });
  });
}

const json = (body: unknown) => ({
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

test.describe("bodies", () => {
  test("three 64 MB bodies at once are refused within a second; memory grows < 50 MB", async () => {
    // Warm the routes first, so that compiling and first renders do not count as growth.
    for (const path of ["/api/prayers", "/api/auth/callback/credentials", "/api/unsubscribe"])
      await send({ path, ...json({}) });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = residentBytes(server.pid);
    const started = performance.now();
    const answers = await Promise.all([
      send({
        path: "/api/prayers",
        headers: { "content-type": "application/json" },
        stream: { bytes: 64 * MB, declared: false },
      }),
      send({
        path: "/api/auth/callback/credentials",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        stream: { bytes: 64 * MB, declared: false },
      }),
      send({
        path: "/api/unsubscribe?token=x",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        stream: { bytes: 64 * MB, declared: true },
      }),
    ]);
    const elapsed = performance.now() - started;
    expect(answers.map((a) => a.status)).toEqual([413, 413, 413]);
    expect(elapsed).toBeLessThan(1_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const grown = residentBytes(server.pid) - before;
    console.log(
      `three 64 MB bodies: refused in ${Math.round(elapsed)} ms, memory +${(grown / MB).toFixed(1)} MB`,
    );
    expect(grown).toBeLessThan(50 * MB);
  });

  test("a 1 GB body never yields a 500, on any kind of route", async () => {
    test.setTimeout(60_000);
    const cases = [
      { path: "/", declared: true },
      { path: "/", declared: false },
      { path: "/requests", declared: false },
      { path: "/api/staff/bulletins", declared: false },
      { path: "/api/account/sign-up", declared: true },
      { path: "/api/auth/signout", declared: false },
    ];
    for (const c of cases) {
      const answer = await send({
        path: c.path,
        headers: { "content-type": "application/json" },
        stream: { bytes: 1024 * MB, declared: c.declared },
      });
      expect(
        answer.status,
        `${c.path} ${c.declared ? "with" : "without"} a length`,
      ).toBeGreaterThanOrEqual(400);
      expect(answer.status, `${c.path} ${c.declared ? "with" : "without"} a length`).toBeLessThan(
        500,
      );
    }
    // The server is still there and well.
    expect((await send({ path: "/api/health", method: "GET" })).status).toBe(200);
  });
});

test.describe("limits that fit churches", () => {
  const password = "a long enough password";

  test("a spray of wrong passwords at 40 accounts meets 429, whatever X-Forwarded-For says", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const answer = await send({
        path: "/api/account/sign-in",
        from: "127.0.0.2",
        ...json({ email: uniqueEmail(`spray${i}`), password: `guess ${i}` }),
        headers: {
          "content-type": "application/json",
          "x-forwarded-for": `203.0.113.${i + 1}`,
        },
      });
      statuses.push(answer.status);
    }
    expect(statuses.slice(0, 25).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(25).every((s) => s === 429)).toBe(true);
    // Over the limit, even the right password for a real account is not checked.
    expect(
      (
        await send({
          path: "/api/account/sign-in",
          from: "127.0.0.2",
          ...json({ email: E2E_USERS.member.email, password: E2E_USERS.member.password }),
        })
      ).status,
    ).toBe(429);
  });

  test("60 people sign up and sign in from one church's address within a minute", async () => {
    test.setTimeout(120_000);
    const started = Date.now();
    const people = Array.from({ length: 60 }, (_, i) => uniqueEmail(`congregant${i}`));
    const results: number[] = [];
    // Six at a time, as people at a service would, one after the other.
    for (let i = 0; i < people.length; i += 6) {
      const batch = people.slice(i, i + 6);
      const signedUp = await Promise.all(
        batch.map((email) =>
          send({
            path: "/api/account/sign-up",
            from: "127.0.0.3",
            ...json({ name: "Congregant", email, password }),
          }),
        ),
      );
      const signedIn = await Promise.all(
        batch.map((email) =>
          send({ path: "/api/account/sign-in", from: "127.0.0.3", ...json({ email, password }) }),
        ),
      );
      results.push(...signedUp.map((a) => a.status), ...signedIn.map((a) => a.status));
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`60 sign-ups and 60 sign-ins from one address in ${seconds.toFixed(1)} s`);
    expect(results.filter((s) => s !== 200 && s !== 201)).toEqual([]);
    expect(seconds).toBeLessThan(60);
  });

  test("a stranger cannot lock the owner out", async () => {
    const email = uniqueEmail("owner");
    expect(
      (
        await send({
          path: "/api/account/sign-up",
          from: "127.0.0.4",
          ...json({ name: "Olu Owner", email, password }),
        })
      ).status,
    ).toBe(201);
    const strangerStatuses: number[] = [];
    for (let i = 0; i < 8; i++)
      strangerStatuses.push(
        (
          await send({
            path: "/api/account/sign-in",
            from: "127.0.0.5",
            ...json({ email, password: `not it ${i}` }),
          })
        ).status,
      );
    expect(strangerStatuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    const owner = await send({
      path: "/api/account/sign-in",
      from: "127.0.0.4",
      ...json({ email, password }),
    });
    expect(owner.status).toBe(200);
  });
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

test.describe("nothing to enumerate by time", () => {
  const password = "a long enough password";
  let existing: string[] = [];

  test.beforeAll(async () => {
    existing = Array.from({ length: 8 }, () => uniqueEmail("known"));
    for (const email of existing)
      await send({
        path: "/api/account/sign-up",
        from: "127.0.0.6",
        ...json({ name: "Known Person", email, password }),
      });
  });

  test("forgot-password: the same words and the same time, account or not (40 pairs)", async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    const bodies = new Set<string>();
    const ask = async (email: string) => {
      const answer = await send({
        path: "/api/account/forgot-password",
        from: "127.0.0.7",
        ...json({ email }),
      });
      // The e-mail is written after the answer: let that finish before the next request is timed.
      await new Promise((resolve) => setTimeout(resolve, 30));
      return answer;
    };
    for (let i = 0; i < 42; i++) {
      // Alternate which goes first, so that neither is always timed just after the other.
      const knownFirst = i % 2 === 0;
      const first = await ask(knownFirst ? existing[i % existing.length]! : uniqueEmail("nobody"));
      const second = await ask(knownFirst ? uniqueEmail("nobody") : existing[i % existing.length]!);
      const [a, b] = knownFirst ? [first, second] : [second, first];
      expect([a.status, b.status]).toEqual([200, 200]);
      bodies.add(a.text).add(b.text);
      // The first pairs warm the route up.
      if (i >= 2) {
        known.push(a.ms);
        unknown.push(b.ms);
      }
    }
    expect(bodies.size).toBe(1);
    const [k, u] = [median(known), median(unknown)];
    console.log(`forgot-password medians: account ${k.toFixed(2)} ms, none ${u.toFixed(2)} ms`);
    expect(Math.abs(k - u) / Math.max(k, u)).toBeLessThan(0.2);
  });

  test("sign-in: a wrong password and an unknown address take the same time (40 pairs)", async () => {
    test.setTimeout(90_000);
    const known: number[] = [];
    const unknown: number[] = [];
    const bodies = new Set<string>();
    for (let i = 0; i < 42; i++) {
      // Each pair from its own address, so that no limit is reached.
      const from = `127.0.1.${i + 1}`;
      const a = await send({
        path: "/api/account/sign-in",
        from,
        ...json({ email: existing[i % existing.length], password: "wrong password" }),
      });
      const b = await send({
        path: "/api/account/sign-in",
        from,
        ...json({ email: uniqueEmail("nobody"), password: "wrong password" }),
      });
      expect([a.status, b.status]).toEqual([401, 401]);
      bodies.add(a.text).add(b.text);
      if (i >= 2) {
        known.push(a.ms);
        unknown.push(b.ms);
      }
    }
    expect(bodies.size).toBe(1);
    const [k, u] = [median(known), median(unknown)];
    console.log(`sign-in medians: account ${k.toFixed(1)} ms, none ${u.toFixed(1)} ms`);
    expect(Math.abs(k - u) / Math.max(k, u)).toBeLessThan(0.2);
  });
});

test.describe("pages and headers", () => {
  test("unknown request and bulletin ids add nothing to the page cache (1,000 of them)", async () => {
    test.setTimeout(120_000);
    // Warm both routes with a real page first.
    await send({ path: "/requests/1", method: "GET" });
    await send({ path: "/bulletins/1", method: "GET" });
    const before = folderBytes(server.distDir);
    for (let i = 0; i < 500; i++) {
      const id = 900_000 + i;
      const [r, b] = await Promise.all([
        send({ path: `/requests/${id}`, method: "GET" }),
        send({ path: `/bulletins/${id}`, method: "GET" }),
      ]);
      expect([r.status, b.status]).toEqual([404, 404]);
    }
    const grown = folderBytes(server.distDir) - before;
    console.log(`1,000 unknown ids: build folder +${grown} bytes`);
    expect(grown).toBeLessThan(MB);
  });

  test("every response carries a fresh nonce-based CSP; the marker never leaves the server", async () => {
    const marker = nonceMarker("e2e-only-secret-0123456789abcdefghijklmnop");
    const nonces = new Set<string>();
    for (const path of ["/", "/", "/requests", "/requests/1", "/pray", "/sign-in", "/nope"]) {
      const answer = await send({ path, method: "GET" });
      const policy = String(answer.headers["content-security-policy"] ?? "");
      const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? "";
      expect(scriptSrc, path).not.toContain("unsafe-inline");
      expect(policy, path).toContain("frame-ancestors 'none'");
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
      expect(nonce, path).toBeTruthy();
      nonces.add(nonce!);
      const scripts = answer.text.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
      expect(answer.text, path).not.toContain(marker);
      expect(answer.headers["strict-transport-security"], path).toContain("max-age=");
      expect(answer.headers["cross-origin-opener-policy"], path).toBe("same-origin");
      expect(answer.headers["x-frame-options"], path).toBe("DENY");
      expect(answer.headers["etag"], path).toBeUndefined();
    }
    expect(nonces.size).toBe(7);
    // The flight data fetched on client navigation does not carry the marker either.
    let flight = await send({ path: "/requests", method: "GET", headers: { rsc: "1" } });
    // Next.js sends a flight request without its cache-busting parameter to the address with one.
    if (flight.status === 307)
      flight = await send({
        path: String(flight.headers.location),
        method: "GET",
        headers: { rsc: "1" },
      });
    expect(flight.status).toBe(200);
    expect(flight.headers["content-type"]).toContain("text/x-component");
    expect(flight.text).not.toContain(marker);
  });

  test("a client cannot choose the nonce a page is rendered with", async () => {
    const answer = await send({
      path: "/requests?region=africa",
      method: "GET",
      headers: { "content-security-policy": "script-src 'nonce-attackerchosen00000000'" },
    });
    expect(answer.text).not.toContain("attackerchosen");
  });

  test("writes from another origin are refused; forwarded headers count for nothing", async () => {
    const body = json({ requestId: 1 });
    const evil = await send({
      path: "/api/prayers",
      ...body,
      headers: { ...body.headers, origin: "http://evil.example" },
    });
    expect(evil.status).toBe(403);
    const forwarded = await send({
      path: "/api/prayers",
      ...body,
      headers: {
        ...body.headers,
        origin: "http://evil.example",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "http",
      },
    });
    expect(forwarded.status).toBe(403);
    const own = await send({
      path: "/api/prayers",
      ...body,
      headers: { ...body.headers, origin: `http://127.0.0.1:${PORT}` },
    });
    expect(own.status).toBe(401);
  });

  test("Auth.js builds its links from APP_URL, not from the Host a client sends", async () => {
    const answer = await send({
      path: "/api/auth/providers",
      method: "GET",
      headers: { host: "evil.example", "x-forwarded-host": "evil.example" },
    });
    expect(answer.status).toBe(200);
    // Next.js writes a loopback address (APP_URL here is 127.0.0.1) as "localhost".
    expect(answer.text).toMatch(new RegExp(`http://(127\\.0\\.0\\.1|localhost):${PORT}/api/auth/`));
    expect(answer.text).not.toContain("evil.example");
  });
});

// ---- against the main e2e server --------------------------------------------------------------

test.describe("no open redirects", () => {
  const payloads = [
    "//evil.example",
    "/\\evil.example",
    "/%09/evil.example",
    "/%0A/evil.example",
    "https:evil.example",
    "http:evil.example",
    "%2F%2Fevil.example",
    "/%5Cevil.example",
    "https://evil.example",
    "/.//evil.example",
    "javascript:alert(document.domain)",
  ];

  test("after signing in, callbackUrl never leaves the site", async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const email = uniqueEmail("redirected");
    const password = "a long enough password";
    expect(
      (
        await page.request.post("/api/account/sign-up", {
          data: { name: "Reda Redirect", email, password },
        })
      ).status(),
    ).toBe(201);
    const origin = new URL(baseURL!).origin;
    for (const payload of payloads) {
      await test.step(payload, async () => {
        await page.context().clearCookies();
        // The payload as it would sit in a link: raw, so that %09 reaches the server as a tab.
        await page.goto(`/sign-in?callbackUrl=${payload.replace(/[&#]/g, encodeURIComponent)}`);
        await page.getByLabel("Email").fill(email);
        await page.getByLabel("Password").fill(password);
        await page.getByRole("button", { name: "Sign in" }).click();
        // Signed in, the browser leaves the sign-in page: for each payload, to our home page.
        await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
        await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
        expect(new URL(page.url()).origin, payload).toBe(origin);
        // "http:evil.example" on an http site is, to the URL parser as to a browser, a path here.
        expect(["/", "/evil.example"], payload).toContain(new URL(page.url()).pathname);
      });
    }
  });

  test("Auth.js's own redirects stay on the site", async ({ request, baseURL }) => {
    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signOut = await request.post("/api/auth/signout", {
      form: { csrfToken: csrf.csrfToken, callbackUrl: "https://evil.example/" },
      headers: { "x-auth-return-redirect": "1" },
      maxRedirects: 0,
    });
    const target = new URL(
      signOut.headers()["location"] ?? ((await signOut.json()) as { url?: string }).url ?? "",
      baseURL,
    );
    const own = new URL(baseURL!);
    // Next.js writes a loopback address as "localhost"; any other host would be a way off the site.
    expect(["localhost", own.hostname]).toContain(target.hostname);
    expect(target.port).toBe(own.port);
  });
});

test.describe("sessions that end: an earlier cookie is worthless after", () => {
  const password = "a long enough password";

  async function client(
    baseURL: string | undefined,
    storageState?: string | Awaited<ReturnType<APIRequestContext["storageState"]>>,
  ) {
    return playwrightRequest.newContext({
      baseURL,
      storageState,
      extraHTTPHeaders: { "x-forwarded-for": `10.77.${randomInt(256)}.${randomInt(1, 255)}` },
    });
  }

  async function signedUp(baseURL: string | undefined, label: string) {
    const email = uniqueEmail(label);
    const first = await client(baseURL);
    expect(
      (
        await first.post("/api/account/sign-up", {
          data: { name: `Sam ${label}`, email, password },
        })
      ).status(),
    ).toBe(201);
    // The same session cookie, copied to a second client: the one an attacker would replay.
    const copy = await client(baseURL, await first.storageState());
    return { email, first, copy };
  }

  async function expectSignedOut(context: APIRequestContext) {
    const counts = (await (await context.get("/api/counts?ids=1")).json()) as { signedIn: boolean };
    expect(counts.signedIn).toBe(false);
    expect((await context.post("/api/prayers", { data: { requestId: 1 } })).status()).toBe(401);
    const page = await context.get("/me", { maxRedirects: 0 });
    expect(page.status()).toBeGreaterThanOrEqual(300);
    expect(page.status()).toBeLessThan(400);
  }

  async function expectSignedIn(context: APIRequestContext) {
    const counts = (await (await context.get("/api/counts?ids=1")).json()) as { signedIn: boolean };
    expect(counts.signedIn).toBe(true);
  }

  /** The person's id, as their own session reports it. */
  async function idOf(context: APIRequestContext): Promise<string> {
    const session = (await (await context.get("/api/auth/session")).json()) as {
      user?: { id?: string };
    };
    if (!session.user?.id) throw new Error("not signed in");
    return session.user.id;
  }

  test("signing out", async ({ baseURL }) => {
    const { first, copy } = await signedUp(baseURL, "signout");
    await expectSignedIn(copy);
    const csrf = (await (await first.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await first.post("/api/auth/signout", { form: { csrfToken: csrf.csrfToken } });
    await expectSignedOut(copy);
  });

  test("changing the password (this browser stays signed in)", async ({ baseURL }) => {
    const { first, copy } = await signedUp(baseURL, "newpass");
    const changed = await first.post("/api/me/password", {
      data: { currentPassword: password, newPassword: "another long password" },
    });
    expect(changed.status()).toBe(200);
    await expectSignedOut(copy);
    await expectSignedIn(first);
  });

  test("resetting the password by the e-mailed link", async ({ baseURL }) => {
    const { email, first, copy } = await signedUp(baseURL, "reset");
    expect((await first.post("/api/account/forgot-password", { data: { email } })).status()).toBe(
      200,
    );
    let token: string | undefined;
    await expect
      .poll(async () => {
        const messages = (await (await first.get(`${SINK}/messages?to=${email}`)).json()) as {
          text: string;
        }[];
        token = /reset-password\?token=([\w-]+)/.exec(messages.at(-1)?.text ?? "")?.[1];
        return Boolean(token);
      })
      .toBe(true);
    const reset = await first.post("/api/account/reset-password", {
      data: { token, password: "a brand new password" },
    });
    expect(reset.status()).toBe(200);
    await expectSignedOut(copy);
    await expectSignedOut(first);
  });

  test("signing out everywhere", async ({ baseURL }) => {
    const { first, copy } = await signedUp(baseURL, "everywhere");
    expect((await first.post("/api/me/sign-out-everywhere", { data: {} })).status()).toBe(200);
    await expectSignedOut(copy);
    await expectSignedOut(first);
  });

  test("a role change, and a demoted leader loses church powers", async ({ baseURL }) => {
    const { email, first, copy } = await signedUp(baseURL, "leader");
    const admin = await client(baseURL, "e2e/.auth/admin.json");
    const id = await idOf(first);
    expect(
      (await admin.patch(`/api/admin/users/${id}`, { data: { role: "leader" } })).status(),
    ).toBe(200);
    await expectSignedOut(copy);
    // Signed in again as a leader: registers a church and may invite.
    const leader = await client(baseURL);
    expect(
      (await leader.post("/api/account/sign-in", { data: { email, password } })).status(),
    ).toBe(200);
    const church = await leader.post("/api/churches", {
      data: { name: "Demotion Test Chapel", city: "Leeds", country: "United Kingdom" },
    });
    expect(church.status()).toBe(201);
    const { churchId } = (await church.json()) as { churchId: number };
    expect((await leader.post(`/api/churches/${churchId}/invites`, { data: {} })).status()).toBe(
      201,
    );
    // Demoted to member: the leader's cookie is worthless, and signed in again they cannot invite.
    expect(
      (await admin.patch(`/api/admin/users/${id}`, { data: { role: "member" } })).status(),
    ).toBe(200);
    await expectSignedOut(leader);
    const member = await client(baseURL);
    expect(
      (await member.post("/api/account/sign-in", { data: { email, password } })).status(),
    ).toBe(200);
    expect((await member.post(`/api/churches/${churchId}/invites`, { data: {} })).status()).toBe(
      403,
    );
    await admin.dispose();
    await first.dispose();
  });

  test("deactivation (and no signing in until reactivated)", async ({ baseURL }) => {
    const { email, first, copy } = await signedUp(baseURL, "deactivated");
    const admin = await client(baseURL, "e2e/.auth/admin.json");
    const id = await idOf(first);
    expect(
      (await admin.patch(`/api/admin/users/${id}`, { data: { active: false } })).status(),
    ).toBe(200);
    await expectSignedOut(copy);
    const again = await client(baseURL);
    const refused = await again.post("/api/account/sign-in", { data: { email, password } });
    expect(refused.status()).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toBe("Wrong email or password.");
    expect((await admin.patch(`/api/admin/users/${id}`, { data: { active: true } })).status()).toBe(
      200,
    );
    expect((await again.post("/api/account/sign-in", { data: { email, password } })).status()).toBe(
      200,
    );
    await admin.dispose();
  });
});
