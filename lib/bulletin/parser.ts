// Bulletin parser: turns a bulletin pasted as plain text into a draft for staff review (SPEC §4).
// Pure TypeScript: no React, no database, no Node-only APIs; it also runs in the browser.

/** A region's slug. Known: 'africa' | 'latin-america' | 'south-asia' | 'southeast-asia' | 'global'. */
export type RegionSlug = string;

export interface DraftItem {
  region: RegionSlug;
  country: string | null;
  kind: "request" | "praise";
  title: string;
  body: string;
}

export interface ProposedRegion {
  slug: string;
  name: string;
}

export interface BulletinDraft {
  title: string;
  verse: { text: string; reference: string } | null;
  items: DraftItem[];
  notes: string[];
  warnings: string[];
  /** Regions for headings the parser did not recognise; items under them carry these slugs. */
  proposedRegions: ProposedRegion[];
}

/** Callers reject longer input (the parser itself is linear-time and would cope). */
export const MAX_BULLETIN_CHARS = 100_000;

/** Longest item title the parser derives. */
export const MAX_ITEM_TITLE_CHARS = 80;

export interface KnownRegion {
  slug: RegionSlug;
  name: string;
  /** Lower-case phrases that, in a heading, name this region. */
  keywords: readonly string[];
}

export const KNOWN_REGIONS: ReadonlyArray<KnownRegion> = [
  { slug: "africa", name: "Africa", keywords: ["africa", "african", "sub saharan"] },
  {
    slug: "latin-america",
    name: "Latin America",
    keywords: [
      "latin america",
      "central america",
      "south america",
      "caribbean",
      "latam",
      "americas",
    ],
  },
  { slug: "south-asia", name: "South Asia", keywords: ["south asia"] },
  {
    slug: "southeast-asia",
    name: "Southeast Asia",
    keywords: ["southeast asia", "south east asia", "asia pacific", "east asia", "pacific"],
  },
  {
    slug: "global",
    name: "HQ & Global Partners",
    keywords: [
      "hq",
      "headquarters",
      "global",
      "partners",
      "partner",
      "international",
      "advancement",
      "worldwide",
    ],
  },
];

export interface CountryInfo {
  /** The name the draft uses for the country. */
  name: string;
  region: RegionSlug;
  /** Other names and major cities that identify the country. */
  aliases?: readonly string[];
}

/** Countries IJM works in, and its advancement-office countries (under HQ & Global Partners). */
export const COUNTRIES: ReadonlyArray<CountryInfo> = [
  // Africa
  { name: "Ghana", region: "africa", aliases: ["Accra", "Kumasi"] },
  { name: "Kenya", region: "africa", aliases: ["Nairobi", "Mombasa", "Kisumu"] },
  { name: "Uganda", region: "africa", aliases: ["Kampala", "Gulu"] },
  { name: "Rwanda", region: "africa", aliases: ["Kigali"] },
  { name: "Zambia", region: "africa", aliases: ["Lusaka"] },
  { name: "Tanzania", region: "africa", aliases: ["Dar es Salaam"] },
  {
    name: "Democratic Republic of the Congo",
    region: "africa",
    aliases: ["DRC", "DR Congo", "Congo", "Kinshasa"],
  },
  { name: "Mozambique", region: "africa", aliases: ["Maputo"] },
  { name: "Malawi", region: "africa", aliases: ["Lilongwe"] },
  { name: "Nigeria", region: "africa", aliases: ["Lagos", "Abuja"] },
  { name: "South Africa", region: "africa", aliases: ["Johannesburg", "Cape Town"] },
  { name: "Ethiopia", region: "africa", aliases: ["Addis Ababa"] },
  { name: "Senegal", region: "africa", aliases: ["Dakar"] },
  { name: "Côte d'Ivoire", region: "africa", aliases: ["Cote d'Ivoire", "Ivory Coast", "Abidjan"] },
  { name: "Sierra Leone", region: "africa", aliases: ["Freetown"] },
  { name: "Liberia", region: "africa", aliases: ["Monrovia"] },
  { name: "Cameroon", region: "africa" },
  { name: "Zimbabwe", region: "africa", aliases: ["Harare"] },
  { name: "Burundi", region: "africa" },
  { name: "Madagascar", region: "africa" },
  // Latin America
  { name: "Bolivia", region: "latin-america", aliases: ["La Paz", "Cochabamba", "El Alto"] },
  { name: "Guatemala", region: "latin-america", aliases: ["Guatemala City"] },
  { name: "Honduras", region: "latin-america", aliases: ["Tegucigalpa", "San Pedro Sula"] },
  { name: "El Salvador", region: "latin-america", aliases: ["San Salvador"] },
  { name: "Dominican Republic", region: "latin-america", aliases: ["Santo Domingo"] },
  { name: "Peru", region: "latin-america", aliases: ["Lima"] },
  { name: "Ecuador", region: "latin-america", aliases: ["Quito", "Guayaquil"] },
  {
    name: "Colombia",
    region: "latin-america",
    aliases: ["Bogotá", "Bogota", "Medellín", "Medellin"],
  },
  { name: "Brazil", region: "latin-america", aliases: ["São Paulo", "Sao Paulo", "Recife"] },
  { name: "Mexico", region: "latin-america", aliases: ["México", "Mexico City"] },
  { name: "Nicaragua", region: "latin-america", aliases: ["Managua"] },
  { name: "Costa Rica", region: "latin-america", aliases: ["San José"] },
  { name: "Panama", region: "latin-america", aliases: ["Panamá"] },
  { name: "Haiti", region: "latin-america", aliases: ["Port-au-Prince"] },
  { name: "Paraguay", region: "latin-america", aliases: ["Asunción", "Asuncion"] },
  { name: "Argentina", region: "latin-america", aliases: ["Buenos Aires"] },
  { name: "Chile", region: "latin-america", aliases: ["Santiago"] },
  { name: "Venezuela", region: "latin-america", aliases: ["Caracas"] },
  // South Asia
  {
    name: "India",
    region: "south-asia",
    aliases: [
      "Mumbai",
      "Delhi",
      "New Delhi",
      "Chennai",
      "Kolkata",
      "Bengaluru",
      "Bangalore",
      "Hyderabad",
    ],
  },
  { name: "Bangladesh", region: "south-asia", aliases: ["Dhaka"] },
  { name: "Nepal", region: "south-asia", aliases: ["Kathmandu"] },
  { name: "Sri Lanka", region: "south-asia", aliases: ["Colombo"] },
  { name: "Pakistan", region: "south-asia", aliases: ["Lahore", "Karachi", "Islamabad"] },
  { name: "Bhutan", region: "south-asia" },
  // Southeast Asia (and the wider Asia Pacific)
  { name: "Thailand", region: "southeast-asia", aliases: ["Bangkok", "Chiang Mai", "Chiang Rai"] },
  {
    name: "Philippines",
    region: "southeast-asia",
    aliases: ["Manila", "Cebu", "Pampanga", "Davao"],
  },
  { name: "Cambodia", region: "southeast-asia", aliases: ["Phnom Penh", "Siem Reap"] },
  { name: "Vietnam", region: "southeast-asia", aliases: ["Viet Nam", "Hanoi", "Ho Chi Minh City"] },
  { name: "Malaysia", region: "southeast-asia", aliases: ["Kuala Lumpur"] },
  { name: "Indonesia", region: "southeast-asia", aliases: ["Jakarta"] },
  { name: "Myanmar", region: "southeast-asia", aliases: ["Burma", "Yangon"] },
  { name: "Laos", region: "southeast-asia", aliases: ["Vientiane"] },
  { name: "Singapore", region: "southeast-asia" },
  { name: "Timor-Leste", region: "southeast-asia", aliases: ["East Timor"] },
  { name: "Papua New Guinea", region: "southeast-asia" },
  // Headquarters and advancement offices
  {
    name: "United States",
    region: "global",
    aliases: ["United States of America", "USA", "U.S.", "U.S.A."],
  },
  { name: "Canada", region: "global" },
  { name: "Australia", region: "global" },
  { name: "Germany", region: "global", aliases: ["Deutschland"] },
  { name: "Netherlands", region: "global", aliases: ["The Netherlands", "Holland"] },
  {
    name: "United Kingdom",
    region: "global",
    aliases: [
      "UK",
      "U.K.",
      "Britain",
      "Great Britain",
      "England",
      "Scotland",
      "Wales",
      "Northern Ireland",
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Small text helpers. Every regular expression here either runs on a bounded slice or has no
// nested quantifiers, so parsing stays linear in the input's length.

/** Collapses runs of whitespace (tabs, no-break spaces…) to one space and trims. */
function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

const HAS_ALNUM = /[\p{L}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;

/** Bullet markers at line start: "•" and friends with optional space, "-", "*", "–", "—" and "1." / "1)" with a space. */
const BULLET = /^(?:[•·▪●◦‣∙]\s*|[-*–—]\s+|\d{1,2}[.)]\s+)/;

function stripBullet(line: string): string | null {
  const m = BULLET.exec(line);
  return m ? line.slice(m[0].length) : null;
}

const OPEN_QUOTES = new Set(['"', "“", "„", "«"]);
const CLOSE_QUOTES = new Set(['"', "”", "“", "»"]);

/** A bare scripture reference such as "Psalm 72:4", "1 John 3:18" or "Isaiah 1:17 (NIV)". */
const BARE_REFERENCE =
  /^(?:[1-3]\s?)?\p{L}[\p{L}.]*(?:\s\p{L}[\p{L}.]*){0,3}\s\d{1,3}:\d{1,3}(?:\s?[-–]\s?\d{1,3})?(?:\s\(?[A-Z]{2,5}\)?)?$/u;

/** Reads a reference line: "- Psalm 72:4", "– …", "— …", "(Psalm 72:4)" or a bare "Psalm 72:4". */
function parseReference(raw: string): string | null {
  const s = raw.trim();
  if (s.length > 80) return null;
  let ref: string;
  const dashes = /^[-–—―~]+\s*/.exec(s);
  if (dashes) ref = s.slice(dashes[0].length);
  else if (s.startsWith("(") && s.endsWith(")")) ref = s.slice(1, -1);
  else if (BARE_REFERENCE.test(s)) ref = s;
  else return null;
  ref = ref.trim();
  if (ref.length < 2 || ref.length > 60 || !HAS_LETTER.test(ref) || !/\d/.test(ref)) return null;
  return ref;
}

/** A quoted paragraph, optionally followed on the same line by its reference. */
function matchQuoted(text: string): { text: string; reference: string | null } | null {
  const first = text[0];
  if (first === undefined || !OPEN_QUOTES.has(first)) return null;
  let close = -1;
  for (const q of CLOSE_QUOTES) close = Math.max(close, text.lastIndexOf(q));
  if (close < 2) return null;
  const inner = text.slice(1, close).trim();
  if (!HAS_LETTER.test(inner)) return null;
  const rest = text.slice(close + 1).trim();
  if (rest === "") return { text: inner, reference: null };
  const reference = parseReference(rest);
  return reference ? { text: inner, reference } : null;
}

/** Words that make a short line content (a one-line request) rather than a heading. */
const PRAYER_WORDS =
  /\b(?:pray|prays|praying|please|praise|praising|thank|thanks|thankful|rejoice|join us)\b/i;
/** A line ending in one of these is a wrapped sentence, not a heading. */
const TRAILING_STOPWORD =
  /\b(?:and|or|for|of|in|to|the|a|an|with|from|by|at|on|as|that|our|their|his|her|its|is|are|was|were)$/i;

const MAX_HEADING_CHARS = 60;
const MAX_HEADING_WORDS = 8;

/** Section headings that name no region: they label what follows ("Praise Reports"). */
const GENERIC_HEADING =
  /^(?:(?:urgent|current|weekly|monthly|special|other|more|recent|latest)\s+)?(?:prayer\s+(?:requests?|points?|needs?|updates?|concerns?|list)|praise\s+(?:reports?|points?|items?|updates?)|praises|requests|answered\s+prayers?|updates?|news|highlights|this\s+(?:week|month))$/i;

type Kind = DraftItem["kind"];
/** What a generic heading says of the paragraphs under it: their kind, or "any". */
type Label = Kind | "any";

interface Heading {
  text: string;
  colon: boolean;
  /** Set for a generic heading, null for a (possible) region heading. */
  label: Label | null;
}

/** If the line looks like a heading (short, no full stop), its text without a trailing colon. */
function headingText(line: string): Heading | null {
  if (line.length > MAX_HEADING_CHARS + 1) return null;
  const colon = line.endsWith(":");
  const text = (colon ? line.slice(0, -1) : line).trim();
  if (text.length < 2 || !HAS_LETTER.test(text)) return null;
  if (/[.!?:;,]/.test(text)) return null;
  const first = text.charAt(0);
  if (OPEN_QUOTES.has(first) || first === "(" || first !== first.toUpperCase()) return null;
  if (text.split(" ").length > MAX_HEADING_WORDS) return null;
  if (GENERIC_HEADING.test(text)) {
    const label: Label = /prais|answered/i.test(text)
      ? "praise"
      : /prayer|request/i.test(text)
        ? "request"
        : "any";
    return { text, colon, label };
  }
  if (PRAYER_WORDS.test(text) || TRAILING_STOPWORD.test(text)) return null;
  if (BARE_REFERENCE.test(text)) return null;
  return { text, colon, label: null };
}

function startsLowercase(line: string): boolean {
  const c = line.charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function endsSentence(line: string): boolean {
  return /[.!?"”')]$/.test(line);
}

// ---------------------------------------------------------------------------------------------
// Countries and regions

function tokenKey(token: string): string {
  let t = token.toLowerCase();
  if (t.includes("’")) t = t.replace(/’/g, "'");
  if (!t.endsWith(".")) return t;
  // Keep the dots of abbreviations (U.S., U.K.); drop a full stop that ends a sentence.
  return /^(?:\p{L}\.)+$/u.test(t) ? t : t.slice(0, -1);
}

const TOKEN = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*\.?/gu;

function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const COUNTRY_BY_KEY = new Map<string, CountryInfo>();
/** The first word of every country name and alias: most words are not, and are skipped at once. */
const FIRST_KEYS = new Set<string>();
let MAX_ALIAS_TOKENS = 1;
for (const country of COUNTRIES) {
  for (const alias of [country.name, ...(country.aliases ?? [])]) {
    const keys = tokenize(alias).map(tokenKey);
    MAX_ALIAS_TOKENS = Math.max(MAX_ALIAS_TOKENS, keys.length);
    COUNTRY_BY_KEY.set(keys.join(" "), country);
    FIRST_KEYS.add(keys[0] ?? "");
  }
}

/** The countries a text names (by name, other name or major city), in order of first mention. */
export function findCountries(text: string): CountryInfo[] {
  const tokens = tokenize(text);
  const keys: string[] = [];
  const keyAt = (j: number): string => (keys[j] ??= tokenKey(tokens[j] ?? ""));
  const found: CountryInfo[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = (tokens[i] ?? "").charAt(0);
    // Place names are capitalised ("US" the country, not "us" the pronoun).
    if (c === c.toLowerCase() || !FIRST_KEYS.has(keyAt(i))) continue;
    let key = keyAt(i);
    let match: CountryInfo | undefined = COUNTRY_BY_KEY.get(key);
    let matchLength = 1;
    const longest = Math.min(MAX_ALIAS_TOKENS, tokens.length - i);
    for (let len = 2; len <= longest; len++) {
      key += ` ${keyAt(i + len - 1)}`;
      const longer = COUNTRY_BY_KEY.get(key);
      if (longer) {
        match = longer;
        matchLength = len;
      }
    }
    if (match) {
      if (!found.includes(match)) found.push(match);
      i += matchLength - 1;
    }
  }
  return found;
}

/** Heading keywords, most specific region first; "global" words only count after countries. */
const REGION_KEYWORD_ORDER: readonly RegionSlug[] = [
  "southeast-asia",
  "south-asia",
  "latin-america",
  "africa",
];

function regionKeywords(slug: RegionSlug): readonly string[] {
  return KNOWN_REGIONS.find((r) => r.slug === slug)?.keywords ?? [];
}

function headingWords(heading: string): string {
  return ` ${heading
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

/** The known region a heading names by its words or its countries, if any. */
function regionOfHeading(heading: string): RegionSlug | null {
  const words = headingWords(heading);
  for (const slug of REGION_KEYWORD_ORDER) {
    if (regionKeywords(slug).some((k) => words.includes(` ${k} `))) return slug;
  }
  const country = findCountries(heading)[0];
  if (country) return country.region;
  if (regionKeywords("global").some((k) => words.includes(` ${k} `))) return "global";
  return null;
}

/** The region most named by the countries in these texts; field regions before advancement offices. */
function regionOfCountries(texts: readonly string[]): RegionSlug | null {
  const counts = new Map<RegionSlug, number>();
  for (const text of texts) {
    for (const country of findCountries(text))
      counts.set(country.region, (counts.get(country.region) ?? 0) + 1);
  }
  let best: RegionSlug | null = null;
  let bestCount = 0;
  for (const [region, n] of counts) {
    if (region === "global") continue;
    if (n > bestCount) {
      best = region;
      bestCount = n;
    }
  }
  if (best) return best;
  return counts.has("global") ? "global" : null;
}

/** The slug a new region gets from its heading (same rules as the data layer's region slugs). */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

// ---------------------------------------------------------------------------------------------
// Kinds and titles

const PRAISE_SIGNAL =
  /\b(?:prais(?:e|es|ed|ing)|thank(?:s|ful|ing)?|grateful|celebrat(?:e|es|ed|ing|ion)|rejoic(?:e|es|ed|ing)|hallelujah|answered prayers?|prayers? (?:were|was|have been|has been) answered)\b/i;
const REQUEST_SIGNAL =
  /\b(?:pray(?:s|ed|ing)?|prayers?|intercede|interceding|intercession|lift(?:ing)? up|ask(?:ing)? (?:god|the lord))\b/i;

/** 'praise' when the paragraph gives thanks before it asks; 'request' when it asks; null when neither. */
export function classifyParagraph(text: string): "request" | "praise" | null {
  const praise = text.search(PRAISE_SIGNAL);
  const request = text.search(REQUEST_SIGNAL);
  if (praise < 0 && request < 0) return null;
  if (praise < 0) return "request";
  if (request < 0) return "praise";
  return praise <= request ? "praise" : "request";
}

const TIME_PHRASE =
  /^(?:(?:this|last|next) (?:week|weekend|month|year)|today|yesterday|recently|earlier this (?:week|month|year)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day),\s+/i;
const PRAYER_PREFIX =
  /^(?:(?:please|we)\s+)?(?:(?:also|continue to|keep)\s+)?(?:join\s+us\s+(?:in\s+)?(?:praising|praying|thanking|giving\s+thanks)(?:\s+(?:to\s+)?(?:god|the\s+lord))?|pray(?:ing)?(?:\s+also)?|praise(?:\s+(?:god|the\s+lord))?|give\s+thanks(?:\s+to\s+(?:god|the\s+lord))?|thank\s+(?:god|the\s+lord))\s+(?:for|that|with|over)\s+/i;
/** "Praise God for his faithfulness and for …": the "…" is the news. */
const GOD_ATTRIBUTE =
  /^(?:his|god's|god’s|the lord's|the lord’s)\s+(?:faithfulness|goodness|provision|protection|grace|mercy|love|kindness)\s+and\s+(?:for\s+)?/i;
const TITLE_STOPWORDS = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "but",
  "by",
  "for",
  "from",
  "in",
  "into",
  "is",
  "of",
  "on",
  "or",
  "our",
  "that",
  "the",
  "their",
  "this",
  "to",
  "who",
  "with",
  "would",
  "his",
  "her",
  "its",
  "are",
]);

function cutAtWord(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.lastIndexOf(" ", max);
  if (cut <= 0) {
    cut = max;
    const code = s.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // do not split a surrogate pair
  }
  return s.slice(0, cut);
}

function trimTitleEnd(s: string): string {
  let words = s.split(" ");
  while (words.length > 1 && TITLE_STOPWORDS.has((words[words.length - 1] ?? "").toLowerCase())) {
    words = words.slice(0, -1);
  }
  return words
    .join(" ")
    .replace(/[\s\p{P}]+$/u, "")
    .replace(/^[\s"“”'‘’(]+/, "");
}

/**
 * A short title from the paragraph: its first sentence, without a leading time phrase
 * ("This week,"), a prayer phrase ("Please pray for", "Praise God for", "Join us in praising God
 * for"), "his faithfulness and for" or "the", cut at the first clause break after 15 characters and at a word boundary to
 * at most 80 characters, with no trailing small word or punctuation, capitalised.
 */
export function deriveTitle(body: string): string {
  let s = body.slice(0, 400);
  const end = /[.!?](?=\s|$|["”’)])/.exec(s);
  if (end && end.index > 0) s = s.slice(0, end.index);
  s = s.replace(TIME_PHRASE, "");
  s = s.replace(PRAYER_PREFIX, "");
  s = s.replace(GOD_ATTRIBUTE, "");
  s = s.replace(/^the\s+/i, "");
  const clause = /[,;:—–]| - /g;
  let m: RegExpExecArray | null;
  while ((m = clause.exec(s)) !== null) {
    if (m.index >= 15) {
      s = s.slice(0, m.index);
      break;
    }
  }
  let title = trimTitleEnd(cutAtWord(s.trim(), MAX_ITEM_TITLE_CHARS));
  if (!HAS_ALNUM.test(title)) title = trimTitleEnd(cutAtWord(body.trim(), MAX_ITEM_TITLE_CHARS));
  if (!HAS_ALNUM.test(title)) return "Untitled";
  return title.charAt(0).toUpperCase() + title.slice(1);
}

// ---------------------------------------------------------------------------------------------
// The parser

interface Paragraph {
  text: string;
  /** The kind a list's lead-in ("Please pray for:") gives its bullets. */
  hint: Kind | null;
  /** A lead-in or a stray short line: always a note. */
  note: boolean;
}

type Segment = ({ type: "heading" } & Heading) | ({ type: "paragraph" } & Paragraph);

/** A region heading (null: the text before the first one) and what lies under it. */
interface Group {
  heading: string | null;
  parts: { label: Label | null; paragraphs: Paragraph[] }[];
}

function quote(s: string): string {
  return `“${cutAtWord(s, 60)}${s.length > 60 ? "…" : ""}”`;
}

/** Splits one blank-line-separated run of lines into headings and paragraphs (bullets are paragraphs). */
function segmentRun(lines: readonly string[], out: Segment[]): void {
  let current: string[] | null = null;
  let inList = false;
  let listHint: Kind | null = null;
  const flush = (leadIn: boolean) => {
    if (current && current.length > 0) {
      const text = current.join(" ");
      if (leadIn) listHint = classifyParagraph(text);
      out.push({ type: "paragraph", text, hint: inList ? listHint : null, note: leadIn });
    }
    current = null;
  };
  const bullets = lines.map(stripBullet);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const next = lines[i + 1];
    const bulleted = bullets[i] ?? null;
    if (bulleted !== null) {
      // A paragraph that ends in ":" just before a list introduces it ("Please pray for:").
      const last: string | undefined = current === null ? undefined : current[current.length - 1];
      flush(!inList && last !== undefined && last.endsWith(":"));
      current = [bulleted];
      inList = true;
      continue;
    }
    const nextIsBullet = (bullets[i + 1] ?? null) !== null;
    const afterSentence = i > 0 && endsSentence(lines[i - 1] ?? "");
    // Past a run's first line, only "Heading:", a heading over bullets or a known heading
    // between sentences starts a section; other short lines are wrapped text.
    const candidate =
      i === 0 || nextIsBullet || line.endsWith(":") || (afterSentence && next !== undefined);
    const heading = candidate ? headingText(line) : null;
    if (heading) {
      const isHeading =
        i === 0
          ? next === undefined || heading.colon || nextIsBullet || !startsLowercase(next)
          : heading.colon ||
            (afterSentence &&
              (nextIsBullet || heading.label !== null || regionOfHeading(heading.text) !== null));
      if (isHeading) {
        flush(false);
        inList = false;
        listHint = null;
        out.push({ type: "heading", ...heading });
        continue;
      }
    }
    if (current === null) {
      current = [];
      inList = false;
      listHint = null;
    }
    current.push(line);
  }
  flush(false);
}

export function parseBulletin(input: string): BulletinDraft {
  const draft: BulletinDraft = {
    title: "",
    verse: null,
    items: [],
    notes: [],
    warnings: [],
    proposedRegions: [],
  };
  const text = typeof input === "string" ? input : String(input ?? "");

  // 1. Lines (CRLF, CR or LF), whitespace-normalised, grouped into runs separated by blank lines.
  //    Lines with no letter or digit (separators such as "***" or a lone bullet) count as blank.
  const runs: string[][] = [];
  let run: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = normalizeSpace(raw);
    if (!HAS_ALNUM.test(line)) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else {
      run.push(line);
    }
  }
  if (run.length > 0) runs.push(run);

  const firstRun = runs[0];
  if (!firstRun) {
    draft.warnings.push("The text is empty: paste the bulletin as it was e-mailed.");
    return draft;
  }

  // 2. Title: the first non-empty line.
  draft.title = firstRun.shift() ?? "";
  if (firstRun.length === 0) runs.shift();
  if (draft.title.length > 120)
    draft.warnings.push("The first line is long for a title; check the title.");

  // 3. The verse (the first quoted paragraph with a reference), headings and paragraphs.
  const segments: Segment[] = [];
  for (let r = 0; r < runs.length; r++) {
    const lines = runs[r] ?? [];
    if (lines.length === 0) continue;
    if (draft.verse === null) {
      const quoted = matchQuoted(lines.join(" "));
      if (quoted) {
        if (quoted.reference !== null) {
          draft.verse = { text: quoted.text, reference: quoted.reference };
          continue;
        }
        const nextRun = runs[r + 1];
        const reference = nextRun?.[0] !== undefined ? parseReference(nextRun[0]) : null;
        if (nextRun && reference !== null) {
          draft.verse = { text: quoted.text, reference };
          nextRun.shift();
          continue;
        }
      }
    }
    segmentRun(lines, segments);
  }

  // 4. Groups: the text before the first region heading, then one per region heading; generic
  //    headings ("Praise Reports") split a group into labelled parts. A heading with nothing under
  //    it is warned about if it names a region or labels a part, else kept as a short line (a note).
  const filled: boolean[] = [];
  let paragraphAhead = false;
  for (let s = segments.length - 1; s >= 0; s--) {
    const segment = segments[s];
    filled[s] = paragraphAhead;
    if (segment?.type === "paragraph") paragraphAhead = true;
    else if (segment?.label === null) paragraphAhead = false;
  }
  const groups: Group[] = [{ heading: null, parts: [{ label: null, paragraphs: [] }] }];
  let sawHeading = false;
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s];
    if (!segment) continue;
    const group = groups[groups.length - 1] ?? { heading: null, parts: [] };
    let part = group.parts[group.parts.length - 1];
    if (!part) group.parts.push((part = { label: null, paragraphs: [] }));
    if (segment.type === "paragraph") {
      part.paragraphs.push({ text: segment.text, hint: segment.hint, note: segment.note });
    } else if (segment.label !== null) {
      if (segments[s + 1]?.type === "paragraph")
        group.parts.push({ label: segment.label, paragraphs: [] });
      else draft.warnings.push(`The heading ${quote(segment.text)} has nothing under it.`);
    } else if (filled[s]) {
      sawHeading = true;
      groups.push({ heading: segment.text, parts: [{ label: null, paragraphs: [] }] });
    } else if (regionOfHeading(segment.text) !== null) {
      sawHeading = true;
      draft.warnings.push(`The heading ${quote(segment.text)} has nothing under it.`);
    } else {
      // A short line with nothing under it (a sign-off, a label) asks nothing: a note.
      part.paragraphs.push({ text: segment.text, hint: null, note: true });
    }
  }

  // 5. Regions, items and notes.
  for (const group of groups) {
    let groupRegion: RegionSlug | null = null;
    let proposed = false;
    if (group.heading !== null) {
      groupRegion =
        regionOfHeading(group.heading) ??
        regionOfCountries(group.parts.flatMap((part) => part.paragraphs.map((p) => p.text)));
      if (groupRegion === null) {
        groupRegion = slugify(group.heading) || "region";
        proposed = true;
        if (!draft.proposedRegions.some((p) => p.slug === groupRegion)) {
          draft.proposedRegions.push({ slug: groupRegion, name: group.heading });
          draft.warnings.push(
            `Unknown region heading ${quote(group.heading)}: its items go to a proposed new region “${groupRegion}”.`,
          );
        }
      }
    }
    for (const part of group.parts) {
      const label = part.label === "any" ? null : part.label;
      for (const { text: body, hint, note } of part.paragraphs) {
        // The paragraph's own words decide its kind; else its list's lead-in; else its heading.
        const kind = note ? null : (classifyParagraph(body) ?? hint ?? label);
        if (kind === null) {
          draft.notes.push(body);
          continue;
        }
        const title = deriveTitle(body);
        const named = findCountries(body);
        let region: RegionSlug;
        let country: string | null = null;
        if (groupRegion !== null) {
          region = groupRegion;
          if (!proposed) country = named.find((c) => c.region === region)?.name ?? null;
        } else if (named[0]) {
          region = named[0].region;
          country = named[0].name;
        } else {
          region = "global";
          draft.warnings.push(
            `Could not tell the region of: ${quote(title)}; it is under HQ & Global Partners.`,
          );
        }
        draft.items.push({ region, country, kind, title, body });
      }
    }
  }

  if (draft.verse === null) draft.warnings.push("No scripture verse found.");
  if (!sawHeading && draft.items.length + draft.notes.length > 0) {
    draft.warnings.push("No region heading found; regions guessed from countries.");
  }
  if (draft.items.length === 0) draft.warnings.push("No prayer requests or praise reports found.");
  return draft;
}
