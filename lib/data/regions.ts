// Regions, in the order the bulletin lists them.
import "server-only";
import { asc } from "drizzle-orm";
import { regions } from "@/db/schema";
import { getDb } from "./db";

export interface RegionView {
  id: number;
  slug: string;
  name: string;
}

export async function listRegions(): Promise<RegionView[]> {
  const db = await getDb();
  return db
    .select({ id: regions.id, slug: regions.slug, name: regions.name })
    .from(regions)
    .orderBy(asc(regions.position), asc(regions.id));
}
