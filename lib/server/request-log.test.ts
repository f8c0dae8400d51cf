// The request log: one line per request with its id, route pattern and status, and nothing secret —
// a password in the body, a cookie, an authorization header, a token in the query or in an invite
// link's path never reach the output.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../log";
import { metricsRegistry } from "../metrics";
import { traceRequest } from "./request-log";
import { routeTable } from "./routes";

/** The shape of a Next.js build's routes-manifest.json, for a few of the app's routes. */
const routes = routeTable({
  staticRoutes: [{ page: "/" }, { page: "/unsubscribe" }, { page: "/api/prayers" }],
  dynamicRoutes: [
    { page: "/requests/[id]", regex: "^/requests/([^/]+?)(?:/)?$" },
    { page: "/join/[token]", regex: "^/join/([^/]+?)(?:/)?$" },
    { page: "/api/auth/[...nextauth]", regex: "^/api/auth/(.+?)(?:/)?$" },
  ],
});

let output = "";
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    output += chunk.toString("utf8");
    done();
  },
});
const logger = createLogger(sink, "debug");

function serve(trustedHops: number): Promise<Server> {
  const server = createServer((req, res) => {
    traceRequest(req, res, { logger, routes, trustedHops });
    // Read the whole body, as a route handler would, and answer with the id Next.js saw.
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      res.statusCode = req.url?.startsWith("/missing") ? 404 : 200;
      res.end(JSON.stringify({ seenId: req.headers["x-request-id"], bytes: chunks.length }));
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

let untrusted: Server;
let trusted: Server;
const base = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

beforeAll(async () => {
  untrusted = await serve(0);
  trusted = await serve(1);
});

afterAll(() => {
  untrusted.close();
  trusted.close();
});

/** The log lines written since `from`, parsed. */
function linesSince(from: number): Record<string, unknown>[] {
  return output
    .slice(from)
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The log is written once the response has finished on the server: wait for the line. */
async function lineFor(from: number, reqId: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 100; i++) {
    const line = linesSince(from).find((l) => l.reqId === reqId);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no log line for ${reqId}`);
}

describe("the request log", () => {
  it("never writes a password, cookie, authorization header or token", async () => {
    const from = output.length;
    const secrets = {
      password: "correct-horse-battery-staple",
      cookie: "session-cookie-value-0123456789",
      bearer: "bearer-secret-abcdef",
      token: "query-token-secret-xyz",
      invite: "invite-token-in-path-987",
      callbackToken: "callback-invite-secret-654",
      search: "Sunita of Sonagachi",
    };
    const response = await fetch(
      `${base(untrusted)}/unsubscribe?token=${secrets.token}&callbackUrl=/join/${secrets.callbackToken}&page=2&q=${encodeURIComponent(secrets.search)}`,
      {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Cookie: `authjs.session-token=${secrets.cookie}`,
          Authorization: `Bearer ${secrets.bearer}`,
        },
        body: JSON.stringify({ email: "someone@example.org", password: secrets.password }),
      },
    );
    expect(response.status).toBe(200);
    const reqId = response.headers.get("x-request-id")!;
    const line = await lineFor(from, reqId);
    expect(line).toMatchObject({
      level: "info",
      msg: "request",
      method: "POST",
      route: "/unsubscribe",
      path: "/unsubscribe",
      query: "token=[redacted]&callbackUrl=/join/[redacted]&page=2&q=[redacted]",
      status: 200,
      client: "127.0.0.1",
    });
    expect(typeof line.ms).toBe("number");

    const invite = await fetch(`${base(untrusted)}/join/${secrets.invite}`);
    await lineFor(from, invite.headers.get("x-request-id")!);
    const inviteLine = linesSince(from).find((l) => l.route === "/join/[token]");
    expect(inviteLine).toMatchObject({ path: "/join/[redacted]", status: 200 });

    const written = output.slice(from);
    for (const [what, secret] of Object.entries(secrets))
      expect(written, `${what} must not be logged`).not.toContain(secret);
    expect(written).not.toContain("someone@example.org");
  });

  it("names routes by their pattern, never by a raw id", async () => {
    const from = output.length;
    const response = await fetch(`${base(untrusted)}/requests/12345?x=1`);
    const line = await lineFor(from, response.headers.get("x-request-id")!);
    expect(line).toMatchObject({ route: "/requests/[id]", path: "/requests/12345" });
    const missing = await fetch(`${base(untrusted)}/missing/999`);
    const missingLine = await lineFor(from, missing.headers.get("x-request-id")!);
    expect(missingLine).toMatchObject({ route: "(unmatched)", status: 404 });
    const exposition = await metricsRegistry().metrics();
    expect(exposition).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/requests\/\[id\]",status_class="2xx"\} \d+/,
    );
    expect(exposition).not.toContain("12345");
    expect(exposition).not.toContain("/missing");
  });

  it("takes a request id only from a trusted proxy, and only a well-formed one", async () => {
    const id = "proxy-0123456789abcdef";
    const fromClient = await fetch(`${base(untrusted)}/`, { headers: { "X-Request-Id": id } });
    const chosen = fromClient.headers.get("x-request-id");
    expect(chosen).not.toBe(id);
    expect(chosen).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await fromClient.json()) as { seenId: string }).seenId).toBe(chosen);

    const fromProxy = await fetch(`${base(trusted)}/`, { headers: { "X-Request-Id": id } });
    expect(fromProxy.headers.get("x-request-id")).toBe(id);
    expect(((await fromProxy.json()) as { seenId: string }).seenId).toBe(id);

    const malformed = await fetch(`${base(trusted)}/`, {
      headers: { "X-Request-Id": "bad id\twith spaces" },
    });
    expect(malformed.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("redacts secret fields a caller hands the logger by mistake", () => {
    const from = output.length;
    logger.info(
      { password: "p4ssw0rd-leak", user: { token: "t0ken-leak" }, headers: { cookie: "c00kie" } },
      "careless",
    );
    const written = output.slice(from);
    expect(written).toContain("careless");
    for (const leak of ["p4ssw0rd-leak", "t0ken-leak", "c00kie"])
      expect(written).not.toContain(leak);
  });
});
