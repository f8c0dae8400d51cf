// A local cluster as production would run it: two app instances and a job worker on PostgreSQL and
// Redis, behind nginx (Debian's package, installed when missing, as the browser script does).
// `npm run cluster` starts it and keeps it up until Ctrl-C; e2e/cluster.spec.ts and
// `npm run bench -- --cluster` start it with startCluster() and stop it afterwards.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface ClusterOptions {
  /** nginx listens here; the instances on port + 1 and port + 2. */
  port: number;
  /** The PostgreSQL server; the cluster gets a fresh database of its own on it. */
  postgresUrl: string;
  redisUrl: string;
  distDir: string;
  /** Build the app first (else distDir must hold a build). */
  build: boolean;
  logDir: string;
  /** Fresh database (dropped and made again), migrated and seeded. */
  freshDatabase: boolean;
}

export interface Instance {
  name: string;
  port: number;
  process: ChildProcess;
}

export interface Cluster {
  url: string;
  instances: Instance[];
  worker: ChildProcess;
  databaseUrl: string;
  /** Stops one instance as an orchestrator would (SIGTERM: it finishes what it is doing). */
  stopInstance(instance: Instance): Promise<number | null>;
  stop(): Promise<void>;
}

const ROOT = process.cwd();
const SECRET = process.env.AUTH_SECRET ?? "cluster-only-secret-0123456789abcdefghijklmn";

function ensureNginx(): string {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"])
    if (existsSync(candidate)) return candidate;
  if (process.getuid?.() === 0) {
    console.error("nginx is missing: installing Debian's nginx with apt-get …");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "nginx"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return "/usr/sbin/nginx";
  }
  throw new Error("nginx is missing; install it (apt-get install nginx) and run again");
}

function nginxConfig(options: { port: number; upstreams: number[]; dir: string }): string {
  const servers = options.upstreams.map(
    (p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`,
  );
  return `# Written by scripts/cluster/cluster.ts: the load balancer of the local cluster.
worker_processes 1;
error_log ${options.dir}/nginx-error.log warn;
pid ${options.dir}/nginx.pid;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${options.dir}/client_body;
  proxy_temp_path ${options.dir}/proxy;
  fastcgi_temp_path ${options.dir}/fastcgi;
  uwsgi_temp_path ${options.dir}/uwsgi;
  scgi_temp_path ${options.dir}/scgi;
  # The app refuses larger bodies itself; nginx stops them before they travel on.
  client_max_body_size 1m;
  upstream intercede {
${servers.join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${options.port};
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Forwarded-Host $http_host;
    proxy_connect_timeout 2s;
    # An instance that is stopping refuses new connections: the request goes to the other one.
    proxy_next_upstream error timeout http_502 http_503;
    proxy_next_upstream_tries 2;
    location / {
      proxy_pass http://intercede;
    }
    # "I prayed" is idempotent (one prayer per person, request and day): it may be retried on the
    # other instance even when the first one failed after it was sent.
    location = /api/prayers {
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
      proxy_pass http://intercede;
    }
  }
}
`;
}

function spawnLogged(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logDir: string,
) {
  const log = openSync(path.join(logDir, `${name}.log`), "a");
  return spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", log, log] });
}

async function waitFor(url: string, child: ChildProcess, what: string, seconds = 90) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode})`);
    if ((await fetch(url).catch(() => null))?.ok) return;
    if (Date.now() > deadline) throw new Error(`${what} did not answer ${url} in ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

function freshPostgres(server: string, name: string): string {
  return execFileSync("npx", ["tsx", "scripts/fresh-postgres-db.ts", name], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: server },
  }).trim();
}

function terminate(
  child: ChildProcess,
  signal: NodeJS.Signals = "SIGTERM",
): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    const kill = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", (code) => {
      clearTimeout(kill);
      resolve(code);
    });
    child.kill(signal);
  });
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const nginx = ensureNginx();
  mkdirSync(options.logDir, { recursive: true });
  const url = `http://localhost:${options.port}`;
  const databaseUrl = options.freshDatabase
    ? freshPostgres(options.postgresUrl, "intercede_cluster")
    : options.postgresUrl;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    REDIS_URL: options.redisUrl,
    NEXT_DIST_DIR: options.distDir,
    AUTH_SECRET: SECRET,
    APP_URL: url,
    // nginx is the one proxy in front: its X-Forwarded-For entry is the client's address.
    TRUSTED_PROXIES: "1",
    // The instances serve; the worker on its own runs the jobs.
    WORKER: "off",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/db-setup.ts"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", openSync(path.join(options.logDir, "db-setup.log"), "a"), "inherit"],
  });
  if (options.build) {
    // The same build as the other suites' (scripts/build-once.sh: reused in CI when the source is).
    const log = openSync(path.join(options.logDir, "build.log"), "a");
    execFileSync("bash", ["scripts/build-once.sh"], {
      cwd: ROOT,
      env,
      stdio: ["ignore", log, log],
    });
  }
  const instances: Instance[] = [1, 2].map((n) => {
    const port = options.port + n;
    const child = spawnLogged(
      `instance-${n}`,
      process.execPath,
      ["--import", "tsx", "server.ts"],
      { ...env, PORT: String(port), HOST: "127.0.0.1" },
      options.logDir,
    );
    return { name: `instance-${n}`, port, process: child };
  });
  // Node itself (as `npm run worker` does), not npx: a signal to npx does not reach its child, and the
  // worker would outlive the cluster.
  const worker = spawnLogged(
    "worker",
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"],
    env,
    options.logDir,
  );
  const dir = path.resolve(options.logDir, "nginx");
  mkdirSync(dir, { recursive: true });
  const config = path.join(dir, "nginx.conf");
  writeFileSync(
    config,
    nginxConfig({ port: options.port, upstreams: instances.map((i) => i.port), dir }),
  );
  const proxy = spawnLogged("nginx", nginx, ["-c", config, "-p", dir], env, options.logDir);
  await Promise.all(
    instances.map((i) => waitFor(`http://127.0.0.1:${i.port}/api/health`, i.process, i.name)),
  );
  await waitFor(`${url}/api/health`, proxy, "nginx", 30);
  return {
    url,
    instances,
    worker,
    databaseUrl,
    stopInstance: (instance) => terminate(instance.process),
    async stop() {
      await Promise.all([...instances.map((i) => terminate(i.process)), terminate(worker)]);
      await terminate(proxy, "SIGQUIT");
    },
  };
}
