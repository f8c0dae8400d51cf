// A second production server for e2e/security.spec.ts, started the way `npm start` runs in
// production by default: no trusted proxy (X-Forwarded-For is the client's own claim and ignored),
// its own copy of the e2e build (so its page cache can be measured alone) and its own database.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

export interface SecurityServer {
  url: string;
  pid: number;
  distDir: string;
  stop(): Promise<void>;
}

const ROOT = process.cwd();
const SECRET = "e2e-only-secret-0123456789abcdefghijklmnop";

function freshDatabase(): string {
  if (process.env.DATABASE_URL?.startsWith("postgres")) {
    return execFileSync("npx", ["tsx", "scripts/fresh-postgres-db.ts", "intercede_e2e_security"], {
      cwd: ROOT,
      encoding: "utf8",
    }).trim();
  }
  for (const suffix of ["", "-wal", "-shm"])
    rmSync(`data/e2e-security.db${suffix}`, { force: true });
  return "file:data/e2e-security.db";
}

/** Bytes under `dir`, every file counted. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const stat = statSync(path.join(dir, entry), { throwIfNoEntry: false });
    if (stat?.isFile()) total += stat.size;
  }
  return total;
}

/** Resident memory of a process, in bytes (Linux). */
export function residentBytes(pid: number): number {
  const status = execFileSync("cat", [`/proc/${pid}/status`], { encoding: "utf8" });
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return Number(kb ?? 0) * 1024;
}

export async function startSecurityServer(port: number): Promise<SecurityServer> {
  const source = process.env.NEXT_DIST_DIR || ".next-e2e";
  const distDir = `${source}-security`;
  rmSync(distDir, { recursive: true, force: true });
  if (!existsSync(source)) throw new Error(`${source} is missing: the e2e web server builds it`);
  cpSync(source, distDir, {
    recursive: true,
    filter: (from) => !from.startsWith(path.join(source, "cache")) && !from.includes("route-cache"),
  });
  const databaseUrl = freshDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: distDir,
    AUTH_SECRET: SECRET,
    APP_URL: `http://127.0.0.1:${port}`,
    PORT: String(port),
    HOST: "0.0.0.0",
    TRUSTED_PROXIES: "",
    SMTP_URL: "",
  };
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/db-setup.ts"], {
    cwd: ROOT,
    env,
    stdio: "ignore",
  });
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the security server exited (${child.exitCode})`);
    const ok = await fetch(`${url}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error("the security server did not start in 60 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid!,
    distDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}
