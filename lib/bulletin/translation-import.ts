// A bulletin pasted in another language, read by the same parser as any bulletin, laid onto an
// existing bulletin as its translation: the title, verse and notes as they come, and each item onto
// the original item in the same region at the same place (the translated bulletin keeps the
// original's order), or at the same place overall when the regions do not line up.
import type { BulletinDraft } from "./parser";

export interface OriginalItem {
  requestId: number;
  /** The original item's region slug. */
  region: string;
}

export interface TranslationFromPaste {
  title: string;
  verseText: string;
  verseReference: string;
  notes: string[];
  items: { requestId: number; title: string; body: string }[];
  /** Pasted items with no original item to go onto (left out). */
  extra: number;
  /** Original items the paste had nothing for (left untranslated). */
  missing: number;
}

export function translationFromDraft(
  draft: BulletinDraft,
  original: readonly OriginalItem[],
): TranslationFromPaste {
  const sameRegions =
    draft.items.length === original.length &&
    draft.items.every((item, i) => item.region === original[i]!.region);
  const items: TranslationFromPaste["items"] = [];
  if (sameRegions || !draft.items.every((item) => original.some((o) => o.region === item.region))) {
    // Same shape, or regions the parser could not place: by position.
    draft.items.slice(0, original.length).forEach((item, i) => {
      items.push({ requestId: original[i]!.requestId, title: item.title, body: item.body });
    });
  } else {
    // By region, then by place within the region.
    const used = new Map<string, number>();
    for (const item of draft.items) {
      const place = used.get(item.region) ?? 0;
      used.set(item.region, place + 1);
      const onto = original.filter((o) => o.region === item.region)[place];
      if (onto) items.push({ requestId: onto.requestId, title: item.title, body: item.body });
    }
  }
  return {
    title: draft.title,
    verseText: draft.verse?.text ?? "",
    verseReference: draft.verse?.reference ?? "",
    notes: draft.notes,
    items,
    extra: draft.items.length - items.length,
    missing: original.length - items.length,
  };
}
