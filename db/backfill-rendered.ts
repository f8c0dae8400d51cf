// Fills the rendered columns (requests' body_html, excerpt and search_text; updates' body_html) of
// rows written before the app stored them: part of migrating, so every start leaves none behind.
import { and, asc, eq, gt, ne } from "drizzle-orm";
import { renderRequestText, renderUpdateText } from "@/lib/markdown";
import type { Database } from "./client";
import { regions, requests, updates } from "./schema";

const BATCH = 500;

/**
 * Renders what is missing, a batch per transaction, and returns how many rows it filled. A request
 * always gets some search text (its region's name at least), so `search_text = ''` means "never
 * rendered"; an update with a body but no HTML likewise. Both look-ups read a partial index that
 * holds only such rows, so with nothing to do this costs two index probes. Ids only grow within a
 * run, so a row whose text renders to nothing cannot keep it busy.
 */
export async function backfillRenderedText(db: Database): Promise<number> {
  let filled = 0;
  for (let after = 0; ;) {
    const rows = await db
      .select({
        id: requests.id,
        title: requests.title,
        body: requests.body,
        country: requests.country,
        regionName: regions.name,
      })
      .from(requests)
      .innerJoin(regions, eq(regions.id, requests.regionId))
      .where(and(eq(requests.searchText, ""), gt(requests.id, after)))
      .orderBy(asc(requests.id))
      .limit(BATCH);
    if (rows.length === 0) break;
    await db.transaction(async (tx) => {
      for (const row of rows)
        await tx.update(requests).set(renderRequestText(row)).where(eq(requests.id, row.id));
    });
    filled += rows.length;
    after = rows.at(-1)!.id;
  }
  for (let after = 0; ;) {
    const rows = await db
      .select({ id: updates.id, body: updates.body })
      .from(updates)
      .where(and(eq(updates.bodyHtml, ""), ne(updates.body, ""), gt(updates.id, after)))
      .orderBy(asc(updates.id))
      .limit(BATCH);
    if (rows.length === 0) break;
    await db.transaction(async (tx) => {
      for (const row of rows)
        await tx.update(updates).set(renderUpdateText(row.body)).where(eq(updates.id, row.id));
    });
    filled += rows.length;
    after = rows.at(-1)!.id;
  }
  return filled;
}
