// The graceful stop, on a plain HTTP server: a request in flight finishes with its answer, new
// connections are refused at once, idle keep-alive connections close, and the steps after it (jobs,
// Next.js, database) run in order only once the last request is done — within the deadline.
import { createServer, request, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../log";
import { drainOnStop, stopGracefully } from "./shutdown";

const quiet = createLogger(new Writable({ write: (_c, _e, done) => done() }), "silent");

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
}

function get(port: number, path: string, agent?: unknown) {
  return new Promise<{ status: number; body: string; connection: string | undefined }>(
    (resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path, agent: agent as never }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }),
        );
      });
      req.on("error", reject);
      req.end();
    },
  );
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("stopping gracefully", () => {
  it("finishes the request in flight, refuses new ones, then runs the steps in order", async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const events: string[] = [];
    const server = createServer((req, res) => {
      if (req.url === "/slow")
        void slow.then(() => {
          events.push("slow request answered");
          res.end("done");
        });
      else res.end("quick");
    });
    const drain = drainOnStop(server);
    const port = await listen(server);

    // An idle keep-alive connection must not hold the stop up.
    const { Agent } = await import("node:http");
    const keepAlive = new Agent({ keepAlive: true });
    expect((await get(port, "/quick", keepAlive)).body).toBe("quick");

    const inFlight = get(port, "/slow");
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = stopGracefully(
      server,
      drain,
      [
        { name: "jobs", run: async () => void events.push("jobs stopped") },
        {
          name: "broken",
          run: () => {
            throw new Error("a failing step does not stop the rest");
          },
        },
        { name: "database", run: async () => void events.push("database closed") },
      ],
      quiet,
      5_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await canConnect(port)).toBe(false);
    expect(events).toEqual([]);

    release();
    const answer = await inFlight;
    expect(answer).toMatchObject({ status: 200, body: "done", connection: "close" });
    expect(await stopped).toBe(true);
    expect(events).toEqual(["slow request answered", "jobs stopped", "database closed"]);
    keepAlive.destroy();
  });

  it("gives up at the deadline when a request never ends", async () => {
    const server = createServer(() => undefined);
    const drain = drainOnStop(server);
    const port = await listen(server);
    const hanging = get(port, "/forever").catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    expect(await stopGracefully(server, drain, [], quiet, 300)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
    server.closeAllConnections();
    await hanging;
  });
});
