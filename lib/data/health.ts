// Database status for /api/health.
import "server-only";
import { regions } from "@/db/schema";
import { dialectOf } from "@/db/url";
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
    console.error("[health] database check failed:", error);
    return { ok: false, dialect, error: "The database is not reachable." };
  }
}
