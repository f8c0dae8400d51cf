// Churches and their members, the public list of hosting churches and a church's aggregate prayer
// activity, and the types the church modules share (invites: ./church-invites, events:
// ./church-events, the checklist: ./church-tasks). Every write is one transaction that looks up the actor's standing in
// the church it touches and checks permission there, before the write and in the same function.
import "server-only";
import { and, asc, count, countDistinct, desc, eq, gte, inArray, lt, ne } from "drizzle-orm";
import {
  churchInvites,
  churchMembers,
  churches,
  freedomSundayEvents,
  prayers,
  regions,
  requests,
} from "@/db/schema";
import { addDays, type EventStatus } from "@/lib/freedom-sunday";
import { authorize, permit, type Actor } from "@/lib/permissions";
import { fail, type Result } from "@/lib/result";
import {
  churchSchema,
  churchTimeZoneSchema,
  type ChurchInput,
  type ChurchTimeZoneInput,
} from "@/lib/validation/churches";
import { recordSafetyConfirmation } from "./audit";
import { lastWeeks } from "./engagement";
import { getDb } from "./db";
import {
  churchDetailsColumns,
  churchManagerRefusal,
  eventWithChurchColumns,
  signInFirst,
  invalid,
  refusal,
  membershipOf,
  churchTeam,
} from "./church-access";

export type ChurchRole = "leader" | "member";

export interface ChurchDetails {
  id: number;
  name: string;
  city: string;
  country: string;
  /** IANA time zone: the church's services, dates and calendar follow it. */
  timeZone: string;
}

export interface ChurchMember {
  userId: string;
  name: string | null;
  role: ChurchRole;
}

export interface EventSummary {
  id: number;
  date: string;
  status: EventStatus;
  isPublic: boolean;
  serviceTimes: string;
}

export interface InviteSummary {
  id: number;
  expiresAt: Date;
  revokedAt: Date | null;
  createdAt: Date;
}

export interface EventPlan {
  event: {
    id: number;
    churchId: number;
    churchName: string;
    city: string;
    country: string;
    date: string;
    serviceTimes: string;
    timeZone: string;
    expectedAttendance: number | null;
    isPublic: boolean;
    status: EventStatus;
    notes: string;
    reportAttendance: number | null;
    reportCommitments: string | null;
  };
  myRole: ChurchRole | null;
  tasks: PlanTask[];
  featured: FeaturedRequest[];
  team: ChurchMember[];
}

export interface PlanTask {
  id: number;
  title: string;
  dueDate: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  done: boolean;
  position: number;
}

export interface FeaturedRequest {
  requestId: number;
  title: string;
  regionSlug: string;
  regionName: string;
  country: string | null;
  body: string;
  position: number;
}

/** How many events the public list shows at most (the count covers all of them). */
export const HOSTING_LIST_LIMIT = 1_000;

// ---- churches and members ----

/** Registers a church; its creator becomes its first leader. */
export async function createChurch(
  actor: Actor | null,
  input: ChurchInput,
  /** Flagged words in the name or city the leader confirmed are safe (for the audit log). */
  safetyConfirmed: readonly string[] = [],
): Promise<Result<{ churchId: number }>> {
  const allowed = permit(actor, { action: "church.create" });
  if (!allowed.ok) return allowed;
  const parsed = churchSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [church] = await tx
      .insert(churches)
      .values({ ...parsed.data, createdBy: allowed.actor.id })
      .returning({ id: churches.id });
    if (!church) throw new Error("The church was not created.");
    await tx
      .insert(churchMembers)
      .values({ churchId: church.id, userId: allowed.actor.id, role: "leader" });
    await recordSafetyConfirmation(tx, allowed.actor, "church", church.id, safetyConfirmed);
    return { ok: true, churchId: church.id };
  });
}

/** The churches the actor belongs to, by name. */
export async function getMyChurches(
  actor: Actor | null,
): Promise<Result<{ churches: (ChurchDetails & { role: ChurchRole })[] }>> {
  if (!actor) return signInFirst();
  const db = await getDb();
  const rows = await db
    .select({ ...churchDetailsColumns, role: churchMembers.role })
    .from(churchMembers)
    .innerJoin(churches, eq(churches.id, churchMembers.churchId))
    .where(eq(churchMembers.userId, actor.id))
    .orderBy(asc(churches.name), asc(churches.id));
  return { ok: true, churches: rows };
}

/** The columns of an EventSummary, for every list of a church's events. */
const eventSummaryColumns = {
  id: freedomSundayEvents.id,
  date: freedomSundayEvents.date,
  status: freedomSundayEvents.status,
  isPublic: freedomSundayEvents.isPublic,
  serviceTimes: freedomSundayEvents.serviceTimes,
};

/**
 * The actor's churches with their Freedom Sunday events (soonest first), for the public Freedom
 * Sunday page to link a leader or member straight to their own plan. Their own churches only.
 */
export async function getMyFreedomSundays(
  actor: Actor | null,
): Promise<Result<{ churches: (ChurchDetails & { role: ChurchRole; events: EventSummary[] })[] }>> {
  const mine = await getMyChurches(actor);
  if (!mine.ok) return mine;
  if (mine.churches.length === 0) return { ok: true, churches: [] };
  const db = await getDb();
  const events = await db
    .select({
      churchId: freedomSundayEvents.churchId,
      ...eventSummaryColumns,
    })
    .from(freedomSundayEvents)
    .where(
      inArray(
        freedomSundayEvents.churchId,
        mine.churches.map((c) => c.id),
      ),
    )
    .orderBy(asc(freedomSundayEvents.date), asc(freedomSundayEvents.id));
  return {
    ok: true,
    churches: mine.churches.map((church) => ({
      ...church,
      events: events
        .filter((e) => e.churchId === church.id)
        .map(({ id, date, status, isPublic, serviceTimes }) => ({
          id,
          date,
          status,
          isPublic,
          serviceTimes,
        })),
    })),
  };
}

/** A church's page: its details, team and events; its invite links for those who manage it. */
export async function getChurch(
  actor: Actor | null,
  churchId: number,
): Promise<
  Result<{
    church: ChurchDetails;
    myRole: ChurchRole | null;
    members: ChurchMember[];
    events: EventSummary[];
    invites: InviteSummary[];
  }>
> {
  if (!actor) return signInFirst();
  const db = await getDb();
  const myRole = await membershipOf(db, churchId, actor);
  const refused = refusal(actor, { action: "church.read", church: { membership: myRole } });
  if (refused) return refused;
  const [church] = await db
    .select(churchDetailsColumns)
    .from(churches)
    .where(eq(churches.id, churchId))
    .limit(1);
  if (!church) return fail(404, "There is no such church.");
  const manages = authorize(actor, { action: "church.manage", church: { membership: myRole } }).ok;
  const [members, events, invites] = await Promise.all([
    churchTeam(db, churchId),
    db
      .select(eventSummaryColumns)
      .from(freedomSundayEvents)
      .where(eq(freedomSundayEvents.churchId, churchId))
      .orderBy(asc(freedomSundayEvents.date)),
    manages
      ? db
          .select({
            id: churchInvites.id,
            expiresAt: churchInvites.expiresAt,
            revokedAt: churchInvites.revokedAt,
            createdAt: churchInvites.createdAt,
          })
          .from(churchInvites)
          .where(eq(churchInvites.churchId, churchId))
          .orderBy(desc(churchInvites.createdAt), desc(churchInvites.id))
          .limit(50)
      : Promise.resolve([]),
  ]);
  return { ok: true, church, myRole, members, events, invites };
}

// ---- public and aggregate views ----

export interface HostingChurchListing {
  eventId: number;
  name: string;
  city: string;
  country: string;
  date: string;
}

/**
 * The public Freedom Sunday page. `count` is every church hosting in `year`, whether its event is
 * listed publicly or not (a number reveals no church); `churches` lists only public events (one
 * row per event, by date), filtered by `country` when given; `countries` are those of the year's
 * public events before the country filter, sorted, so a filter menu keeps every choice.
 */
export async function listHostingChurches(options: {
  year: number;
  country?: string;
  limit?: number;
}): Promise<{ count: number; churches: HostingChurchListing[]; countries: string[] }> {
  if (!Number.isInteger(options.year) || options.year < 1 || options.year > 9998)
    return { count: 0, churches: [], countries: [] };
  const from = `${String(options.year).padStart(4, "0")}-01-01`;
  const to = `${String(options.year + 1).padStart(4, "0")}-01-01`;
  // Dates are text (YYYY-MM-DD), so the bounds compare as strings on both dialects.
  const inYear = and(gte(freedomSundayEvents.date, from), lt(freedomSundayEvents.date, to));
  const listed = and(inYear, eq(freedomSundayEvents.isPublic, true));
  const db = await getDb();
  const [[total], rows, countryRows] = await Promise.all([
    db
      .select({ n: countDistinct(freedomSundayEvents.churchId) })
      .from(freedomSundayEvents)
      .where(inYear),
    db
      .select({
        eventId: freedomSundayEvents.id,
        name: churches.name,
        city: churches.city,
        country: churches.country,
        date: freedomSundayEvents.date,
      })
      .from(freedomSundayEvents)
      .innerJoin(churches, eq(churches.id, freedomSundayEvents.churchId))
      .where(options.country ? and(listed, eq(churches.country, options.country)) : listed)
      .orderBy(asc(freedomSundayEvents.date), asc(churches.name), asc(freedomSundayEvents.id))
      .limit(options.limit ?? HOSTING_LIST_LIMIT),
    db
      .selectDistinct({ country: churches.country })
      .from(freedomSundayEvents)
      .innerJoin(churches, eq(churches.id, freedomSundayEvents.churchId))
      .where(listed)
      .orderBy(asc(churches.country)),
  ]);
  return {
    count: Number(total?.n ?? 0),
    churches: rows,
    countries: countryRows.map((r) => r.country),
  };
}

/**
 * Prayers by the church's current members, per week (the last 12, Mondays) and region. Counts only:
 * nothing here says who prayed, or for which request.
 */
export async function getChurchActivity(
  actor: Actor | null,
  churchId: number,
  now = new Date(),
): Promise<
  Result<{
    weeks: string[];
    regions: { slug: string; name: string }[];
    series: { week: string; byRegion: Record<string, number>; total: number }[];
  }>
> {
  if (!actor) return signInFirst();
  const db = await getDb();
  const membership = await membershipOf(db, churchId, actor);
  const refused = refusal(actor, { action: "church.activity.read", church: { membership } });
  if (refused) return refused;
  const [church] = await db
    .select({ timeZone: churches.timeZone })
    .from(churches)
    .where(eq(churches.id, churchId));
  if (!church) return fail(404, "There is no such church.");

  // The leader's chart runs in weeks of the church's own calendar.
  const weeks = lastWeeks(now, undefined, church.timeZone);
  const first = weeks[0]!;
  const end = addDays(weeks[weeks.length - 1]!, 7);
  const [regionRows, daily] = await Promise.all([
    db
      .select({ id: regions.id, slug: regions.slug, name: regions.name })
      .from(regions)
      .orderBy(asc(regions.position), asc(regions.id)),
    db
      .select({ day: prayers.day, regionId: requests.regionId, n: count() })
      .from(prayers)
      .innerJoin(
        churchMembers,
        and(eq(churchMembers.userId, prayers.userId), eq(churchMembers.churchId, churchId)),
      )
      .innerJoin(requests, eq(requests.id, prayers.requestId))
      .where(and(gte(prayers.day, first), lt(prayers.day, end)))
      .groupBy(prayers.day, requests.regionId),
  ]);
  const slugOf = new Map(regionRows.map((r) => [r.id, r.slug]));
  const series = weeks.map((week) => ({
    week,
    byRegion: Object.fromEntries(regionRows.map((r) => [r.slug, 0])) as Record<string, number>,
    total: 0,
  }));
  for (const row of daily) {
    const bucket = series[weeks.findLastIndex((week) => week <= row.day)];
    const slug = slugOf.get(row.regionId);
    if (!bucket || slug === undefined) continue;
    const n = Number(row.n);
    bucket.byRegion[slug] = (bucket.byRegion[slug] ?? 0) + n;
    bucket.total += n;
  }
  return {
    ok: true,
    weeks,
    regions: regionRows.map(({ slug, name }) => ({ slug, name })),
    series,
  };
}

/**
 * One service for its calendar file: public events for anyone, private ones for the church's
 * members (and admins). The planning notes go only to those who may read the plan.
 */
export async function getEventForCalendar(
  actor: Actor | null,
  eventId: number,
): Promise<
  Result<{
    event: {
      id: number;
      churchName: string;
      city: string;
      country: string;
      date: string;
      serviceTimes: string;
      timeZone: string;
      isPublic: boolean;
      notes: string;
    };
  }>
> {
  const db = await getDb();
  const [row] = await db
    .select(eventWithChurchColumns)
    .from(freedomSundayEvents)
    .innerJoin(churches, eq(churches.id, freedomSundayEvents.churchId))
    .where(eq(freedomSundayEvents.id, eventId))
    .limit(1);
  const membership = row ? await membershipOf(db, row.churchId, actor) : null;
  const mayRead = authorize(actor, { action: "church.read", church: { membership } });
  if (!row?.isPublic && !mayRead.ok) return fail(mayRead.status, mayRead.error);
  if (!row) return fail(404, "There is no such Freedom Sunday.");
  return {
    ok: true,
    event: {
      id: row.id,
      churchName: row.churchName,
      city: row.city,
      country: row.country,
      date: row.date,
      serviceTimes: row.serviceTimes,
      timeZone: row.timeZone,
      isPublic: row.isPublic,
      notes: mayRead.ok ? row.notes : "",
    },
  };
}

/**
 * A leader changes the church's time zone. Its services that have not been held move with it
 * (their date and times stay as written, now read in the new zone).
 */
export async function setChurchTimeZone(
  actor: Actor | null,
  churchId: number,
  input: ChurchTimeZoneInput,
): Promise<Result<{ timeZone: string }>> {
  if (!actor) return signInFirst();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const refused = await churchManagerRefusal(tx, churchId, actor);
    if (refused) return refused;
    const parsed = churchTimeZoneSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const { timeZone } = parsed.data;
    await tx.update(churches).set({ timeZone }).where(eq(churches.id, churchId));
    await tx
      .update(freedomSundayEvents)
      .set({ timeZone })
      .where(
        and(eq(freedomSundayEvents.churchId, churchId), ne(freedomSundayEvents.status, "held")),
      );
    return { ok: true, timeZone };
  });
}
