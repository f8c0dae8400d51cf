// The search the /requests page asks for from the browser (components/views/search-view.tsx): the
// address's filters checked as the page checks them, the page of matches from the database's
// full-text index, in the reader's language, and only what a card shows.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { LOCALE_HEADER } from "@/lib/i18n/locale-header";

beforeAll(async () => {
  const { ensureSeeded } = await import("@/lib/testing/data-fixtures");
  await ensureSeeded();
}, 120_000);

interface Answer {
  filters: { q?: string; region?: string; kind?: string; page: number };
  problems: { field: string; message: string }[];
  total: number;
  page: number;
  pageCount: number;
  items: Record<string, unknown>[];
}

async function search(query: string, headers: Record<string, string> = {}) {
  const { GET } = await import("./route");
  const response = await GET(
    new NextRequest(`http://localhost:3000/api/requests/search?${query}`, { headers }),
  );
  return {
    status: response.status,
    cache: response.headers.get("cache-control"),
    json: (await response.json()) as Answer,
  };
}

describe("GET /api/requests/search", () => {
  it("finds requests by their words, any case or accents, and sends what a card shows", async () => {
    const { status, cache, json } = await search("q=Chiang+Mai");
    expect(status).toBe(200);
    // Not kept anywhere: a withdrawn request leaves every search at once.
    expect(cache).toBe("no-store");
    expect(json.total).toBe(1);
    expect(json.filters).toMatchObject({ q: "Chiang Mai", page: 1 });
    const [card] = json.items;
    expect(card).toMatchObject({ kind: "praise", translated: true });
    expect(String(card!.excerpt)).toContain("Chiang Mai");
    // A list's card: no whole body, nothing staff-only.
    expect(Object.keys(card!).sort()).toEqual(
      [
        "country",
        "excerpt",
        "id",
        "kind",
        "prayerCount",
        "prayerPeople",
        "regionName",
        "regionSlug",
        "status",
        "title",
        "translated",
      ].sort(),
    );
    const folded = await search(`q=${encodeURIComponent("CHIÁNG mài")}`);
    expect(folded.json.items.map((item) => item.id)).toEqual([card!.id]);
  });

  it("keeps the other filters, and says which it left out", async () => {
    const praise = await search("q=Chiang+Mai&kind=praise");
    expect(praise.json.total).toBe(1);
    const requestsOnly = await search("q=Chiang+Mai&kind=request");
    expect(requestsOnly.json.total).toBe(0);
    // Every filter at once (on SQLite each match is checked in the covering index by id).
    const { regionSlug: region, status: state } = praise.json.items[0]!;
    const all = await search(`q=Chiang+Mai&region=${region}&kind=praise&status=${state}`);
    expect(all.json.problems).toEqual([]);
    expect(all.json.total).toBe(1);
    const other = state === "archived" ? "open" : "archived";
    const none = await search(`q=Chiang+Mai&region=${region}&kind=praise&status=${other}`);
    expect(none.json.total).toBe(0);
    const elsewhere = await search("q=Chiang+Mai&region=africa&kind=praise");
    expect(elsewhere.json.total).toBe(0);
    const { status, json } = await search("q=Chiang+Mai&region=atlantis&kind=rumour");
    expect(status).toBe(200);
    expect(json.problems.map((p) => p.field).sort()).toEqual(["kind", "region"]);
    expect(json.problems.find((p) => p.field === "region")?.message).toBe(
      "There is no region called “atlantis”",
    );
    expect(json.filters.region).toBeUndefined();
    expect(json.total).toBe(1);
  });

  it("answers a search of only symbols, a very long one and a page past the end", async () => {
    expect((await search("q=%25%25%25")).json.total).toBe(0);
    const long = await search(`q=${"a".repeat(10_000)}`);
    expect(long.status).toBe(200);
    expect(long.json.filters.q).toHaveLength(200);
    const far = await search("q=God&page=99999");
    expect(far.status).toBe(200);
    expect(far.json.page).toBe(far.json.pageCount);
  });

  it("answers in the reader's language: a request staff did not translate says so", async () => {
    const { json } = await search("q=Chiang+Mai", { [LOCALE_HEADER]: "es" });
    expect(json.items[0]).toMatchObject({ translated: false });
  });
});
