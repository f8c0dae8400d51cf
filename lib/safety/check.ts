// The survivor-safety check as every door applies it: the text a write makes public (or will make
// public) is run through findPersonalIdentifiers; anything flagged stops the write (409, with the
// flags) until staff confirm they checked it, and the confirmation goes into the audit log.
import { fail, type Failure } from "@/lib/result";
import { findPersonalIdentifiers, type IdentifierFlag } from "./pii";

/** One piece of text a write makes public, and where it is, in words staff recognise. */
export interface PublicText {
  where: string;
  text: string;
}

export interface SafetyFlags {
  where: string;
  flags: IdentifierFlag[];
}

/** What the check finds, place by place (places with nothing flagged are left out). */
export function safetyFlagsOf(texts: readonly PublicText[]): SafetyFlags[] {
  return texts
    .map((place) => ({ where: place.where, flags: findPersonalIdentifiers(place.text) }))
    .filter((place) => place.flags.length > 0);
}

/** The flagged words, for the audit log entry that records a confirmation. */
export function confirmedMatches(flags: readonly SafetyFlags[]): string[] {
  return flags.flatMap((place) => place.flags.map((flag) => flag.match));
}

export type SafetyDecision =
  /** Nothing flagged, or staff confirmed: `confirmed` lists what they confirmed (for the audit). */
  { ok: true; confirmed: string[] } | (Failure & { details: { flags: SafetyFlags[] } });

/** Passes unflagged text; refuses flagged text (409 with the flags) unless `confirm` is set. */
export function checkPublicText(texts: readonly PublicText[], confirm: boolean): SafetyDecision {
  const flags = safetyFlagsOf(texts);
  if (flags.length === 0) return { ok: true, confirmed: [] };
  if (confirm) return { ok: true, confirmed: confirmedMatches(flags) };
  return {
    ...fail(
      409,
      "This text may identify someone. Check the flagged words, edit them, or confirm they are safe.",
    ),
    details: { flags },
  };
}

/** The text of a bulletin that becomes public with it: title, notes and every item (the verse is scripture). */
export function bulletinTexts(bulletin: {
  title: string;
  notes: readonly string[];
  items: readonly { title: string; body: string }[];
}): PublicText[] {
  return [
    { where: "The title", text: bulletin.title },
    ...bulletin.notes.map((text, i) => ({ where: `Note ${i + 1}`, text })),
    ...bulletin.items.map((item, i) => ({
      where: `Item ${i + 1}`,
      text: `${item.title}\n${item.body}`,
    })),
  ];
}
