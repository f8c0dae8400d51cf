// A search as one path segment: the same search always gives the same key, and the key gives the
// search back, whatever characters it holds.
import { describe, expect, it } from "vitest";
import { filtersOfSearchKey, searchKey } from "./search-key";

const key = (query: string) => searchKey(new URLSearchParams(query));

describe("searchKey", () => {
  it("is one path segment, the same for the same search in any order", () => {
    expect(key("q=court&region=africa")).toBe(key("region=africa&q=court"));
    expect(key("q=court&page=1")).toBe(key("q=court"));
    expect(key("q=%20court%20")).toBe(key("q=court"));
    for (const q of ["a/b", "../../etc", "%2F%2F", "x?y=z#w", "São Paulo", "😀"])
      expect(key(`q=${encodeURIComponent(q)}`)).not.toMatch(/[/?#]/);
  });

  it("gives the search back, and ignores anything else", () => {
    expect(filtersOfSearchKey(key("q=São Paulo&kind=praise&page=3&foo=bar"))).toEqual({
      q: "São Paulo",
      kind: "praise",
      page: "3",
    });
    expect(filtersOfSearchKey("%E0%A4%A")).toEqual({});
    expect(filtersOfSearchKey("")).toEqual({});
  });

  it("bounds what it keeps", () => {
    expect(decodeURIComponent(key(`q=${"x".repeat(5_000)}`)).length).toBeLessThan(250);
  });
});
