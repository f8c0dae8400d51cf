// Database status for /api/ready (lib/readiness.ts): one indexed read.
import "server-only";
import { regions } from "@/db/schema";
import { dialectOf } from "@/db/url";
import { log } from "@/lib/log";
import { getDb } from "./db";

export async function checkDatabase(): Promise<
  { ok: true; dialect: string; latencyMs: number } | { ok: false; dialect: string; error: string }
> {
  const dialect = dialectOf(process.env.DATABASE_URL);
  const started = performance.now();
  try {
    const db = await getDb();
    await db.select({ id: regions.id }).from(regions).limit(1);
    return { ok: true, dialect, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    // The reason goes to the log, not to whoever asks.
    log.error({ err: error }, "database check failed");
    return { ok: false, dialect, error: "The database is not reachable." };
  }
}
