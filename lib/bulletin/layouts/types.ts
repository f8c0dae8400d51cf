// Bulletin layouts with the draft a careful staff member would make of each: the parser's test
// corpus (tuning.ts: the parser was tuned on these; held-out.ts: written apart and never tuned on).

export interface ExpectedItem {
  /** Region slug: africa | latin-america | south-asia | southeast-asia | global. */
  region: string;
  /** Country as the parser names it (COUNTRIES in ../parser.ts), or null when none is named. */
  country: string | null;
  kind: "request" | "praise";
  /** A few words the item's body must contain (case-insensitive), to tell items apart. */
  contains: string;
}

export interface Layout {
  name: string;
  /** The bulletin as pasted (plain text, as e-mailed). */
  text: string;
  /** The verse's reference as written (e.g. "Psalm 82:3"), or null when the bulletin has none. */
  verse: string | null;
  /** Every request and praise report, in order; greetings, intros and sign-offs are not items. */
  items: ExpectedItem[];
}
