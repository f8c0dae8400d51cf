// `npm run cluster`: two app instances and a job worker on PostgreSQL and Redis behind nginx, on
// http://localhost:3800 until Ctrl-C. Options: --port (3800), --no-build (reuse .next-cluster),
// --keep-database (do not start from a fresh database). PostgreSQL: $DATABASE_URL or
// postgres://postgres@127.0.0.1:5432/test (the cluster gets its own database there); Redis:
// $REDIS_URL or redis://127.0.0.1:6379.
import { parseArgs } from "node:util";
import { startCluster } from "./cluster";

const { values: args } = parseArgs({
  options: {
    port: { type: "string", default: "3800" },
    "no-build": { type: "boolean", default: false },
    "keep-database": { type: "boolean", default: false },
  },
});

async function main() {
  const postgresUrl = process.env.DATABASE_URL?.startsWith("postgres")
    ? process.env.DATABASE_URL
    : "postgres://postgres@127.0.0.1:5432/test";
  console.log("Starting the cluster (build, database, two instances, a worker, nginx) …");
  const cluster = await startCluster({
    port: Number(args.port),
    postgresUrl,
    redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    distDir: ".next-cluster",
    build: !args["no-build"],
    logDir: "data/cluster",
    freshDatabase: !args["keep-database"],
  });
  console.log(
    `Intercede is on ${cluster.url} (instances on ${cluster.instances.map((i) => i.port).join(" and ")}, logs in data/cluster). Ctrl-C stops it.`,
  );
  const stop = () => {
    console.log("\nStopping the cluster …");
    void cluster.stop().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
