import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/common.json";
import fr from "@/messages/fr/common.json";
import { KNOWN_REGIONS } from "@/lib/bulletin/parser";
import { regionName, type CommonTranslator } from "./region-name";

function translator(locale: string, messages: Record<string, unknown>): CommonTranslator {
  return createTranslator({
    locale,
    messages: { common: messages } as Record<string, Record<string, unknown>>,
    namespace: "common",
  }) as CommonTranslator;
}

describe("a region's name", () => {
  it("is the stored English name for every seeded region in English", () => {
    const t = translator("en", en);
    for (const region of KNOWN_REGIONS) expect(regionName(t, region)).toBe(region.name);
  });

  it("is translated by its slug", () => {
    expect(regionName(translator("fr", fr), { slug: "africa", name: "Africa" })).toBe("Afrique");
  });

  it("falls back to the stored name for a region added later", () => {
    expect(regionName(translator("fr", fr), { slug: "oceania", name: "Oceania" })).toBe("Oceania");
  });
});
