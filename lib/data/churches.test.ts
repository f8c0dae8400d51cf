// Churches and Freedom Sunday on every dialect: the whole flow from a new church to a held service,
// every mutation against every kind of person (denied ones change nothing), bad input, invite
// links (multi-use, revoked, expired, tampered), the public list and a church's prayer activity.
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  churchInvites,
  churchMembers,
  churches,
  eventFeaturedRequests,
  eventTasks,
  freedomSundayEvents,
  prayers,
  regions,
  requests,
  users,
} from "@/db/schema";
import { addDays, defaultTasksFor, hashInviteToken, nextSunday } from "@/lib/freedom-sunday";
import ical from "node-ical";
import { serviceCalendar } from "@/lib/calendar";
import { calendarDay } from "@/lib/time";
import type { Actor } from "@/lib/permissions";
import type { Result } from "@/lib/result";
import { ensureSeeded, makeUser } from "@/lib/testing/data-fixtures";
import type { EventInput } from "@/lib/validation/churches";
import {
  EXPIRED_INVITE,
  INVALID_INVITE,
  createInvite,
  joinByInvite,
  previewInvite,
  revokeInvite,
} from "./church-invites";
import { addTask, setTaskDone, updateTask } from "./church-tasks";
import {
  createChurch,
  setChurchTimeZone,
  getChurch,
  getChurchActivity,
  getEventForCalendar,
  getMyChurches,
  getMyFreedomSundays,
  listHostingChurches,
} from "./churches";
import {
  getEventPlan,
  listFeaturableRequests,
  registerEvent,
  reportEvent,
  setFeaturedRequests,
  updateEvent,
} from "./church-events";
import { getDb } from "./db";
import { lastWeeks } from "./engagement";

/** The value of a successful result; fails the test with the error otherwise. */
function ok<T extends object>(result: Result<T>): { ok: true } & T {
  if (!result.ok) throw new Error(`expected success, got ${result.status}: ${result.error}`);
  return result;
}

/** A Sunday `weeks` weeks after the next one (today counts when it is a Sunday). */
const sundayIn = (weeks: number) => addDays(nextSunday(), 7 * weeks);
/** A Sunday well in the past. */
const pastSunday = addDays(nextSunday(), -70);

const service = (date: string, more: Partial<EventInput> = {}): EventInput => ({
  date,
  serviceTimes: "9:00 and 11:00",
  expectedAttendance: 120,
  isPublic: true,
  notes: "Ask the youth band to lead the prayer time.",
  ...more,
});

let churchNumber = 0;
const church = (country = "Kenya") => {
  churchNumber += 1;
  return { name: `Grace Chapel ${churchNumber}`, city: "Nairobi", country };
};

let featurable: number[];
beforeAll(async () => {
  await ensureSeeded();
  featurable = (await listFeaturableRequests()).map((r) => r.id);
});

/** Moves an event into the past directly (registerEvent rightly refuses past dates). */
async function backdate(eventId: number, date = pastSunday) {
  const db = await getDb();
  await db.update(freedomSundayEvents).set({ date }).where(eq(freedomSundayEvents.id, eventId));
}

/** Every row the church functions write, in a stable order, to compare before and after. */
async function snapshot() {
  const db = await getDb();
  const [churchRows, memberRows, inviteRows, eventRows, taskRows, featuredRows] = await Promise.all(
    [
      db
        .select({ id: churches.id, name: churches.name, country: churches.country })
        .from(churches)
        .orderBy(asc(churches.id)),
      db
        .select({
          churchId: churchMembers.churchId,
          userId: churchMembers.userId,
          role: churchMembers.role,
        })
        .from(churchMembers)
        .orderBy(asc(churchMembers.churchId), asc(churchMembers.userId)),
      db
        .select({
          id: churchInvites.id,
          expiresAt: churchInvites.expiresAt,
          revokedAt: churchInvites.revokedAt,
        })
        .from(churchInvites)
        .orderBy(asc(churchInvites.id)),
      db
        .select({
          id: freedomSundayEvents.id,
          date: freedomSundayEvents.date,
          serviceTimes: freedomSundayEvents.serviceTimes,
          expectedAttendance: freedomSundayEvents.expectedAttendance,
          isPublic: freedomSundayEvents.isPublic,
          status: freedomSundayEvents.status,
          notes: freedomSundayEvents.notes,
          reportAttendance: freedomSundayEvents.reportAttendance,
          reportCommitments: freedomSundayEvents.reportCommitments,
        })
        .from(freedomSundayEvents)
        .orderBy(asc(freedomSundayEvents.id)),
      db
        .select({
          id: eventTasks.id,
          eventId: eventTasks.eventId,
          title: eventTasks.title,
          dueDate: eventTasks.dueDate,
          assigneeId: eventTasks.assigneeId,
          done: eventTasks.done,
          position: eventTasks.position,
        })
        .from(eventTasks)
        .orderBy(asc(eventTasks.id)),
      db
        .select({
          eventId: eventFeaturedRequests.eventId,
          requestId: eventFeaturedRequests.requestId,
          position: eventFeaturedRequests.position,
        })
        .from(eventFeaturedRequests)
        .orderBy(asc(eventFeaturedRequests.eventId), asc(eventFeaturedRequests.position)),
    ],
  );
  return {
    churches: churchRows,
    members: memberRows,
    invites: inviteRows,
    events: eventRows,
    tasks: taskRows,
    featured: featuredRows,
  };
}

/**
 * A church with a leader and a member who joined by invite, an upcoming public Freedom Sunday whose
 * first task is assigned to the member, a private one already past, and a second church's leader.
 */
async function world() {
  const leader = await makeUser("leader");
  const member = await makeUser("member");
  const { churchId } = ok(await createChurch(leader, church()));
  const invite = ok(await createInvite(leader, churchId, {}));
  ok(await joinByInvite(member, invite.token));
  const { eventId } = ok(await registerEvent(leader, churchId, service(sundayIn(6))));
  const { eventId: pastEventId } = ok(
    await registerEvent(leader, churchId, service(sundayIn(7), { isPublic: false })),
  );
  await backdate(pastEventId);
  const { tasks } = ok(await getEventPlan(leader, eventId));
  const assignedTaskId = tasks[0]!.id;
  const unassignedTaskId = tasks[1]!.id;
  ok(await updateTask(leader, assignedTaskId, { assigneeId: member.id }));
  const otherLeader = await makeUser("leader");
  ok(await createChurch(otherLeader, church("Brazil")));
  return {
    leader,
    member,
    otherLeader,
    churchId,
    inviteId: invite.inviteId,
    token: invite.token,
    eventId,
    pastEventId,
    assignedTaskId,
    unassignedTaskId,
  };
}
type World = Awaited<ReturnType<typeof world>>;

type Who = "visitor" | "outsider" | "member" | "leader" | "otherLeader" | "staff" | "admin";
const everyone: Who[] = [
  "visitor",
  "outsider",
  "member",
  "leader",
  "otherLeader",
  "staff",
  "admin",
];

async function actorFor(who: Who, w: World): Promise<Actor | null> {
  switch (who) {
    case "visitor":
      return null;
    case "outsider":
      return makeUser("member");
    case "member":
      return w.member;
    case "leader":
      return w.leader;
    case "otherLeader":
      return w.otherLeader;
    case "staff":
      return makeUser("staff");
    case "admin":
      return makeUser("admin");
  }
}

describe("the whole Freedom Sunday flow", () => {
  it("goes from a new church to a held service", async () => {
    const leader = await makeUser("leader");
    const member = await makeUser("member");
    const { churchId } = ok(await createChurch(leader, church()));
    expect(ok(await getMyChurches(leader)).churches).toEqual([
      expect.objectContaining({ id: churchId, city: "Nairobi", role: "leader" }),
    ]);

    // An invite link: only its hash is stored, and it shows where it leads.
    const before = Date.now();
    const invite = ok(await createInvite(leader, churchId, {}));
    expect(invite.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 14 * 86_400_000);
    expect(invite.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 14 * 86_400_000);
    const db = await getDb();
    const [stored] = await db
      .select({ tokenHash: churchInvites.tokenHash })
      .from(churchInvites)
      .where(eq(churchInvites.id, invite.inviteId));
    expect(stored!.tokenHash).toBe(await hashInviteToken(invite.token));
    expect(stored!.tokenHash).not.toContain(invite.token.split(".")[0]);
    expect(ok(await previewInvite(invite.token)).church).toMatchObject({ id: churchId });

    // The member joins; joining again is fine and changes nothing.
    expect(ok(await joinByInvite(member, invite.token))).toEqual({
      ok: true,
      churchId,
      alreadyMember: false,
    });
    expect(ok(await joinByInvite(member, invite.token)).alreadyMember).toBe(true);
    // A leader following their own link stays a leader.
    expect(ok(await joinByInvite(leader, invite.token)).alreadyMember).toBe(true);
    const asMember = ok(await getChurch(member, churchId));
    expect(asMember.myRole).toBe("member");
    expect(asMember.invites).toEqual([]);
    expect(asMember.members.map((m) => [m.userId, m.role])).toEqual([
      [leader.id, "leader"],
      [member.id, "member"],
    ]);
    expect(ok(await getChurch(leader, churchId)).invites.map((i) => i.id)).toEqual([
      invite.inviteId,
    ]);

    // The leader books a Sunday: the default checklist comes with due dates.
    const date = sundayIn(8);
    const { eventId } = ok(await registerEvent(leader, churchId, service(date)));
    expect(ok(await getChurch(member, churchId)).events).toEqual([
      {
        id: eventId,
        date,
        status: "planning",
        isPublic: true,
        serviceTimes: "9:00 and 11:00",
      },
    ]);
    // Each of them finds their church and its Sunday from the public page; a stranger finds none.
    for (const [person, role] of [
      [leader, "leader"],
      [member, "member"],
    ] as const)
      expect(ok(await getMyFreedomSundays(person)).churches).toEqual([
        expect.objectContaining({
          id: churchId,
          role,
          events: [expect.objectContaining({ id: eventId, date, status: "planning" })],
        }),
      ]);
    expect(ok(await getMyFreedomSundays(await makeUser("member"))).churches).toEqual([]);
    expect(await getMyFreedomSundays(null)).toMatchObject({ ok: false, status: 401 });
    const plan = ok(await getEventPlan(member, eventId));
    expect(plan.myRole).toBe("member");
    expect(plan.event).toMatchObject({
      churchId,
      date,
      status: "planning",
      expectedAttendance: 120,
      timeZone: "UTC",
    });
    expect(plan.tasks.map((t) => ({ title: t.title, dueDate: t.dueDate, done: t.done }))).toEqual(
      defaultTasksFor(date, calendarDay(new Date(), "UTC")).map((t) => ({
        title: t.title,
        dueDate: t.dueDate,
        done: false,
      })),
    );
    expect(plan.team.map((t) => t.userId)).toEqual([leader.id, member.id]);

    // A task for the member, which the member ticks; another task they cannot tick.
    const [mine, notMine] = [plan.tasks[2]!, plan.tasks[3]!];
    ok(await updateTask(leader, mine.id, { assigneeId: member.id }));
    ok(await setTaskDone(member, mine.id, true));
    expect(await setTaskDone(member, notMine.id, true)).toMatchObject({ ok: false, status: 403 });
    const ticked = ok(await getEventPlan(member, eventId)).tasks;
    expect(ticked.find((t) => t.id === mine.id)).toMatchObject({
      done: true,
      assigneeId: member.id,
      assigneeName: expect.stringMatching(/^member /),
    });
    expect(ticked.find((t) => t.id === notMine.id)!.done).toBe(false);

    // A task of the leader's own, and two featured requests in the chosen order.
    const { taskId } = ok(
      await addTask(leader, eventId, { title: "Book the projector", dueDate: addDays(date, -3) }),
    );
    expect(ok(await getEventPlan(leader, eventId)).tasks.at(-1)).toMatchObject({
      id: taskId,
      title: "Book the projector",
      position: 8,
    });
    const [first, second] = [featurable[0]!, featurable[1]!];
    ok(await setFeaturedRequests(leader, eventId, [second, first]));
    const featured = ok(await getEventPlan(member, eventId)).featured;
    expect(featured.map((f) => [f.requestId, f.position])).toEqual([
      [second, 0],
      [first, 1],
    ]);
    expect(featured[0]).toMatchObject({
      title: expect.any(String),
      regionSlug: expect.any(String),
      regionName: expect.any(String),
      body: expect.any(String),
    });

    // Confirmed; not "held" before the day; the report waits for the service too.
    ok(await updateEvent(leader, eventId, { status: "confirmed" }));
    expect(await updateEvent(leader, eventId, { status: "held" })).toMatchObject({ status: 409 });
    expect(await reportEvent(leader, eventId, { attendance: 140, commitments: "" })).toMatchObject({
      ok: false,
      status: 409,
    });

    // After the service: the report, and the event is held.
    await backdate(eventId);
    ok(
      await reportEvent(leader, eventId, {
        attendance: 140,
        commitments: "Twelve people will pray weekly; a gift to the mission.",
      }),
    );
    const held = ok(await getEventPlan(leader, eventId)).event;
    expect(held).toMatchObject({
      status: "held",
      reportAttendance: 140,
      reportCommitments: "Twelve people will pray weekly; a gift to the mission.",
    });
    expect(await updateEvent(leader, eventId, { status: "planning" })).toMatchObject({
      status: 409,
    });

    // Its calendar entry: anyone may see a public event, the notes only the church.
    const forVisitor = ok(await getEventForCalendar(null, eventId)).event;
    expect(forVisitor).toMatchObject({ id: eventId, date: pastSunday, notes: "" });
    expect(forVisitor).not.toHaveProperty("churchId");
    expect(ok(await getEventForCalendar(member, eventId)).event.notes).toMatch(/youth band/);
  });

  it("edits a plan: details, a new date that moves the checklist, and status steps", async () => {
    const { leader, member, eventId } = await world();
    const before = ok(await getEventPlan(leader, eventId));
    const newDate = addDays(before.event.date, 14);
    ok(
      await updateEvent(leader, eventId, {
        date: newDate,
        serviceTimes: "10:30",
        expectedAttendance: null,
        isPublic: false,
        notes: "",
      }),
    );
    const after = ok(await getEventPlan(leader, eventId));
    expect(after.event).toMatchObject({
      date: newDate,
      serviceTimes: "10:30",
      expectedAttendance: null,
      isPublic: false,
      notes: "",
    });
    expect(after.tasks.map((t) => t.dueDate)).toEqual(
      before.tasks.map((t) => addDays(t.dueDate!, 14)),
    );
    // Fields not sent stay as they were.
    ok(await updateEvent(leader, eventId, { notes: "Only the notes" }));
    expect(ok(await getEventPlan(leader, eventId)).event).toMatchObject({
      date: newDate,
      serviceTimes: "10:30",
      notes: "Only the notes",
    });

    expect(await updateEvent(leader, eventId, { status: "held" })).toMatchObject({
      status: 409,
      fieldErrors: { status: expect.stringMatching(/Confirm the plan/) },
    });
    ok(await updateEvent(leader, eventId, { status: "confirmed" }));
    ok(await updateEvent(leader, eventId, { status: "planning" }));
    ok(await updateEvent(leader, eventId, { status: "confirmed" }));
    // The world's other event already sits on pastSunday.
    await backdate(eventId, addDays(pastSunday, -7));
    ok(await updateEvent(leader, eventId, { status: "held" }));
    expect(ok(await getEventPlan(member, eventId)).event.status).toBe("held");
    expect(await updateEvent(leader, eventId, { date: sundayIn(20) })).toMatchObject({
      status: 409,
    });
  });
});

describe("a church's own time zone", () => {
  it("a Nairobi 9:00 service is 06:00 UTC in its calendar file, and changing the zone moves it", async () => {
    const leader = await makeUser("leader");
    const { churchId } = ok(
      await createChurch(leader, { ...church(), timeZone: "africa/nairobi" }),
    );
    const date = sundayIn(3);
    const { eventId } = ok(await registerEvent(leader, churchId, service(date)));
    expect(ok(await getEventPlan(leader, eventId)).event.timeZone).toBe("Africa/Nairobi");
    const startOf = async () => {
      const found = ok(await getEventForCalendar(leader, eventId)).event;
      const text = serviceCalendar(found, "https://intercede.example/");
      expect(text).toContain(`DTSTART;TZID=${found.timeZone}:${date.replaceAll("-", "")}T090000`);
      const vevent = Object.values(ical.sync.parseICS(text)).find((c) => c?.type === "VEVENT");
      return (vevent as ical.VEvent).start.toISOString();
    };
    expect(await startOf()).toBe(`${date}T06:00:00.000Z`);

    // The leader moves the church to La Paz: the same 9:00 is now 13:00 UTC.
    expect(ok(await setChurchTimeZone(leader, churchId, { timeZone: "America/La_Paz" }))).toEqual({
      ok: true,
      timeZone: "America/La_Paz",
    });
    expect(await startOf()).toBe(`${date}T13:00:00.000Z`);

    // Not a zone, or not the leader: a clear refusal and nothing changes.
    const before = await snapshot();
    expect(await setChurchTimeZone(leader, churchId, { timeZone: "Mars/Olympus_Mons" })).toEqual(
      expect.objectContaining({
        ok: false,
        status: 422,
        error: "Choose a time zone from the list",
      }),
    );
    expect(
      await setChurchTimeZone(await makeUser("member"), churchId, { timeZone: "UTC" }),
    ).toMatchObject({ ok: false, status: 403 });
    expect(await createChurch(leader, { ...church(), timeZone: "Nowhere" })).toMatchObject({
      ok: false,
      status: 422,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("a Sunday two days away gets a checklist with nothing overdue", async () => {
    const leader = await makeUser("leader");
    const { churchId } = ok(await createChurch(leader, { ...church(), timeZone: "Asia/Manila" }));
    const now = new Date();
    const today = calendarDay(now, "Asia/Manila");
    const date = nextSunday(new Date(now.getTime() + 2 * 86_400_000), "Asia/Manila");
    const { eventId } = ok(await registerEvent(leader, churchId, service(date), { now }));
    const { tasks } = ok(await getEventPlan(leader, eventId));
    expect(tasks).toHaveLength(8);
    for (const task of tasks) expect(task.dueDate! >= today).toBe(true);
  });
});

describe("who may do what", () => {
  const mutations: {
    name: string;
    allowed: Who[];
    /** Allowed, but already done for these (joining a church one is in). */
    noChangeFor?: Who[];
    run: (actor: Actor | null, w: World) => Promise<Result<object>>;
  }[] = [
    {
      name: "create a church",
      allowed: ["leader", "otherLeader", "admin"],
      run: (a) => createChurch(a, church()),
    },
    {
      name: "create an invite",
      allowed: ["leader", "admin"],
      run: (a, w) => createInvite(a, w.churchId, { days: 7 }),
    },
    {
      name: "revoke an invite",
      allowed: ["leader", "admin"],
      run: (a, w) => revokeInvite(a, w.churchId, w.inviteId),
    },
    {
      name: "join by invite",
      allowed: ["outsider", "member", "leader", "otherLeader", "staff", "admin"],
      noChangeFor: ["member", "leader"],
      run: (a, w) => joinByInvite(a, w.token),
    },
    {
      name: "register a Freedom Sunday",
      allowed: ["leader", "admin"],
      run: (a, w) => registerEvent(a, w.churchId, service(sundayIn(10))),
    },
    {
      name: "update an event",
      allowed: ["leader", "admin"],
      run: (a, w) => updateEvent(a, w.eventId, { notes: "Changed", status: "confirmed" }),
    },
    {
      name: "add a task",
      allowed: ["leader", "admin"],
      run: (a, w) => addTask(a, w.eventId, { title: "Print name tags" }),
    },
    {
      name: "update a task",
      allowed: ["leader", "admin"],
      run: (a, w) => updateTask(a, w.unassignedTaskId, { title: "Renamed", dueDate: null }),
    },
    {
      name: "tick the member's task",
      allowed: ["member", "leader", "admin"],
      run: (a, w) => setTaskDone(a, w.assignedTaskId, true),
    },
    {
      name: "tick an unassigned task",
      allowed: ["leader", "admin"],
      run: (a, w) => setTaskDone(a, w.unassignedTaskId, true),
    },
    {
      name: "feature requests",
      allowed: ["leader", "admin"],
      run: (a, w) => setFeaturedRequests(a, w.eventId, featurable.slice(0, 2)),
    },
    {
      name: "report on a service",
      allowed: ["leader", "admin"],
      run: (a, w) => reportEvent(a, w.pastEventId, { attendance: 50, commitments: "Pray weekly" }),
    },
  ];

  describe.each(mutations)("$name", ({ allowed, noChangeFor = [], run }) => {
    it.each(everyone)("as %s", async (who) => {
      const w = await world();
      const actor = await actorFor(who, w);
      const before = await snapshot();
      const result = await run(actor, w);
      if (allowed.includes(who)) {
        expect(result).toMatchObject({ ok: true });
        if (noChangeFor.includes(who)) expect(await snapshot()).toEqual(before);
        else expect(await snapshot()).not.toEqual(before);
      } else {
        expect(result).toMatchObject({ ok: false, status: who === "visitor" ? 401 : 403 });
        expect(await snapshot()).toEqual(before);
      }
    });
  });

  const reads: {
    name: string;
    allowed: Who[];
    run: (actor: Actor | null, w: World) => Promise<Result<object>>;
  }[] = [
    {
      name: "see the church",
      allowed: ["member", "leader", "admin"],
      run: (a, w) => getChurch(a, w.churchId),
    },
    {
      name: "see the plan",
      allowed: ["member", "leader", "admin"],
      run: (a, w) => getEventPlan(a, w.eventId),
    },
    {
      name: "see the church's prayer activity",
      allowed: ["leader", "admin"],
      run: (a, w) => getChurchActivity(a, w.churchId),
    },
    {
      name: "get a private event's calendar file",
      allowed: ["member", "leader", "admin"],
      run: (a, w) => getEventForCalendar(a, w.pastEventId),
    },
    {
      name: "get a public event's calendar file",
      allowed: everyone,
      run: (a, w) => getEventForCalendar(a, w.eventId),
    },
    {
      name: "list my churches",
      allowed: ["outsider", "member", "leader", "otherLeader", "staff", "admin"],
      run: (a) => getMyChurches(a),
    },
  ];

  describe.each(reads)("$name", ({ allowed, run }) => {
    it.each(everyone)("as %s", async (who) => {
      const w = await world();
      const result = await run(await actorFor(who, w), w);
      if (allowed.includes(who)) expect(result).toMatchObject({ ok: true });
      else expect(result).toMatchObject({ ok: false, status: who === "visitor" ? 401 : 403 });
    });
  });

  it("checks permission before saying an id does not exist", async () => {
    const leader = await makeUser("leader");
    const admin = await makeUser("admin");
    for (const run of [
      (a: Actor | null) => updateEvent(a, 999_999, { notes: "x" }),
      (a: Actor | null) => addTask(a, 999_999, { title: "x" }),
      (a: Actor | null) => updateTask(a, 999_999, { title: "x" }),
      (a: Actor | null) => setTaskDone(a, 999_999, true),
      (a: Actor | null) => registerEvent(a, 999_999, service(sundayIn(3))),
      (a: Actor | null) => createInvite(a, 999_999, {}),
      (a: Actor | null) => getEventPlan(a, 999_999),
      (a: Actor | null) => getChurch(a, 999_999),
    ]) {
      expect(await run(null)).toMatchObject({ status: 401 });
      expect(await run(leader)).toMatchObject({ status: 403 });
      expect(await run(admin)).toMatchObject({ status: 404 });
    }
  });
});

describe("bad input changes nothing", () => {
  it("refuses a Saturday, a past date, bad attendance and a duplicate date", async () => {
    const { leader, churchId, eventId } = await world();
    const plan = ok(await getEventPlan(leader, eventId));
    const before = await snapshot();
    const saturday = addDays(sundayIn(3), -1);
    const cases: [EventInput, number, string | RegExp][] = [
      [service(saturday), 422, /^Freedom Sunday is on a Sunday: .* is a Saturday\.$/],
      [service(addDays(sundayIn(3), 1)), 422, /is a Monday\.$/],
      [service("2026-02-30"), 422, /YYYY-MM-DD/],
      [service(pastSunday), 422, "That date has passed."],
      [service(sundayIn(3), { expectedAttendance: -5 }), 422, /cannot be negative/],
      [service(sundayIn(3), { expectedAttendance: 5_000_000 }), 422, /at most 100,000/],
      [service(sundayIn(3), { expectedAttendance: 12.5 }), 422, /whole number/],
      [service(sundayIn(3), { notes: "x".repeat(5_001) }), 422, /too long/],
      [service(plan.event.date), 409, "Your church already has a Freedom Sunday on that date."],
    ];
    for (const [input, status, message] of cases) {
      const result = await registerEvent(leader, churchId, input);
      expect(result).toMatchObject({ ok: false, status });
      if (!result.ok) {
        expect(result.error).toMatch(message);
        expect(Object.keys(result.fieldErrors ?? {})).toHaveLength(1);
      }
    }
    // The same rules when editing.
    for (const [changes, status] of [
      [{ date: saturday }, 422],
      [{ date: pastSunday }, 422],
      [{ expectedAttendance: -1 }, 422],
      [{ status: "finished" as "held" }, 422],
    ] as const) {
      expect(await updateEvent(leader, eventId, changes)).toMatchObject({ ok: false, status });
    }
    const second = sundayIn(9);
    const { eventId: otherId } = ok(await registerEvent(leader, churchId, service(second)));
    const withSecond = await snapshot();
    expect(await updateEvent(leader, eventId, { date: second })).toMatchObject({ status: 409 });
    expect(await snapshot()).toEqual(withSecond);
    expect(withSecond.events.filter((e) => e.id !== otherId)).toEqual(before.events);
  });

  it("refuses bad tasks, assignees outside the church and bad featured lists", async () => {
    const { leader, eventId, unassignedTaskId } = await world();
    const outsider = await makeUser("member");
    const before = await snapshot();
    expect(await addTask(leader, eventId, { title: "  " })).toMatchObject({ status: 422 });
    expect(await addTask(leader, eventId, { title: "x".repeat(201) })).toMatchObject({
      status: 422,
    });
    expect(
      await addTask(leader, eventId, { title: "Greeters", dueDate: "next week" }),
    ).toMatchObject({ status: 422, fieldErrors: { dueDate: expect.any(String) } });
    expect(
      await addTask(leader, eventId, { title: "Greeters", assigneeId: outsider.id }),
    ).toMatchObject({ status: 422, fieldErrors: { assigneeId: expect.any(String) } });
    expect(await updateTask(leader, unassignedTaskId, { assigneeId: outsider.id })).toMatchObject({
      status: 422,
    });

    // Only open, published requests; the message names the bad one; at most 12.
    const db = await getDb();
    const [draft] = await db
      .insert(requests)
      .values({
        regionId: (await db.select({ id: regions.id }).from(regions).limit(1))[0]!.id,
        kind: "request",
        title: "Not published yet",
        body: "Draft.",
      })
      .returning({ id: requests.id });
    const refused = await setFeaturedRequests(leader, eventId, [featurable[0]!, draft!.id]);
    expect(refused).toMatchObject({ ok: false, status: 422 });
    expect(!refused.ok && refused.error).toContain(`Request ${draft!.id}`);
    expect(await setFeaturedRequests(leader, eventId, [featurable[0]!, 2_000_000])).toMatchObject({
      status: 422,
    });
    expect(
      await setFeaturedRequests(leader, eventId, [featurable[0]!, featurable[0]!]),
    ).toMatchObject({ status: 422 });
    expect(
      await setFeaturedRequests(
        leader,
        eventId,
        Array.from({ length: 13 }, (_, i) => i + 1),
      ),
    ).toMatchObject({ status: 422 });
    expect(await reportEvent(leader, eventId, { attendance: -1, commitments: "" })).toMatchObject({
      status: 422,
    });
    expect(await snapshot()).toEqual(before);

    // Replacing, and emptying, the list.
    ok(await setFeaturedRequests(leader, eventId, featurable.slice(0, 3)));
    ok(await setFeaturedRequests(leader, eventId, [featurable[2]!]));
    expect(ok(await getEventPlan(leader, eventId)).featured.map((f) => f.requestId)).toEqual([
      featurable[2],
    ]);
    ok(await setFeaturedRequests(leader, eventId, []));
    expect(ok(await getEventPlan(leader, eventId)).featured).toEqual([]);
  });
});

describe("invite links", () => {
  it("work for many people until revoked, then for nobody", async () => {
    const { leader, churchId, token, inviteId } = await world();
    const [a, b, late] = [await makeUser(), await makeUser(), await makeUser()];
    expect(ok(await joinByInvite(a, token)).alreadyMember).toBe(false);
    expect(ok(await joinByInvite(b, token)).alreadyMember).toBe(false);
    ok(await revokeInvite(leader, churchId, inviteId));
    ok(await revokeInvite(leader, churchId, inviteId));
    const before = await snapshot();
    expect(await joinByInvite(late, token)).toEqual({
      ok: false,
      status: 400,
      error: EXPIRED_INVITE,
    });
    expect(await previewInvite(token)).toMatchObject({ ok: false, error: EXPIRED_INVITE });
    expect(await snapshot()).toEqual(before);
    const revoked = ok(await getChurch(leader, churchId)).invites.find((i) => i.id === inviteId);
    expect(revoked?.revokedAt).toBeInstanceOf(Date);
  });

  it("stop working when they expire", async () => {
    const { leader, churchId } = await world();
    const { token, expiresAt } = ok(await createInvite(leader, churchId, { days: 1 }));
    const person = await makeUser();
    expect(ok(await previewInvite(token, new Date(expiresAt.getTime() - 1000))).expiresAt).toEqual(
      expiresAt,
    );
    const before = await snapshot();
    expect(await joinByInvite(person, token, expiresAt)).toMatchObject({
      status: 400,
      error: EXPIRED_INVITE,
    });
    expect(await snapshot()).toEqual(before);
    expect(await createInvite(leader, churchId, { days: 61 })).toMatchObject({ status: 422 });
    expect(await createInvite(leader, churchId, { days: 0 })).toMatchObject({ status: 422 });
  });

  it("refuse tampered, unknown and visitor use", async () => {
    const { churchId, token } = await world();
    const person = await makeUser();
    const before = await snapshot();
    const [random, signature] = token.split(".") as [string, string];
    const flipped = `${random.slice(0, -1)}${random.endsWith("A") ? "B" : "A"}.${signature}`;
    for (const bad of [
      flipped,
      `${random}.${signature.split("").reverse().join("")}`,
      "nonsense",
    ]) {
      expect(await joinByInvite(person, bad)).toEqual({
        ok: false,
        status: 400,
        error: INVALID_INVITE,
      });
      expect(await previewInvite(bad)).toMatchObject({ status: 400, error: INVALID_INVITE });
    }
    expect(await joinByInvite(null, token)).toMatchObject({ status: 401 });
    expect(await snapshot()).toEqual(before);
    expect(await getChurch(person, churchId)).toMatchObject({ status: 403 });
  });
});

describe("the public list of hosting churches", () => {
  it("counts every hosting church, lists the public events, and filters by country", async () => {
    // A year of its own: 2097, with Sundays from registerEvent's own rules.
    const year = 2097;
    const sunday = (month: string, day: string) => `${year}-${month}-${day}`;
    const [kenya, brazil, hidden, nextYear] = await Promise.all(
      Array.from({ length: 4 }, () => makeUser("leader")),
    );
    const kenyaChurch = ok(
      await createChurch(kenya!, { name: "Alpha Church", city: "Nairobi", country: "Kenya" }),
    ).churchId;
    const brazilChurch = ok(
      await createChurch(brazil!, { name: "Beta Church", city: "Recife", country: "Brazil" }),
    ).churchId;
    const hiddenChurch = ok(await createChurch(hidden!, church("Kenya"))).churchId;
    const laterChurch = ok(await createChurch(nextYear!, church("Peru"))).churchId;
    // 2097-03-03 and 2097-11-03 are Sundays.
    const k = ok(await registerEvent(kenya!, kenyaChurch, service(sunday("11", "03")))).eventId;
    const b1 = ok(await registerEvent(brazil!, brazilChurch, service(sunday("03", "03")))).eventId;
    const b2 = ok(await registerEvent(brazil!, brazilChurch, service(sunday("11", "03")))).eventId;
    ok(
      await registerEvent(hidden!, hiddenChurch, service(sunday("03", "03"), { isPublic: false })),
    );
    ok(await registerEvent(nextYear!, laterChurch, service("2098-01-05")));

    const all = await listHostingChurches({ year });
    expect(all.count).toBe(3);
    // By date, then by name.
    expect(all.churches.map((c) => c.eventId)).toEqual([b1, k, b2]);
    expect(all.churches[0]).toEqual({
      eventId: b1,
      name: "Beta Church",
      city: "Recife",
      country: "Brazil",
      date: "2097-03-03",
    });
    expect(all.countries).toEqual(["Brazil", "Kenya"]);

    const inKenya = await listHostingChurches({ year, country: "Kenya" });
    expect(inKenya.count).toBe(3);
    expect(inKenya.churches.map((c) => c.eventId)).toEqual([k]);
    expect(inKenya.countries).toEqual(["Brazil", "Kenya"]);
    expect((await listHostingChurches({ year, country: "kenya" })).churches).toEqual([]);

    const later = await listHostingChurches({ year: 2098 });
    expect(later.count).toBe(1);
    expect(later.countries).toEqual(["Peru"]);
    expect(await listHostingChurches({ year: 2095 })).toEqual({
      count: 0,
      churches: [],
      countries: [],
    });
  });
});

describe("a church's prayer activity", () => {
  it("counts its members' prayers by week and region, exactly, and says nothing of who", async () => {
    const { leader, member, churchId } = await world();
    const second = await makeUser();
    const { token } = ok(await createInvite(leader, churchId, {}));
    ok(await joinByInvite(second, token));
    const outsider = await makeUser();

    const now = new Date("2026-06-10T12:00:00Z"); // a Wednesday
    const weeks = lastWeeks(now);
    expect(weeks).toHaveLength(12);
    const db = await getDb();
    const published = await db
      .select({ id: requests.id, slug: regions.slug })
      .from(requests)
      .innerJoin(regions, eq(regions.id, requests.regionId))
      .orderBy(asc(requests.id));
    const inRegion = (slug: string) => published.filter((r) => r.slug === slug).map((r) => r.id);
    const [africa1, africa2] = inRegion("africa") as [number, number];
    const [global1] = inRegion("global") as [number];
    const thisWeek = weeks[11]!;
    const pray = (userId: string, requestId: number, day: string) => ({ userId, requestId, day });
    await db.insert(prayers).values([
      pray(member.id, africa1, thisWeek),
      pray(member.id, africa2, thisWeek),
      pray(member.id, africa1, addDays(thisWeek, 2)),
      pray(second.id, africa1, addDays(thisWeek, 1)),
      pray(member.id, global1, addDays(weeks[8]!, 6)), // a Sunday: still that week
      pray(leader.id, global1, weeks[0]!),
      pray(leader.id, global1, addDays(weeks[0]!, -1)), // the week before the window
      pray(outsider.id, africa1, thisWeek), // not in the church
      pray(member.id, africa1, addDays(thisWeek, 7)), // after now's week
    ]);

    const activity = ok(await getChurchActivity(leader, churchId, now));
    expect(activity.weeks).toEqual(weeks);
    expect(activity.regions.map((r) => r.slug)).toEqual(
      expect.arrayContaining(["africa", "global"]),
    );
    const totals = activity.series.map((s) => s.total);
    expect(totals).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 4]);
    expect(activity.series[11]!.byRegion).toMatchObject({ africa: 4, global: 0 });
    expect(activity.series[8]!.byRegion).toMatchObject({ africa: 0, global: 1 });
    expect(activity.series[0]!.byRegion).toMatchObject({ global: 1 });
    for (const week of activity.series)
      expect(Object.keys(week.byRegion).sort()).toEqual(activity.regions.map((r) => r.slug).sort());

    const people = await db
      .select({ id: users.id, email: users.email, name: users.name })
      .from(churchMembers)
      .innerJoin(users, eq(users.id, churchMembers.userId))
      .where(eq(churchMembers.churchId, churchId));
    expect(people.length).toBe(3);
    const text = JSON.stringify(activity);
    for (const person of people) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.email);
      if (person.name) expect(text).not.toContain(person.name);
    }
    expect(await getChurchActivity(member, churchId, now)).toMatchObject({ status: 403 });
  });
});
