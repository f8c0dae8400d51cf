// First-run content: the five regions and the real bulletin, parsed from seed/ijm-prayer-request.txt.
import { readFileSync } from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { KNOWN_REGIONS, parseBulletin } from "@/lib/bulletin/parser";
import { publishBulletinIn, saveBulletinDraftIn } from "@/lib/data/bulletins";
import type { Database } from "./client";
import { regions } from "./schema";

export const SEED_BULLETIN = path.join(process.cwd(), "seed/ijm-prayer-request.txt");

export interface SeedOptions {
  /** Publish time of the seed bulletin (default: now). */
  publishAt?: Date;
}

/** Seeds an empty database; does nothing when it already has regions. Returns whether it seeded. */
export async function seedDatabase(db: Database, options: SeedOptions = {}): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(regions);
  if (Number(existing?.n ?? 0) > 0) return false;
  const draft = parseBulletin(readFileSync(SEED_BULLETIN, "utf8"));
  try {
    await db.transaction(async (tx) => {
      await tx
        .insert(regions)
        .values(KNOWN_REGIONS.map((r, position) => ({ slug: r.slug, name: r.name, position })));
      const bulletinId = await saveBulletinDraftIn(tx, draft);
      await publishBulletinIn(tx, bulletinId, options.publishAt ?? new Date());
    });
  } catch (error) {
    // Another instance seeded first (the unique region slugs collide): that is the same outcome.
    const [after] = await db.select({ n: count() }).from(regions);
    if (Number(after?.n ?? 0) > 0) return false;
    throw error;
  }
  return true;
}
