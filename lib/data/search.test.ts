// Requests rendered once when written, and the database's own full-text search over them, on every
// dialect: stored HTML, excerpt and search text on create and edit, sanitised HTML, accents and case
// ignored, title matches first, filters with a search, hostile searches, and the backfill.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { backfillRenderedText } from "@/db/backfill-rendered";
import { regions, requests, updates } from "@/db/schema";
import { excerpt, renderMarkdown } from "@/lib/markdown";
import type { Actor } from "@/lib/permissions";
import { ensureSeeded, makeUser } from "@/lib/testing/data-fixtures";
import type { BulletinInput } from "@/lib/validation/bulletins";
import { getDb } from "./db";
import { getPublicRequest, listPublicRequests } from "./requests";
import { addCaseUpdate, getBulletinForEdit, publishBulletin, saveBulletin } from "./staff";

type Item = BulletinInput["items"][number];

let staff: Actor;

const item = (fields: Partial<Item> & Pick<Item, "title" | "body">): Item => ({
  requestId: null,
  region: "africa",
  country: "Kenya",
  kind: "request",
  ...fields,
});

const bulletin = (items: Item[]): BulletinInput => ({
  title: "Search test bulletin",
  verseText: "Learn to do right; seek justice.",
  verseReference: "Isaiah 1:17",
  notes: [],
  items,
});

/** Saves and publishes a bulletin of `items`; returns its id and its requests' ids in order. */
async function publish(items: Item[]): Promise<{ bulletinId: number; ids: number[] }> {
  const saved = await saveBulletin(staff, null, bulletin(items));
  if (!saved.ok) throw new Error(saved.error);
  const published = await publishBulletin(staff, saved.id, { at: new Date(Date.now() - 1000) });
  if (!published.ok) throw new Error(published.error);
  const found = await getBulletinForEdit(staff, saved.id);
  if (!found.ok) throw new Error(found.error);
  return { bulletinId: saved.id, ids: found.bulletin.items.map((i) => i.requestId) };
}

async function stored(id: number) {
  const db = await getDb();
  const [row] = await db
    .select({
      bodyHtml: requests.bodyHtml,
      excerpt: requests.excerpt,
      searchText: requests.searchText,
    })
    .from(requests)
    .where(eq(requests.id, id));
  return row!;
}

const search = async (
  q: string,
  more: Omit<Parameters<typeof listPublicRequests>[0], "q"> = { page: 1 },
) => listPublicRequests({ ...more, q });
const idsOf = (result: { items: { id: number }[] }) => result.items.map((r) => r.id);

beforeAll(async () => {
  await ensureSeeded();
  staff = await makeUser("staff");
});

describe("rendered once when written", () => {
  it("stores the HTML, excerpt and search text on create and on edit", async () => {
    const body = `Pray for **Grace** in São Paulo. ${"More words follow here. ".repeat(12)}`;
    const { bulletinId, ids } = await publish([
      item({ title: "A hearing in Brazil", body, region: "latin-america", country: "Brazil" }),
    ]);
    const id = ids[0]!;
    const created = await stored(id);
    expect(created.bodyHtml).toBe(renderMarkdown(body));
    expect(created.bodyHtml).toContain("<strong>Grace</strong>");
    expect(created.excerpt).toBe(excerpt(body));
    expect(created.excerpt.endsWith("…")).toBe(true);
    expect(created.searchText).toContain("a hearing in brazil");
    expect(created.searchText).toContain("latin america");
    expect(created.searchText).toContain("pray for grace in sao paulo");
    const page = await getPublicRequest(id);
    expect(page).toMatchObject({ bodyHtml: created.bodyHtml, excerpt: created.excerpt });

    const edited = await saveBulletin(
      staff,
      bulletinId,
      bulletin([
        item({
          requestId: id,
          title: "Marigoldia trial",
          body: "Now *shorter*.",
          region: "latin-america",
          country: "Peru",
        }),
      ]),
    );
    expect(edited.ok).toBe(true);
    const after = await stored(id);
    expect(after.bodyHtml).toBe("<p>Now <em>shorter</em>.</p>\n");
    expect(after.excerpt).toBe("Now shorter.");
    expect(after.searchText).toBe(
      "marigoldia trial marigoldia trial peru latin america now shorter",
    );
    // The edited title is found, the old one no longer.
    expect(idsOf(await search("marigoldia"))).toEqual([id]);
    expect(idsOf(await search("hearing brazil"))).not.toContain(id);
  });

  it("stores a hostile body sanitised", async () => {
    const body = [
      "Pray.",
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(2)>",
      "[x](javascript:alert(3))",
      '<a href="https://example.org" onclick="y()">ok</a>',
    ].join("\n\n");
    const { ids } = await publish([item({ title: "Sanitised body", body })]);
    const { bodyHtml, excerpt: text } = await stored(ids[0]!);
    expect(bodyHtml).not.toMatch(/<script|onerror|onclick|href="javascript|<img/i);
    expect(bodyHtml).toContain('<a rel="noopener noreferrer nofollow">x</a>');
    expect(bodyHtml).toContain(
      '<a href="https://example.org" rel="noopener noreferrer nofollow">ok</a>',
    );
    expect(text).not.toMatch(/[<>]/);
  });

  it("stores an update's HTML when it is posted", async () => {
    const { ids } = await publish([item({ title: "Update rendering", body: "Body." })]);
    const posted = await addCaseUpdate(staff, ids[0]!, {
      kind: "update",
      body: "The **hearing** went ahead. <script>x()</script>",
      postedAt: new Date(Date.now() - 1000),
    });
    expect(posted.ok).toBe(true);
    const request = await getPublicRequest(ids[0]!);
    expect(request?.updates.map((u) => u.bodyHtml)).toEqual([
      "<p>The <strong>hearing</strong> went ahead. </p>\n",
    ]);
  });
});

describe("full-text search", () => {
  let ids: number[];
  beforeAll(async () => {
    ({ ids } = await publish([
      item({
        title: "Pray for a hearing in São Paulo",
        body: "The Ximbrelo case is heard this week.",
        region: "latin-america",
        country: "Brazil",
      }),
      item({
        title: "Families return home",
        body: "Families rescued near Canete are safe. Ximbrelo.",
        region: "latin-america",
        country: "Peru",
        kind: "praise",
      }),
      item({
        title: "Zephyrine survivors testify",
        body: "Two survivors will testify.",
      }),
      item({
        title: "A long week of hearings",
        body: `${"Our lawyers met the prosecutors and the police again this week. ".repeat(6)}Someone mentioned zephyrine once.`,
        region: "south-asia",
        country: "India",
      }),
    ]));
  });

  it("ignores accents and case", async () => {
    for (const q of ["sao paulo", "SÃO PAULO", "São Paulo", "Sao"])
      expect(idsOf(await search(q)), q).toEqual([ids[0]]);
    for (const q of ["cañete", "CANETE", "Cañete"])
      expect(idsOf(await search(q)), q).toEqual([ids[1]]);
  });

  it("needs every word, and matches the last one as the start of a word", async () => {
    expect(idsOf(await search("ximbrelo"))).toEqual(expect.arrayContaining([ids[0], ids[1]]));
    expect(idsOf(await search("ximbrelo paulo"))).toEqual([ids[0]]);
    expect(idsOf(await search("ximbr"))).toHaveLength(2);
    expect((await search("ximbr paulo")).total).toBe(0);
    expect((await search("zephyrin")).total).toBe(2);
  });

  it("finds the title, country and region too", async () => {
    expect(idsOf(await search("families home"))).toEqual([ids[1]]);
    expect(idsOf(await search("peru canete"))).toEqual([ids[1]]);
    expect(idsOf(await search("latin america ximbrelo")).sort()).toEqual([ids[0], ids[1]].sort());
  });

  it("ranks a title match above a passing mention", async () => {
    expect(idsOf(await search("zephyrine"))).toEqual([ids[2], ids[3]]);
  });

  it("applies the region, kind and status filters to a search", async () => {
    expect(idsOf(await search("ximbrelo", { page: 1, kind: "praise" }))).toEqual([ids[1]]);
    expect(idsOf(await search("ximbrelo", { page: 1, kind: "request" }))).toEqual([ids[0]]);
    expect((await search("ximbrelo", { page: 1, region: "africa" })).total).toBe(0);
    expect(idsOf(await search("zephyrine", { page: 1, region: "south-asia" }))).toEqual([ids[3]]);
    expect((await search("zephyrine", { page: 1, status: "answered" })).total).toBe(0);
    const answered = await addCaseUpdate(staff, ids[3]!, {
      kind: "answered",
      body: "Answered.",
      postedAt: new Date(Date.now() - 1000),
    });
    expect(answered.ok).toBe(true);
    expect(idsOf(await search("zephyrine", { page: 1, status: "answered" }))).toEqual([ids[3]]);
    expect((await search("zephyrine", { page: 1, status: "open" })).total).toBe(1);
  });

  it("pages through the matches", async () => {
    const first = await search("ximbrelo");
    expect(first).toMatchObject({ page: 1, pageCount: 1, total: 2 });
    expect((await search("ximbrelo", { page: 5 })).page).toBe(1);
  });

  it("never throws on hostile searches and never matches everything", async () => {
    const everything = (await listPublicRequests({ page: 1 })).total;
    const hostile = [
      '"',
      '""',
      "'",
      "*",
      "**",
      "-",
      "--",
      ":",
      "NEAR(",
      "NEAR(a b",
      "OR",
      "AND",
      "NOT",
      "a OR b",
      '"unbalanced',
      'court" OR "x',
      "title:court",
      "search_text:pray",
      "^pray",
      "pray*",
      "*pray",
      "!pray | !x",
      "' & '",
      "x:*",
      "<->",
      "\\",
      "%",
      "_",
      "\u0000",
      "🙏",
      "!@#$%^&*()_+-=[]{};':\",./<>?".repeat(8).slice(0, 200),
      "a".repeat(200),
      Array.from({ length: 100 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(" "),
    ];
    for (const q of hostile) {
      const result = await search(q);
      expect(result.total, q).toBeLessThan(everything);
      expect(result.items.length, q).toBeLessThanOrEqual(result.total);
    }
    expect((await search("***")).total).toBe(0);
    expect((await search('"')).items).toEqual([]);
  });
});

describe("the backfill", () => {
  it("fills rows written before the columns existed, once", async () => {
    const db = await getDb();
    const [region] = await db
      .select({ id: regions.id })
      .from(regions)
      .where(eq(regions.slug, "global"));
    const [old] = await db
      .insert(requests)
      .values({
        regionId: region!.id,
        kind: "request",
        title: "Quorvath of old",
        body: "Written *before* the columns: <script>x()</script>",
        publishedAt: new Date(Date.now() - 1000),
      })
      .returning({ id: requests.id });
    const [oldUpdate] = await db
      .insert(updates)
      .values({
        requestId: old!.id,
        body: "An **old** update.",
        postedAt: new Date(Date.now() - 1000),
      })
      .returning({ id: updates.id });
    expect((await stored(old!.id)).searchText).toBe("");
    expect((await search("quorvath")).total).toBe(0);

    expect(await backfillRenderedText(db)).toBeGreaterThanOrEqual(2);
    expect(await stored(old!.id)).toEqual({
      bodyHtml: "<p>Written <em>before</em> the columns: </p>\n",
      excerpt: "Written before the columns:",
      searchText: "quorvath of old quorvath of old hq global partners written before the columns",
    });
    const [update] = await db
      .select({ bodyHtml: updates.bodyHtml })
      .from(updates)
      .where(eq(updates.id, oldUpdate!.id));
    expect(update?.bodyHtml).toBe("<p>An <strong>old</strong> update.</p>\n");
    expect(idsOf(await search("quorvath"))).toEqual([old!.id]);
    expect(await backfillRenderedText(db)).toBe(0);
  });
});
