// Every route handler that writes, found from the files under app/api: each must say whether it makes
// text public, and each that does must refuse text that may identify someone (409, with the flags,
// nothing written) until the writer confirms — and then record the confirmation in the audit log.
// A new route file that writes fails here until it is declared and given a case below.
import { readdirSync } from "node:fs";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { TEST_AUTH_SECRET, callRoute, sessionCookie } from "@/lib/testing/route-client";

process.env.AUTH_SECRET ??= TEST_AUTH_SECRET;

// Outside a running Next.js server: cache invalidation is a no-op and after() runs at once.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  after: (task: () => unknown) => void Promise.resolve().then(task),
}));

const API = path.join(process.cwd(), "app/api");
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

/** Writing handlers not built with jsonRoute, and why they make no text public. */
const NOT_JSON_ROUTES: Record<string, string> = {
  "auth/[...nextauth] POST": "Auth.js sign-in, sign-out and e-mail links: no text is published",
  "unsubscribe POST": "turns off e-mail for the token's owner: no text is published",
  "bench-floor POST": "the benchmark's empty handler: reads nothing, writes nothing",
};

const routeFiles = readdirSync(API, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(`${path.sep}route.ts`) || file === "route.ts")
  .map((file) => path.dirname(file).split(path.sep).join("/"))
  .sort();

type Writer = { route: string; method: string; checksPublicText: boolean | null };

let writers: Writer[] = [];

beforeAll(async () => {
  writers = [];
  for (const route of routeFiles) {
    const routeModule = (await import(path.join(API, route, "route.ts"))) as Record<
      string,
      unknown
    >;
    for (const method of WRITE_METHODS) {
      const handler = routeModule[method] as { checksPublicText?: unknown } | undefined;
      if (!handler) continue;
      writers.push({
        route,
        method,
        checksPublicText:
          typeof handler.checksPublicText === "boolean" ? handler.checksPublicText : null,
      });
    }
  }
}, 120_000);

describe("the route files under app/api", () => {
  it("are all found", () => {
    expect(routeFiles.length).toBeGreaterThan(25);
    expect(routeFiles).toContain("staff/bulletins");
  });

  it("each say whether a write makes text public (jsonRoute's publicText)", () => {
    const undeclared = writers
      .filter((w) => w.checksPublicText === null && !NOT_JSON_ROUTES[`${w.route} ${w.method}`])
      .map((w) => `${w.method} /api/${w.route}`);
    expect(undeclared, "writing routes that never state their public text").toEqual([]);
  });

  it("each that publishes text has a case below proving the check", () => {
    const checked = writers.filter((w) => w.checksPublicText).map((w) => `${w.method} ${w.route}`);
    expect(checked.sort()).toEqual(Object.keys(SAFETY_CASES).sort());
  });
});

// ---- the cases ------------------------------------------------------------------------------

const IDENTIFYING = "Pray for Maria Santos, 14, of El Alto, who testifies on Monday.";

interface Setup {
  staff: string;
  leader: string;
  bulletinId: number;
  requestId: number;
  churchId: number;
  eventId: number;
  updateId: number;
}

interface SafetyCase {
  path: (s: Setup) => string;
  params: (s: Setup) => Record<string, string>;
  cookie: (s: Setup) => string;
  body: () => Record<string, unknown>;
  /** A count of rows that the write would change. */
  written: (s: Setup) => Promise<unknown>;
  /** The audit entry that records the confirmation. */
  audited: (s: Setup) => Promise<number>;
}

async function db() {
  return (await import("@/lib/data/db")).getDb();
}
async function schema() {
  return import("@/db/schema");
}
/** Audit entries of this entity (type, and id when given) that record the flagged name. */
async function auditCount(entityType: string, entityId?: number): Promise<number> {
  const { auditLog } = await schema();
  const rows = await (
    await db()
  )
    .select({ after: auditLog.after })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, entityType as "bulletin"),
        ...(entityId === undefined ? [] : [eq(auditLog.entityId, entityId)]),
      ),
    );
  return rows.filter((r) => JSON.stringify(r.after).includes("Maria Santos")).length;
}

const bulletinBody = (text: string) => ({
  title: "Route test bulletin",
  verseText: "Seek justice, defend the oppressed.",
  verseReference: "Isaiah 1:17",
  notes: [],
  items: [
    { region: "latin-america", country: "Bolivia", kind: "request", title: "A trial", body: text },
  ],
});

const SAFETY_CASES: Record<string, SafetyCase> = {
  "POST staff/bulletins": {
    path: () => "/api/staff/bulletins",
    params: () => ({}),
    cookie: (s) => s.staff,
    body: () => bulletinBody(IDENTIFYING),
    written: async () => {
      const { bulletins } = await schema();
      return (await (await db()).select({ n: count() }).from(bulletins))[0]?.n;
    },
    audited: () => auditCount("bulletin"),
  },
  "PUT staff/bulletins/[id]": {
    path: (s) => `/api/staff/bulletins/${s.bulletinId}`,
    params: (s) => ({ id: String(s.bulletinId) }),
    cookie: (s) => s.staff,
    body: () => bulletinBody(IDENTIFYING),
    written: async (s) => {
      const { requests } = await schema();
      return (
        await (
          await db()
        )
          .select({ body: requests.body })
          .from(requests)
          .where(eq(requests.firstBulletinId, s.bulletinId))
      ).map((r) => r.body);
    },
    audited: (s) => auditCount("bulletin", s.bulletinId),
  },
  "POST staff/bulletins/[id]/publish": {
    path: (s) => `/api/staff/bulletins/${s.bulletinId}/publish`,
    params: (s) => ({ id: String(s.bulletinId) }),
    cookie: (s) => s.staff,
    body: () => ({ at: null }),
    written: async (s) => {
      const { bulletins } = await schema();
      return (
        await (
          await db()
        )
          .select({ status: bulletins.status })
          .from(bulletins)
          .where(eq(bulletins.id, s.bulletinId))
      )[0]?.status;
    },
    audited: (s) => auditCount("bulletin", s.bulletinId),
  },
  "PUT staff/bulletins/[id]/translations/[locale]": {
    path: (s) => `/api/staff/bulletins/${s.bulletinId}/translations/es`,
    params: (s) => ({ id: String(s.bulletinId), locale: "es" }),
    cookie: (s) => s.staff,
    body: () => ({
      title: "Boletín de prueba",
      verseText: "Buscad la justicia.",
      verseReference: "Isaías 1:17",
      notes: [IDENTIFYING],
      items: [],
    }),
    written: async (s) => {
      const { bulletinTranslations } = await schema();
      return (
        await (
          await db()
        )
          .select({ notes: bulletinTranslations.notes })
          .from(bulletinTranslations)
          .where(eq(bulletinTranslations.bulletinId, s.bulletinId))
      ).map((r) => r.notes);
    },
    audited: (s) => auditCount("bulletin", s.bulletinId),
  },
  "PUT staff/updates/[id]/translations/[locale]": {
    path: (s) => `/api/staff/updates/${s.updateId}/translations/fr`,
    params: (s) => ({ id: String(s.updateId), locale: "fr" }),
    cookie: (s) => s.staff,
    body: () => ({ body: IDENTIFYING }),
    written: async (s) => {
      const { updateTranslations } = await schema();
      return (
        await (
          await db()
        )
          .select({ body: updateTranslations.body })
          .from(updateTranslations)
          .where(eq(updateTranslations.updateId, s.updateId))
      ).map((r) => r.body);
    },
    audited: (s) => auditCount("update", s.updateId),
  },
  "POST staff/requests/[id]/updates": {
    path: (s) => `/api/staff/requests/${s.requestId}/updates`,
    params: (s) => ({ id: String(s.requestId) }),
    cookie: (s) => s.staff,
    body: () => ({ kind: "answered", body: IDENTIFYING }),
    written: async (s) => {
      const { updates, requests } = await schema();
      const d = await db();
      return [
        (await d.select({ n: count() }).from(updates).where(eq(updates.requestId, s.requestId)))[0]
          ?.n,
        (
          await d.select({ s: requests.status }).from(requests).where(eq(requests.id, s.requestId))
        )[0]?.s,
      ];
    },
    audited: (s) => auditCount("request", s.requestId),
  },
  "POST churches": {
    path: () => "/api/churches",
    params: () => ({}),
    cookie: (s) => s.leader,
    body: () => ({ name: "Home group of Maria Santos, 14", city: "El Alto", country: "Bolivia" }),
    written: async () => {
      const { churches } = await schema();
      return (await (await db()).select({ n: count() }).from(churches))[0]?.n;
    },
    audited: () => auditCount("church"),
  },
  "POST churches/[id]/events": {
    path: (s) => `/api/churches/${s.churchId}/events`,
    params: (s) => ({ id: String(s.churchId) }),
    cookie: (s) => s.leader,
    body: () => ({ date: nextSunday(21), serviceTimes: `9:00 — ${IDENTIFYING}` }),
    written: async (s) => {
      const { freedomSundayEvents } = await schema();
      return (
        await (
          await db()
        )
          .select({ n: count() })
          .from(freedomSundayEvents)
          .where(eq(freedomSundayEvents.churchId, s.churchId))
      )[0]?.n;
    },
    audited: () => auditCount("event"),
  },
  "PATCH events/[id]": {
    path: (s) => `/api/events/${s.eventId}`,
    params: (s) => ({ id: String(s.eventId) }),
    cookie: (s) => s.leader,
    body: () => ({ serviceTimes: `11:00 — ${IDENTIFYING}` }),
    written: async (s) => {
      const { freedomSundayEvents } = await schema();
      return (
        await (
          await db()
        )
          .select({ t: freedomSundayEvents.serviceTimes })
          .from(freedomSundayEvents)
          .where(eq(freedomSundayEvents.id, s.eventId))
      )[0]?.t;
    },
    audited: (s) => auditCount("event", s.eventId),
  },
};

function nextSunday(daysAhead: number): string {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  d.setUTCDate(d.getUTCDate() + ((7 - d.getUTCDay()) % 7));
  return d.toISOString().slice(0, 10);
}

describe("the survivor-safety check on every route that publishes text", () => {
  let setup: Setup;

  beforeAll(async () => {
    const { ensureSeeded, makeUser } = await import("@/lib/testing/data-fixtures");
    await ensureSeeded();
    const staff = await makeUser("staff");
    const leader = await makeUser("leader");
    const { saveBulletin } = await import("@/lib/data/staff");
    const { createChurch } = await import("@/lib/data/churches");
    const { registerEvent } = await import("@/lib/data/church-events");
    const { publicRequestIds } = await import("@/lib/testing/data-fixtures");
    const draft = await saveBulletin(staff, null, bulletinBody(IDENTIFYING) as never, [
      "Maria Santos",
    ]);
    if (!draft.ok) throw new Error(draft.error);
    const church = await createChurch(leader, {
      name: "Grace Chapel",
      city: "La Paz",
      country: "Bolivia",
    });
    if (!church.ok) throw new Error(church.error);
    const event = await registerEvent(leader, church.churchId, {
      date: nextSunday(14),
      serviceTimes: "9:00",
      expectedAttendance: null,
      isPublic: true,
      notes: "",
    });
    if (!event.ok) throw new Error(event.error);
    const { addCaseUpdate } = await import("@/lib/data/staff");
    const update = await addCaseUpdate(staff, (await publicRequestIds())[0]!, {
      kind: "update",
      body: "The hearing moved to Monday.",
      postedAt: new Date(),
    });
    if (!update.ok) throw new Error(update.error);
    setup = {
      updateId: update.updateId,
      staff: await sessionCookie(staff),
      leader: await sessionCookie(leader),
      bulletinId: draft.id,
      requestId: (await publicRequestIds())[0]!,
      churchId: church.churchId,
      eventId: event.eventId,
    };
  }, 120_000);

  it.each(Object.keys(SAFETY_CASES))(
    "%s: 409 with the flags and nothing written, then written and audited once confirmed",
    async (key) => {
      const [method, route] = key.split(" ") as [string, string];
      const test = SAFETY_CASES[key]!;
      const routeModule = (await import(path.join(API, route, "route.ts"))) as Record<
        string,
        never
      >;
      const handler = routeModule[method]!;
      const before = await test.written(setup);
      const auditsBefore = await test.audited(setup);

      const refused = await callRoute(handler, {
        method,
        path: test.path(setup),
        params: test.params(setup),
        cookie: test.cookie(setup),
        body: test.body(),
      });
      expect(refused.status).toBe(409);
      expect(JSON.stringify(refused.json.details)).toContain("Maria Santos");
      expect(await test.written(setup)).toEqual(before);

      const confirmed = await callRoute(handler, {
        method,
        path: test.path(setup),
        params: test.params(setup),
        cookie: test.cookie(setup),
        body: { ...test.body(), confirmSafety: true },
      });
      expect(confirmed.status, JSON.stringify(confirmed.json)).toBeLessThan(300);
      expect(await test.written(setup)).not.toEqual(before);
      expect(await test.audited(setup)).toBeGreaterThan(auditsBefore);
    },
    60_000,
  );

  it.each(Object.keys(SAFETY_CASES))(
    "%s: the flags come in the reader's language, each place and note translated",
    async (key) => {
      const [method, route] = key.split(" ") as [string, string];
      const test = SAFETY_CASES[key]!;
      const handler = ((await import(path.join(API, route, "route.ts"))) as Record<string, never>)[
        method
      ]!;
      type Groups = { where: string; flags: { message: string; match: string }[] }[];
      const refuse = async (locale: string) => {
        const cookie = [test.cookie(setup), `NEXT_LOCALE=${locale}`].filter(Boolean).join("; ");
        const refused = await callRoute(handler, {
          method,
          path: test.path(setup),
          params: test.params(setup),
          cookie,
          body: test.body(),
        });
        expect(refused.status).toBe(409);
        return (refused.json.details as { flags: Groups }).flags;
      };
      const english = await refuse("en");
      const spanish = await refuse("es");
      expect(spanish.length).toBe(english.length);
      english.forEach((group, g) => {
        const other = spanish[g]!;
        expect(other.where).not.toBe(group.where);
        group.flags.forEach((flag, f) => {
          const message = other.flags[f]!.message;
          expect(message).not.toBe(flag.message);
          expect(message).toContain(flag.match);
        });
      });
    },
    60_000,
  );

  it("tells a visitor or a member nothing about stored text (401/403, no flags)", async () => {
    const { makeUser } = await import("@/lib/testing/data-fixtures");
    const member = await sessionCookie(await makeUser("member"));
    const publish = (
      (await import(path.join(API, "staff/bulletins/[id]/publish/route.ts"))) as {
        POST: never;
      }
    ).POST;
    for (const [cookie, status] of [
      [undefined, 401],
      [member, 403],
    ] as const) {
      const refused = await callRoute(publish, {
        method: "POST",
        path: `/api/staff/bulletins/${setup.bulletinId}/publish`,
        params: { id: String(setup.bulletinId) },
        cookie,
        body: {},
      });
      expect(refused.status).toBe(status);
      expect(JSON.stringify(refused.json)).not.toContain("Maria");
    }
  });
});
