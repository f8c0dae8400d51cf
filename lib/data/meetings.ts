// Prayer meetings (/pray/present): a signed-in person starts one on a projector; it goes through the
// latest bulletin's requests in a fixed order, one at a time; every phone that opened its link
// follows the step the presenter is on. Only the presenter moves it. "N praying now" counts the
// screens that have it open (by a key each screen makes up), never who.
import "server-only";
import { randomBytes } from "node:crypto";
import { and, count, eq, gte, lt } from "drizzle-orm";
import { meetingPresence, meetings } from "@/db/schema";
import { permit, type Actor } from "@/lib/permissions";
import { fail, type Result } from "@/lib/result";
import { getGuidedPrayer } from "./prayers";
import { getDb } from "./db";

/** A screen counts as "praying now" for this long after it last asked. */
export const PRESENCE_MS = 10_000;
/** Screens counted at most per meeting (a made-up key cannot grow the table past it). */
const MAX_SCREENS = 1_000;

export interface MeetingState {
  id: string;
  step: number;
  requestIds: number[];
  presenterId: string;
}

function toState(row: typeof meetings.$inferSelect): MeetingState {
  return {
    id: row.id,
    step: row.step,
    presenterId: row.presenterId,
    requestIds: row.requestIds.split(",").filter(Boolean).map(Number),
  };
}

/** Starts a meeting on the latest bulletin (a person's earlier meeting ends: one each). */
export async function startMeeting(actor: Actor | null): Promise<Result<{ id: string }>> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const guided = await getGuidedPrayer();
  if (!guided.bulletin || guided.items.length === 0)
    return fail(409, "There is no bulletin to pray through yet.");
  const id = randomBytes(9).toString("base64url");
  const db = await getDb();
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx.delete(meetings).where(eq(meetings.presenterId, allowed.actor.id));
    await tx.insert(meetings).values({
      id,
      presenterId: allowed.actor.id,
      requestIds: guided.items.map((item) => item.id).join(","),
      step: -1,
      createdAt: now,
      updatedAt: now,
    });
  });
  return { ok: true, id };
}

export async function getMeeting(id: string): Promise<MeetingState | null> {
  const db = await getDb();
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id)).limit(1);
  return row ? toState(row) : null;
}

/** The presenter moves the meeting to `step` (kept within the verse and the end). */
export async function moveMeeting(
  actor: Actor | null,
  id: string,
  step: number,
): Promise<Result<{ step: number }>> {
  const allowed = permit(actor, { action: "me.read" });
  if (!allowed.ok) return allowed;
  const meeting = await getMeeting(id);
  if (!meeting) return fail(404, "There is no such prayer meeting.");
  if (meeting.presenterId !== allowed.actor.id)
    return fail(403, "Only the person presenting can move the meeting.");
  const clamped = Math.max(-1, Math.min(meeting.requestIds.length, step));
  const db = await getDb();
  await db
    .update(meetings)
    .set({ step: clamped, updatedAt: new Date() })
    .where(eq(meetings.id, id));
  return { ok: true, step: clamped };
}

/**
 * A screen with the meeting open says so and reads where it is: the step, and how many screens
 * have it open now (a count, never who).
 */
export async function markPresent(
  id: string,
  viewer: string,
  now = new Date(),
): Promise<Result<{ step: number; praying: number }>> {
  const meeting = await getMeeting(id);
  if (!meeting) return fail(404, "There is no such prayer meeting.");
  const db = await getDb();
  const since = new Date(now.getTime() - PRESENCE_MS);
  await db
    .delete(meetingPresence)
    .where(
      and(
        eq(meetingPresence.meetingId, id),
        lt(meetingPresence.seenAt, new Date(now.getTime() - 60_000)),
      ),
    );
  const [screens] = await db
    .select({ n: count() })
    .from(meetingPresence)
    .where(eq(meetingPresence.meetingId, id));
  const known = await db
    .select({ viewer: meetingPresence.viewer })
    .from(meetingPresence)
    .where(and(eq(meetingPresence.meetingId, id), eq(meetingPresence.viewer, viewer)))
    .limit(1);
  if (known.length > 0 || Number(screens?.n ?? 0) < MAX_SCREENS)
    await db
      .insert(meetingPresence)
      .values({ meetingId: id, viewer, seenAt: now })
      .onConflictDoUpdate({
        target: [meetingPresence.meetingId, meetingPresence.viewer],
        set: { seenAt: now },
      });
  const [praying] = await db
    .select({ n: count() })
    .from(meetingPresence)
    .where(and(eq(meetingPresence.meetingId, id), gte(meetingPresence.seenAt, since)));
  return { ok: true, step: meeting.step, praying: Number(praying?.n ?? 0) };
}
