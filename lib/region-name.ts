// A region's name in the reader's language. Regions are rows in the database (slug and English
// name); the seeded ones have their names in the "common" catalogue under regions.<slug>. A region
// added later (a new heading in a bulletin) keeps the name it was stored with.

/** A translator for the "common" namespace: useTranslations("common") or getTranslations("common"). */
export interface CommonTranslator {
  (key: string): string;
  has(key: string): boolean;
}

export function regionName(t: CommonTranslator, region: { slug: string; name: string }): string {
  const key = `regions.${region.slug}`;
  return t.has(key) ? t(key) : region.name;
}
