// A Spanish bulletin pasted onto an English one becomes its translation, item by item.
import { describe, expect, it } from "vitest";
import { parseBulletin } from "./parser";
import { translationFromDraft } from "./translation-import";

const SPANISH = `Boletín de oración de diciembre

"Aprended a hacer el bien; buscad la justicia." Isaías 1:17

América Latina

Oren por la audiencia de un caso de trata en La Paz la próxima semana: que los jueces actúen con justicia.

Alabado sea Dios: una familia en Guatemala recibió ayuda y está a salvo.

Sudeste Asiático

Oren por los equipos que acompañan a sobrevivientes en Manila durante el juicio.
`;

describe("a pasted translation", () => {
  const draft = parseBulletin(SPANISH);

  it("reads the Spanish bulletin: title, verse and three items in two regions", () => {
    expect(draft.verse?.reference).toContain("Isaías 1:17");
    expect(draft.items.map((i) => i.region)).toEqual([
      "latin-america",
      "latin-america",
      "southeast-asia",
    ]);
  });

  it("lays each item onto the original item of the same region and place", () => {
    const original = [
      { requestId: 10, region: "latin-america" },
      { requestId: 11, region: "southeast-asia" },
      { requestId: 12, region: "latin-america" },
    ];
    const t = translationFromDraft(draft, original);
    expect(t.verseReference).toContain("Isaías 1:17");
    expect(t.items.map((i) => i.requestId)).toEqual([10, 12, 11]);
    expect(t.items[0]!.body).toContain("La Paz");
    expect(t.items[2]!.body).toContain("Manila");
    expect(t).toMatchObject({ extra: 0, missing: 0 });
  });

  it("counts what it could not place, and places nothing twice", () => {
    const t = translationFromDraft(draft, [{ requestId: 10, region: "latin-america" }]);
    expect(t.items.map((i) => i.requestId)).toEqual([10]);
    expect(t).toMatchObject({ extra: 2, missing: 0 });
    const more = translationFromDraft(draft, [
      { requestId: 1, region: "latin-america" },
      { requestId: 2, region: "latin-america" },
      { requestId: 3, region: "latin-america" },
      { requestId: 4, region: "southeast-asia" },
    ]);
    expect(new Set(more.items.map((i) => i.requestId)).size).toBe(more.items.length);
    expect(more.missing).toBe(1);
  });
});
