// The audit log's action words are stored in English, as the data layer writes them (lib/data/staff.ts,
// lib/data/audit.ts, lib/data/translations.ts); this reads one back into a catalogue key and its
// parts, so the history is shown in the reader's language (components/staff/audit-list.tsx).

export type AuditActionKey =
  | "created"
  | "createdInBulletin"
  | "edited"
  | "editedInBulletin"
  | "savedDespiteFlags"
  | "publishedDespiteFlags"
  | "reordered"
  | "scheduled"
  | "published"
  | "unpublished"
  | "archived"
  | "unarchived"
  | "postedUpdate"
  | "markedAnswered"
  | "markedOpen"
  | "savedTranslation"
  | "importedDespiteFlags"
  | "importedTranslation"
  | "importedTranslationDespiteFlags";

export interface AuditAction {
  key: AuditActionKey;
  /** The fields an edit changed, as the data layer names them ("title", "verseText"). */
  fields: string[];
  /** The bulletin an edit of a request was part of. */
  bulletinId: string | null;
  /** The language of a saved translation ("es"). */
  language: string | null;
}

const FIXED: Record<string, AuditActionKey> = {
  created: "created",
  "saved despite safety flags (staff checked them)": "savedDespiteFlags",
  "published text despite safety flags (checked by the author)": "publishedDespiteFlags",
  "changed items or their order": "reordered",
  scheduled: "scheduled",
  published: "published",
  unpublished: "unpublished",
  archived: "archived",
  unarchived: "unarchived",
  "posted an update": "postedUpdate",
  "marked answered": "markedAnswered",
  "marked open": "markedOpen",
  "imported despite safety flags (confirmed on the command line)": "importedDespiteFlags",
};

/** The action's key and parts; null for words this version does not know (shown as stored). */
export function parseAuditAction(action: string): AuditAction | null {
  const none = { fields: [], bulletinId: null, language: null };
  const fixed = FIXED[action];
  if (fixed) return { key: fixed, ...none };
  let m = /^created \(bulletin (\d+)\)$/.exec(action);
  if (m) return { key: "createdInBulletin", ...none, bulletinId: m[1]! };
  m = /^edited (.+?)(?: \(bulletin (\d+)\))?$/.exec(action);
  if (m)
    return {
      key: m[2] ? "editedInBulletin" : "edited",
      ...none,
      fields: m[1]!.split(", "),
      bulletinId: m[2] ?? null,
    };
  m = /^saved the ([a-z]{2}) translation$/.exec(action);
  if (m) return { key: "savedTranslation", ...none, language: m[1]! };
  m =
    /^imported the ([a-z]{2}) translation( despite safety flags \(confirmed on the command line\))?$/.exec(
      action,
    );
  if (m)
    return {
      key: m[2] ? "importedTranslationDespiteFlags" : "importedTranslation",
      ...none,
      language: m[1]!,
    };
  return null;
}
