// The search normalisation and the query texts built from what people type: accents and case never
// matter, and nothing typed becomes FTS5 or tsquery syntax.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_SEARCH_TERMS,
  normalizeSearchText,
  parseSearch,
  requestSearchText,
  searchTerms,
} from "./search-text";

describe("normalizeSearchText", () => {
  it("ignores case and accents", () => {
    for (const text of ["São Paulo", "Sao Paulo", "SÃO PAULO", "sao  paulo"])
      expect(normalizeSearchText(text)).toBe("sao paulo");
    expect(normalizeSearchText("Cañete")).toBe(normalizeSearchText("canete"));
    expect(normalizeSearchText("Ñuñoa, Bogotá, Côte d’Ivoire")).toBe("nunoa bogota cote d ivoire");
  });

  it("folds letters Unicode does not decompose, and compatibility forms", () => {
    expect(normalizeSearchText("Łódź Straße Ærø Œuvre")).toBe("lodz strasse aero oeuvre");
    expect(normalizeSearchText("ＦＵＬＬ ﬁnd İstanbul")).toBe("full find istanbul");
  });

  it("turns punctuation into single spaces", () => {
    expect(normalizeSearchText("  court-case: 100% (done)!\n\tnext…")).toBe(
      "court case 100 done next",
    );
    expect(normalizeSearchText("“quoted” — dash, and_underscore")).toBe(
      "quoted dash and underscore",
    );
  });

  it("keeps letters and digits of any script", () => {
    expect(normalizeSearchText("ประเทศไทย 2025 Кения")).toBe("ประเทศไทย 2025 кения");
  });
});

describe("requestSearchText", () => {
  it("holds the title twice, the country, the region and the body's text", () => {
    expect(
      requestSearchText({
        title: "Pray for São Paulo",
        bodyText: "A hearing in Cañete.",
        country: "Brazil",
        regionName: "Latin America",
      }),
    ).toBe("pray for sao paulo pray for sao paulo brazil latin america a hearing in canete");
  });

  it("leaves out a missing country", () => {
    expect(
      requestSearchText({ title: "T", bodyText: "b", country: null, regionName: "Global" }),
    ).toBe("t t global b");
  });
});

describe("parseSearch", () => {
  it("quotes every word and matches the last one as a prefix", () => {
    expect(parseSearch("São Pau")).toEqual({
      terms: ["sao", "pau"],
      fts5: '"sao" "pau"*',
      tsquery: "'sao' & 'pau':*",
    });
  });

  it("matches a one-letter last word whole", () => {
    expect(parseSearch("women's")).toMatchObject({ fts5: '"women" "s"', tsquery: "'women' & 's'" });
  });

  it("drops repeated words and keeps at most a dozen", () => {
    expect(searchTerms("court Court COURT case")).toEqual(["court", "case"]);
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ");
    expect(searchTerms(many)).toHaveLength(MAX_SEARCH_TERMS);
  });

  it("is null when nothing searchable is left", () => {
    for (const q of ["", "   ", '"', "*", "-", ":", "()", "%_", "!@#$%^&*()".repeat(20)])
      expect(parseSearch(q)).toBeNull();
  });

  it("turns search syntax into plain words", () => {
    expect(parseSearch('court" OR "x')?.fts5).toBe('"court" "or" "x"');
    expect(parseSearch("NEAR(court case)")?.fts5).toBe('"near" "court" "case"*');
    expect(parseSearch("-court title:case ^x")?.fts5).toBe('"court" "title" "case" "x"');
    expect(parseSearch("court & !case | x:*")?.tsquery).toBe("'court' & 'case' & 'x'");
    expect(parseSearch("a'b")?.tsquery).toBe("'a' & 'b'");
  });

  it("never lets anything but quoted words through (property)", () => {
    const hostile = fc.constantFrom(
      '"',
      "'",
      "*",
      "-",
      ":",
      "^",
      "(",
      ")",
      "{",
      "}",
      "NEAR",
      "NEAR(",
      "OR",
      "AND",
      "NOT",
      "&",
      "|",
      "!",
      "<->",
      ":*",
      "\\",
      "\u0000",
      " ",
      "São",
      "x",
    );
    const query = fc
      .array(fc.oneof(hostile, fc.string({ unit: "binary", maxLength: 8 })), { maxLength: 30 })
      .map((parts) => parts.join("").slice(0, 200));
    fc.assert(
      fc.property(query, (q) => {
        const search = parseSearch(q);
        if (search === null) return;
        const word = "[\\p{L}\\p{N}]+";
        expect(search.fts5).toMatch(new RegExp(`^"${word}"( "${word}")*\\*?$`, "u"));
        expect(search.tsquery).toMatch(new RegExp(`^'${word}'( & '${word}')*(:\\*)?$`, "u"));
        expect(search.terms.length).toBeLessThanOrEqual(MAX_SEARCH_TERMS);
      }),
      { numRuns: 2000 },
    );
  });
});
