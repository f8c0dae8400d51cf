// Which addresses are searches (proxy.ts sends them to the one search page) and the address they
// share in the page burst cache.
import { describe, expect, it } from "vitest";
import { searchLanguage, sharedSearchUrl } from "./search-page";

const params = (query: string) => new URLSearchParams(query);

describe("searchLanguage", () => {
  it("is the language of a search on /requests, empty for English", () => {
    expect(searchLanguage("/requests", params("q=court"))).toBe("");
    expect(searchLanguage("/requests/", params("q="))).toBe("");
    expect(searchLanguage("/fr/requests", params("region=africa&q=tribunal"))).toBe("fr");
  });

  it("is null for anything else", () => {
    expect(searchLanguage("/requests", params("region=africa"))).toBeNull();
    expect(searchLanguage("/requests/12", params("q=court"))).toBeNull();
    expect(searchLanguage("/de/requests", params("q=court"))).toBeNull();
    expect(searchLanguage("/bulletins", params("q=court"))).toBeNull();
  });
});

describe("sharedSearchUrl", () => {
  it("drops a search's query, and leaves every other address alone", () => {
    expect(sharedSearchUrl("/requests?q=court&page=2")).toBe("/requests?q");
    expect(sharedSearchUrl("/pt/requests?kind=praise&q=igreja")).toBe("/pt/requests?q");
    expect(sharedSearchUrl("/requests")).toBeNull();
    expect(sharedSearchUrl("/requests?region=africa")).toBeNull();
  });
});
