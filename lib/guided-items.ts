// Requests as the guided prayer (components/guided-prayer.tsx) shows them, with region names in the
// page's language: for /pray and for a person's own list on /pray/mine.
import type { GuidedItem } from "@/components/guided-prayer";
import { regionName, type CommonTranslator } from "@/lib/region-name";

export function guidedItems(
  requests: readonly {
    id: number;
    title: string;
    bodyHtml: string;
    kind: "request" | "praise";
    country: string | null;
    regionSlug: string;
    regionName: string;
    prayerCount: number;
    prayerPeople: number;
  }[],
  common: CommonTranslator,
): GuidedItem[] {
  return requests.map((item) => ({
    id: item.id,
    title: item.title,
    html: item.bodyHtml,
    kind: item.kind,
    country: item.country,
    regionName: regionName(common, { slug: item.regionSlug, name: item.regionName }),
    prayerCount: item.prayerCount,
    prayerPeople: item.prayerPeople,
  }));
}
