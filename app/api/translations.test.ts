// Bulletins and case updates in several languages (issue 13): staff save a translation through the
// routes; the safety check runs on it; public views in that language show it, others fall back to
// the original; a prayer counts on the request whatever language it was read in.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { bulletinTranslations, requests } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { TEST_AUTH_SECRET, callRoute, sessionCookie } from "@/lib/testing/route-client";

process.env.AUTH_SECRET ??= TEST_AUTH_SECRET;

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  after: (task: () => unknown) => void Promise.resolve().then(task),
}));

type Route = (
  request: Request,
  route: { params: Promise<Record<string, string>> },
) => Promise<Response>;

async function routes() {
  const bulletin =
    (await import("@/app/api/staff/bulletins/[id]/translations/[locale]/route")) as unknown as {
      PUT: Route;
    };
  const update =
    (await import("@/app/api/staff/updates/[id]/translations/[locale]/route")) as unknown as {
      PUT: Route;
    };
  return { bulletin: bulletin.PUT, update: update.PUT };
}

let staff: Actor;
let member: Actor;
let bulletinId: number;
let itemIds: number[];

beforeAll(async () => {
  const { ensureSeeded, makeUser } = await import("@/lib/testing/data-fixtures");
  await ensureSeeded();
  staff = await makeUser("staff");
  member = await makeUser("member");
  const { getLatestBulletin } = await import("@/lib/data/bulletins");
  const latest = await getLatestBulletin();
  if (!latest) throw new Error("the seed has a published bulletin");
  bulletinId = latest.id;
  itemIds = latest.items.map((item) => item.id);
});

function spanish(items: number[]) {
  return {
    title: "Boletín de oración",
    verseText: "Aprended a hacer el bien; buscad la justicia.",
    verseReference: "Isaías 1:17",
    notes: ["Gracias por orar con nosotros."],
    items: items.map((requestId, i) => ({
      requestId,
      title: `Petición ${i + 1}`,
      body: `Oren por la audiencia número ${i + 1}.`,
    })),
  };
}

describe("bulletin translations", () => {
  it("staff save a Spanish translation; the Spanish view shows it, French falls back", async () => {
    const { bulletin } = await routes();
    const response = await callRoute(bulletin, {
      method: "PUT",
      path: `/api/staff/bulletins/${bulletinId}/translations/es`,
      params: { id: String(bulletinId), locale: "es" },
      body: spanish(itemIds.slice(0, 1)),
      cookie: await sessionCookie(staff),
    });
    expect(response.status).toBe(200);
    const { getLatestBulletin } = await import("@/lib/data/bulletins");
    const { translateBulletin } = await import("@/lib/data/translations");
    const original = (await getLatestBulletin())!;
    const es = await translateBulletin(original, "es");
    expect(es.translated).toBe(true);
    expect(es.title).toBe("Boletín de oración");
    expect(es.verseReference).toBe("Isaías 1:17");
    expect(es.items[0]).toMatchObject({ title: "Petición 1", translated: true });
    expect(es.items[0]!.bodyHtml).toContain("Oren por la audiencia número 1.");
    // An item without a translation keeps the original and says so.
    if (es.items.length > 1) {
      expect(es.items[1]).toMatchObject({ title: original.items[1]!.title, translated: false });
    }
    const fr = await translateBulletin(original, "fr");
    expect(fr).toMatchObject({ translated: false, title: original.title });
    const en = await translateBulletin(original, "en");
    expect(en.title).toBe(original.title);
  });

  it("the Spanish feed carries the translated request; the English and French feeds the original", async () => {
    const { listFeedEntries } = await import("@/lib/data/feeds");
    const id = itemIds[0]!;
    const pick = (entries: { id: string; title: string; bodyHtml: string }[]) =>
      entries.find((e) => e.id === `request-${id}`);
    const es = pick(await listFeedEntries({ locale: "es", limit: 200 }));
    expect(es?.title).toContain("Petición 1");
    expect(es?.bodyHtml).toContain("Oren por la audiencia número 1.");
    const fr = pick(await listFeedEntries({ locale: "fr", limit: 200 }));
    const en = pick(await listFeedEntries({ limit: 200 }));
    expect(fr?.title).toBe(en?.title);
    expect(en?.title).not.toContain("Petición 1");
  });

  it("the safety check runs on a translation: flagged text is refused and nothing is saved", async () => {
    const { bulletin } = await routes();
    const body = spanish(itemIds.slice(0, 1));
    body.items[0]!.body = "Oren por María, de 14 años, que vive en la calle 5 de Mayo 123.";
    const response = await callRoute(bulletin, {
      method: "PUT",
      path: `/api/staff/bulletins/${bulletinId}/translations/pt`,
      params: { id: String(bulletinId), locale: "pt" },
      body,
      cookie: await sessionCookie(staff),
    });
    expect(response.status).toBe(409);
    const db = await (await import("@/lib/data/db")).getDb();
    const saved = await db
      .select()
      .from(bulletinTranslations)
      .where(eq(bulletinTranslations.locale, "pt"));
    expect(saved).toEqual([]);
  });

  it("a member gets 403, an unknown language 404, an item from another bulletin 422", async () => {
    const { bulletin } = await routes();
    const asMember = await callRoute(bulletin, {
      method: "PUT",
      path: `/api/staff/bulletins/${bulletinId}/translations/es`,
      params: { id: String(bulletinId), locale: "es" },
      body: spanish([]),
      cookie: await sessionCookie(member),
    });
    expect(asMember.status).toBe(403);
    const german = await callRoute(bulletin, {
      method: "PUT",
      path: `/api/staff/bulletins/${bulletinId}/translations/de`,
      params: { id: String(bulletinId), locale: "de" },
      body: spanish([]),
      cookie: await sessionCookie(staff),
    });
    expect(german.status).toBe(404);
    const stranger = await callRoute(bulletin, {
      method: "PUT",
      path: `/api/staff/bulletins/${bulletinId}/translations/fr`,
      params: { id: String(bulletinId), locale: "fr" },
      body: spanish([2_000_000_000]),
      cookie: await sessionCookie(staff),
    });
    expect(stranger.status).toBe(422);
  });

  it("a prayer counts on the request, whatever language it was read in", async () => {
    const { recordPrayer } = await import("@/lib/data/prayers");
    const db = await (await import("@/lib/data/db")).getDb();
    const id = itemIds[0]!;
    const count = async () =>
      (await db.select({ n: requests.prayerCount }).from(requests).where(eq(requests.id, id)))[0]!
        .n;
    const before = await count();
    const prayed = await recordPrayer(
      await (await import("@/lib/testing/data-fixtures")).makeUser("member"),
      id,
    );
    expect(prayed.ok).toBe(true);
    expect(await count()).toBe(before + 1);
    const { translateRequests } = await import("@/lib/data/translations");
    const [card] = await translateRequests([{ id, title: "x", excerpt: "y" }], "es");
    expect(card).toMatchObject({ title: "Petición 1", translated: true });
  });
});

describe("importing a translation", () => {
  it("lays a pasted Portuguese bulletin onto the bulletin's items and saves it (audited)", async () => {
    const { parseBulletin } = await import("@/lib/bulletin/parser");
    const { translationFromDraft } = await import("@/lib/bulletin/translation-import");
    const { bulletinItemRegions, importBulletinTranslation, translateBulletin } =
      await import("@/lib/data/translations");
    const original = await bulletinItemRegions(bulletinId);
    expect(original.map((o) => o.requestId)).toEqual(itemIds);
    const first = original[0]!;
    const heading =
      { africa: "África", "latin-america": "América Latina" }[first.region] ?? "Global";
    const draft = parseBulletin(
      `Boletim de oração\n\n"Aprendam a fazer o bem; busquem a justiça." Isaías 1:17\n\n${heading}\n\nOrem pela audiência desta semana, para que os juízes ajam com justiça.\n`,
    );
    const found = translationFromDraft(draft, original);
    expect(found.items.map((i) => i.requestId)).toEqual([first.requestId]);
    expect(
      await importBulletinTranslation(bulletinId, "pt", { ...found, confirmSafety: false }),
    ).toEqual({ ok: true });
    const { getLatestBulletin } = await import("@/lib/data/bulletins");
    const pt = await translateBulletin((await getLatestBulletin())!, "pt");
    expect(pt).toMatchObject({ title: "Boletim de oração", translated: true });
    expect(pt.items.find((i) => i.id === first.requestId)?.bodyHtml).toContain(
      "Orem pela audiência",
    );
  });
});

describe("case update translations", () => {
  it("staff translate an update into French; the French view shows it, Spanish the original", async () => {
    const { addCaseUpdate } = await import("@/lib/data/staff");
    const added = await addCaseUpdate(staff, itemIds[0]!, {
      kind: "update",
      body: "The hearing moved to Monday.",
      postedAt: new Date(),
    });
    if (!added.ok) throw new Error(added.error);
    const { update } = await routes();
    const response = await callRoute(update, {
      method: "PUT",
      path: `/api/staff/updates/${added.updateId}/translations/fr`,
      params: { id: String(added.updateId), locale: "fr" },
      body: { body: "L'audience a été déplacée à lundi." },
      cookie: await sessionCookie(staff),
    });
    expect(response.status).toBe(200);
    const { translateUpdates } = await import("@/lib/data/translations");
    const list = [{ id: added.updateId, bodyHtml: "<p>The hearing moved to Monday.</p>" }];
    expect((await translateUpdates(list, "fr"))[0]).toMatchObject({ translated: true });
    expect((await translateUpdates(list, "fr"))[0]!.bodyHtml).toContain("déplacée à lundi");
    expect((await translateUpdates(list, "es"))[0]).toMatchObject({ translated: false });
  });
});
