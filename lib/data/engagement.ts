// Engagement for the staff dashboard: prayers per region and week, the most and least prayed-for
// requests, and churches newly hosting Freedom Sunday. Aggregates only: nothing says who prayed.
import "server-only";
import { and, asc, count, countDistinct, desc, eq, gte, inArray, lt, lte, max } from "drizzle-orm";
import { churches, freedomSundayEvents, prayers, regions, requests } from "@/db/schema";
import { permit, type Actor } from "@/lib/permissions";
import type { Result } from "@/lib/result";
import { weekStart } from "@/lib/time";
import { getDb } from "./db";

/** How many weeks the chart covers, the current one included. */
export const ENGAGEMENT_WEEKS = 12;
/** How many requests each of the most and least prayed-for lists shows. */
export const RANKED_REQUESTS = 5;
/** How many of the newly hosting churches are listed by name. */
export const LATEST_CHURCHES = 5;

const DAY_MS = 86_400_000;

export interface EngagementRegion {
  slug: string;
  name: string;
}

export interface EngagementWeek {
  /** The Monday (YYYY-MM-DD) that starts the week, in the organisation's time zone. */
  week: string;
  /** Prayers that week for requests in each region, by region slug; every region is present. */
  byRegion: Record<string, number>;
  total: number;
}

export interface RankedRequest {
  id: number;
  title: string;
  regionName: string;
  prayerCount: number;
  prayerPeople: number;
}

export interface HostingChurch {
  churchId: number;
  name: string;
  city: string;
  country: string;
  /** The Sunday of the church's newest event (YYYY-MM-DD). */
  eventDate: string;
  /** When that event was added. */
  addedAt: Date;
}

export interface Engagement {
  /** The last ENGAGEMENT_WEEKS Mondays (YYYY-MM-DD), oldest first, the current week last. */
  weeks: string[];
  /** Every region, in its display order. */
  regions: EngagementRegion[];
  /** One entry per week, in the same order as `weeks`; weeks without prayers are zeros. */
  series: EngagementWeek[];
  mostPrayed: RankedRequest[];
  leastPrayed: RankedRequest[];
  newHostingChurches: {
    /** Churches with a Freedom Sunday event added in the last ENGAGEMENT_WEEKS weeks. */
    count: number;
    /** The LATEST_CHURCHES of them whose event was added last, newest first. */
    latest: HostingChurch[];
  };
}

/** The day (YYYY-MM-DD) `days` days after `day` (negative: before), in plain calendar arithmetic. */
function addDays(day: string, days: number): string {
  return new Date(new Date(`${day}T12:00:00Z`).getTime() + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** The Mondays of the last `n` weeks up to the week `now` falls in (in `timeZone`), oldest first. */
export function lastWeeks(now: Date, n = ENGAGEMENT_WEEKS, timeZone?: string): string[] {
  const current = weekStart(now, timeZone);
  return Array.from({ length: n }, (_, i) => addDays(current, -7 * (n - 1 - i)));
}

export async function getEngagement(
  actor: Actor | null,
  now = new Date(),
): Promise<Result<Engagement>> {
  const allowed = permit(actor, { action: "engagement.read" });
  if (!allowed.ok) return allowed;
  const db = await getDb();

  const weeks = lastWeeks(now);
  const first = weeks[0]!;
  const end = addDays(weeks[weeks.length - 1]!, 7);
  const since = new Date(now.getTime() - ENGAGEMENT_WEEKS * 7 * DAY_MS);
  const ranked = {
    id: requests.id,
    title: requests.title,
    regionName: regions.name,
    prayerCount: requests.prayerCount,
    prayerPeople: requests.prayerPeople,
  };
  const openAndPublic = and(eq(requests.status, "open"), lte(requests.publishedAt, now));

  const [regionRows, daily, mostPrayed, leastPrayed, [hosting], newChurches] = await Promise.all([
    db
      .select({ id: regions.id, slug: regions.slug, name: regions.name })
      .from(regions)
      .orderBy(asc(regions.position), asc(regions.id)),
    // prayers.day is text (YYYY-MM-DD), so these bounds compare as strings on both dialects; days
    // are grouped here and folded into weeks below, which keeps the SQL portable.
    db
      .select({ day: prayers.day, regionId: requests.regionId, n: count() })
      .from(prayers)
      .innerJoin(requests, eq(requests.id, prayers.requestId))
      .where(and(gte(prayers.day, first), lt(prayers.day, end)))
      .groupBy(prayers.day, requests.regionId),
    db
      .select(ranked)
      .from(requests)
      .innerJoin(regions, eq(regions.id, requests.regionId))
      .where(openAndPublic)
      .orderBy(desc(requests.prayerCount), asc(requests.id))
      .limit(RANKED_REQUESTS),
    db
      .select(ranked)
      .from(requests)
      .innerJoin(regions, eq(regions.id, requests.regionId))
      .where(openAndPublic)
      .orderBy(asc(requests.prayerCount), asc(requests.id))
      // Enough to leave out those already among the most prayed for (below).
      .limit(RANKED_REQUESTS * 2),
    db
      .select({ n: countDistinct(freedomSundayEvents.churchId) })
      .from(freedomSundayEvents)
      .where(gte(freedomSundayEvents.createdAt, since)),
    // The churches whose newest event in the window was added last.
    db
      .select({ churchId: freedomSundayEvents.churchId })
      .from(freedomSundayEvents)
      .where(gte(freedomSundayEvents.createdAt, since))
      .groupBy(freedomSundayEvents.churchId)
      .orderBy(desc(max(freedomSundayEvents.createdAt)), desc(freedomSundayEvents.churchId))
      .limit(LATEST_CHURCHES),
  ]);

  const slugOf = new Map(regionRows.map((r) => [r.id, r.slug]));
  const series: EngagementWeek[] = weeks.map((week) => ({
    week,
    byRegion: Object.fromEntries(regionRows.map((r) => [r.slug, 0])),
    total: 0,
  }));
  for (const row of daily) {
    // The last week that starts on or before the day (weeks are sorted, days lie within them).
    const index = weeks.findLastIndex((week) => week <= row.day);
    const bucket = series[index];
    const slug = slugOf.get(row.regionId);
    if (!bucket || slug === undefined) continue;
    const n = Number(row.n);
    bucket.byRegion[slug] = (bucket.byRegion[slug] ?? 0) + n;
    bucket.total += n;
  }

  const newest = new Map<number, HostingChurch>();
  if (newChurches.length > 0) {
    const events = await db
      .select({
        churchId: churches.id,
        name: churches.name,
        city: churches.city,
        country: churches.country,
        eventDate: freedomSundayEvents.date,
        addedAt: freedomSundayEvents.createdAt,
      })
      .from(freedomSundayEvents)
      .innerJoin(churches, eq(churches.id, freedomSundayEvents.churchId))
      .where(
        and(
          inArray(
            freedomSundayEvents.churchId,
            newChurches.map((c) => c.churchId),
          ),
          gte(freedomSundayEvents.createdAt, since),
        ),
      )
      .orderBy(desc(freedomSundayEvents.createdAt), desc(freedomSundayEvents.id));
    // Newest first, so the first event seen for a church is its newest.
    for (const event of events) if (!newest.has(event.churchId)) newest.set(event.churchId, event);
  }
  const latest = newChurches.flatMap((c) => newest.get(c.churchId) ?? []);

  return {
    ok: true,
    weeks,
    regions: regionRows.map(({ slug, name }) => ({ slug, name })),
    series,
    mostPrayed,
    // With few open requests the two lists would show the same ones: the least prayed-for list
    // leaves out any already among the most prayed for.
    leastPrayed: leastPrayed
      .filter((request) => !mostPrayed.some((most) => most.id === request.id))
      .slice(0, RANKED_REQUESTS),
    newHostingChurches: { count: Number(hosting?.n ?? 0), latest },
  };
}
