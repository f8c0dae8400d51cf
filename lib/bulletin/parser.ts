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
  {
    slug: "africa",
    name: "Africa",
    // Sub-regions contain "africa" already ("West Africa", "Horn of Africa").
    keywords: ["africa", "african", "sub saharan", "sahel", "great lakes", "afrique", "africaine"],
  },
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
      "andes",
      "andean",
      "southern cone",
      "mesoamerica",
      "america latina",
      "amerique latine",
      "latinoamerica",
      "centroamerica",
      "america central",
      "amerique centrale",
      "sudamerica",
      "america del sur",
      "america do sul",
      "amerique du sud",
      "caribe",
      "caraibes",
      "andina",
      "cono sur",
    ],
  },
  {
    slug: "south-asia",
    name: "South Asia",
    keywords: [
      "south asia",
      "subcontinent",
      "himalaya",
      "himalayas",
      "asia del sur",
      "sur de asia",
      "sul da asia",
      "asia do sul",
      "asie du sud",
    ],
  },
  {
    slug: "southeast-asia",
    name: "Southeast Asia",
    keywords: [
      "southeast asia",
      "south east asia",
      "asia pacific",
      "east asia",
      "pacific",
      "mekong",
      "indochina",
      "asean",
      "sudeste asiatico",
      "sureste asiatico",
      "sudeste da asia",
      "asia sudoriental",
      "asie du sud est",
      "asia pacifico",
      "asie pacifique",
    ],
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
      "head office",
      "home office",
      "north america",
      "sede",
      "siege",
      "oficina central",
      "oficinas centrales",
      "socios",
      "parceiros",
      "partenaires",
      "mundial",
      "mondial",
      "internacional",
    ],
  },
];

export interface CountryInfo {
  /** The name the draft uses for the country. */
  name: string;
  region: RegionSlug;
  /** Other names and major cities that identify the country. */
  aliases?: readonly string[];
  /** Adjectives and demonyms that name it ("Ghanaian court", "Filipino survivors"). */
  adjectives?: readonly string[];
}

/** Countries IJM works in, and its advancement-office countries (under HQ & Global Partners). */
export const COUNTRIES: ReadonlyArray<CountryInfo> = [
  // Africa
  { name: "Ghana", region: "africa", aliases: ["Accra", "Kumasi"], adjectives: ["Ghanaian"] },
  {
    name: "Kenya",
    region: "africa",
    aliases: ["Nairobi", "Mombasa", "Kisumu"],
    adjectives: ["Kenyan"],
  },
  { name: "Uganda", region: "africa", aliases: ["Kampala", "Gulu"], adjectives: ["Ugandan"] },
  { name: "Rwanda", region: "africa", aliases: ["Kigali"], adjectives: ["Rwandan"] },
  { name: "Zambia", region: "africa", aliases: ["Lusaka"], adjectives: ["Zambian"] },
  { name: "Tanzania", region: "africa", aliases: ["Dar es Salaam"], adjectives: ["Tanzanian"] },
  {
    name: "Democratic Republic of the Congo",
    region: "africa",
    aliases: ["DRC", "DR Congo", "Congo", "Kinshasa"],
    adjectives: ["Congolese"],
  },
  { name: "Mozambique", region: "africa", aliases: ["Maputo"], adjectives: ["Mozambican"] },
  { name: "Malawi", region: "africa", aliases: ["Lilongwe"], adjectives: ["Malawian"] },
  { name: "Nigeria", region: "africa", aliases: ["Lagos", "Abuja"], adjectives: ["Nigerian"] },
  {
    name: "South Africa",
    region: "africa",
    aliases: ["Johannesburg", "Cape Town"],
    adjectives: ["South African"],
  },
  { name: "Ethiopia", region: "africa", aliases: ["Addis Ababa"], adjectives: ["Ethiopian"] },
  { name: "Senegal", region: "africa", aliases: ["Dakar"], adjectives: ["Senegalese"] },
  {
    name: "Côte d'Ivoire",
    region: "africa",
    aliases: ["Cote d'Ivoire", "Ivory Coast", "Abidjan"],
    adjectives: ["Ivorian"],
  },
  { name: "Sierra Leone", region: "africa", aliases: ["Freetown"], adjectives: ["Sierra Leonean"] },
  { name: "Liberia", region: "africa", aliases: ["Monrovia"], adjectives: ["Liberian"] },
  { name: "Cameroon", region: "africa", adjectives: ["Cameroonian"] },
  { name: "Zimbabwe", region: "africa", aliases: ["Harare"], adjectives: ["Zimbabwean"] },
  { name: "Burundi", region: "africa", adjectives: ["Burundian"] },
  { name: "Madagascar", region: "africa", adjectives: ["Malagasy"] },
  // Latin America
  {
    name: "Bolivia",
    region: "latin-america",
    aliases: ["La Paz", "Cochabamba", "El Alto"],
    adjectives: ["Bolivian"],
  },
  {
    name: "Guatemala",
    region: "latin-america",
    aliases: ["Guatemala City"],
    adjectives: ["Guatemalan"],
  },
  {
    name: "Honduras",
    region: "latin-america",
    aliases: ["Tegucigalpa", "San Pedro Sula"],
    adjectives: ["Honduran"],
  },
  {
    name: "El Salvador",
    region: "latin-america",
    aliases: ["San Salvador"],
    adjectives: ["Salvadoran", "Salvadorean"],
  },
  {
    name: "Dominican Republic",
    region: "latin-america",
    aliases: ["Santo Domingo"],
    adjectives: ["Dominican"],
  },
  { name: "Peru", region: "latin-america", aliases: ["Lima"], adjectives: ["Peruvian"] },
  {
    name: "Ecuador",
    region: "latin-america",
    aliases: ["Quito", "Guayaquil"],
    adjectives: ["Ecuadorian", "Ecuadorean"],
  },
  {
    name: "Colombia",
    region: "latin-america",
    aliases: ["Bogotá", "Bogota", "Medellín", "Medellin"],
    adjectives: ["Colombian"],
  },
  {
    name: "Brazil",
    region: "latin-america",
    aliases: ["São Paulo", "Sao Paulo", "Recife"],
    adjectives: ["Brazilian"],
  },
  {
    name: "Mexico",
    region: "latin-america",
    aliases: ["México", "Mexico City"],
    adjectives: ["Mexican"],
  },
  { name: "Nicaragua", region: "latin-america", aliases: ["Managua"], adjectives: ["Nicaraguan"] },
  {
    name: "Costa Rica",
    region: "latin-america",
    aliases: ["San José"],
    adjectives: ["Costa Rican"],
  },
  { name: "Panama", region: "latin-america", aliases: ["Panamá"], adjectives: ["Panamanian"] },
  { name: "Haiti", region: "latin-america", aliases: ["Port-au-Prince"], adjectives: ["Haitian"] },
  {
    name: "Paraguay",
    region: "latin-america",
    aliases: ["Asunción", "Asuncion"],
    adjectives: ["Paraguayan"],
  },
  {
    name: "Argentina",
    region: "latin-america",
    aliases: ["Buenos Aires"],
    adjectives: ["Argentine", "Argentinian"],
  },
  { name: "Chile", region: "latin-america", aliases: ["Santiago"], adjectives: ["Chilean"] },
  { name: "Venezuela", region: "latin-america", aliases: ["Caracas"], adjectives: ["Venezuelan"] },
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
    adjectives: ["Indian"],
  },
  { name: "Bangladesh", region: "south-asia", aliases: ["Dhaka"], adjectives: ["Bangladeshi"] },
  {
    name: "Nepal",
    region: "south-asia",
    aliases: ["Kathmandu"],
    adjectives: ["Nepali", "Nepalese"],
  },
  { name: "Sri Lanka", region: "south-asia", aliases: ["Colombo"], adjectives: ["Sri Lankan"] },
  {
    name: "Pakistan",
    region: "south-asia",
    aliases: ["Lahore", "Karachi", "Islamabad"],
    adjectives: ["Pakistani"],
  },
  { name: "Bhutan", region: "south-asia", adjectives: ["Bhutanese"] },
  // Southeast Asia (and the wider Asia Pacific)
  {
    name: "Thailand",
    region: "southeast-asia",
    aliases: ["Bangkok", "Chiang Mai", "Chiang Rai"],
    adjectives: ["Thai"],
  },
  {
    name: "Philippines",
    region: "southeast-asia",
    aliases: ["Manila", "Cebu", "Pampanga", "Davao"],
    adjectives: ["Filipino", "Filipina", "Filipinos", "Filipinas", "Philippine"],
  },
  {
    name: "Cambodia",
    region: "southeast-asia",
    aliases: ["Phnom Penh", "Siem Reap"],
    adjectives: ["Cambodian"],
  },
  {
    name: "Vietnam",
    region: "southeast-asia",
    aliases: ["Viet Nam", "Hanoi", "Ho Chi Minh City"],
    adjectives: ["Vietnamese"],
  },
  {
    name: "Malaysia",
    region: "southeast-asia",
    aliases: ["Kuala Lumpur"],
    adjectives: ["Malaysian"],
  },
  { name: "Indonesia", region: "southeast-asia", aliases: ["Jakarta"], adjectives: ["Indonesian"] },
  {
    name: "Myanmar",
    region: "southeast-asia",
    aliases: ["Burma", "Yangon"],
    adjectives: ["Burmese"],
  },
  {
    name: "Laos",
    region: "southeast-asia",
    aliases: ["Vientiane"],
    adjectives: ["Lao", "Laotian"],
  },
  { name: "Singapore", region: "southeast-asia", adjectives: ["Singaporean"] },
  {
    name: "Timor-Leste",
    region: "southeast-asia",
    aliases: ["East Timor"],
    adjectives: ["Timorese"],
  },
  { name: "Papua New Guinea", region: "southeast-asia", adjectives: ["Papua New Guinean"] },
  // Headquarters and advancement offices
  {
    name: "United States",
    region: "global",
    aliases: ["United States of America", "USA", "U.S.", "U.S.A."],
  },
  { name: "Canada", region: "global", adjectives: ["Canadian"] },
  { name: "Australia", region: "global", adjectives: ["Australian"] },
  { name: "Germany", region: "global", aliases: ["Deutschland"], adjectives: ["German"] },
  {
    name: "Netherlands",
    region: "global",
    aliases: ["The Netherlands", "Holland"],
    adjectives: ["Dutch"],
  },
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
    adjectives: ["British"],
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

/**
 * Words in English, Spanish, French and Portuguese, matched whole: `\b` does not see accented
 * letters as part of a word, so these use Unicode look-arounds instead.
 */
function words(alternatives: string, flags = "iu"): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
}

/** Words that make a short line content (a one-line request) rather than a heading. */
const PRAYER_WORDS = words(
  "pray|prays|praying|please|praise|praising|thank|thanks|thankful|rejoice|join us|" +
    "oren|oremos|orad|ore|orem|oración|oraciones|oração|orações|alaben|alabemos|gracias|graças|" +
    "priez|prions|prière|prières|louons|louez|merci|louvem|louvemos|por favor",
);
/** A line ending in one of these is a wrapped sentence, not a heading. */
const TRAILING_STOPWORD = new RegExp(
  "(?<![\\p{L}\\p{N}])(?:and|or|for|of|in|to|the|a|an|with|from|by|at|on|as|that|our|their|his|her|its|is|are|was|were|" +
    "de|del|la|el|los|las|y|en|por|para|con|du|des|le|les|et|pour|avec|do|da|dos|das|e|em|com|os|as|que)$",
  "iu",
);

const MAX_HEADING_CHARS = 60;
const MAX_HEADING_WORDS = 8;

/** Section headings that name no region: they label what follows ("Praise Reports"). */
const GENERIC_HEADING =
  /^(?:(?:urgent|current|weekly|monthly|special|other|more|recent|latest)\s+)?(?:prayer\s+(?:requests?|points?|needs?|updates?|concerns?|list)|praise\s+(?:reports?|points?|items?|updates?)|praises|requests|answered\s+prayers?|updates?|news|highlights|this\s+(?:week|month)|(?:peticiones|motivos|pedidos|sujets|requêtes|intentions)\s+de\s+(?:oración|oração|prière|alabanza|louvor|louange)s?|alabanzas|louvores|louanges|respuestas\s+a\s+la\s+oración|prières\s+exaucées|orações\s+respondidas|actualizaciones|novedades|nouvelles|notícias|novidades)$/iu;

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
    const label: Label = /prais|answered|alaban|louv|louang|exauc|respuest|respondid/i.test(text)
      ? "praise"
      : /prayer|request|oraci|oraç|prière|petici|pedido|sujets|requêtes|intentions/i.test(text)
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

/** Lower case, without accents: "Perú" is "peru", "Bolívia" is "bolivia", "África" is "africa". */
function fold(s: string): string {
  return s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

function tokenKey(token: string): string {
  let t = fold(token);
  if (t.includes("’")) t = t.replace(/’/g, "'");
  if (t.endsWith("'s")) t = t.slice(0, -2); // "Uganda's high court"
  if (!t.endsWith(".")) return t;
  // Keep the dots of abbreviations (U.S., U.K.); drop a full stop that ends a sentence.
  return /^(?:\p{L}\.)+$/u.test(t) ? t : t.slice(0, -1);
}

const TOKEN = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*\.?/gu;

function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Names of the countries in Spanish, French and Portuguese (keys are compared without accents, so
 * "Perú" and "Bolívia" need none here). The draft still names each country in English.
 */
const OTHER_LANGUAGE_NAMES: Readonly<Record<string, readonly string[]>> = {
  Ghana: ["Gana"],
  Kenya: ["Kenia", "Quênia", "Quénia"],
  Uganda: ["Ouganda"],
  Rwanda: ["Ruanda"],
  Zambia: ["Zambie", "Zâmbia"],
  Tanzania: ["Tanzanie", "Tanzânia"],
  "Democratic Republic of the Congo": [
    "RDC",
    "RD Congo",
    "República Democrática del Congo",
    "République démocratique du Congo",
    "République Démocratique du Congo",
    "República Democrática do Congo",
  ],
  Mozambique: ["Moçambique"],
  Nigeria: ["Nigéria"],
  "South Africa": ["Sudáfrica", "Afrique du Sud", "África do Sul"],
  Ethiopia: ["Etiopía", "Éthiopie", "Etiópia"],
  "Côte d'Ivoire": ["Costa de Marfil", "Costa do Marfim"],
  Cameroon: ["Camerún", "Cameroun", "Camarões"],
  "Dominican Republic": [
    "República Dominicana",
    "République dominicaine",
    "République Dominicaine",
  ],
  Brazil: ["Brasil", "Brésil"],
  Mexico: ["Mexique"],
  Haiti: ["Haití"],
  Peru: ["Pérou"],
  Bolivia: ["Bolivie"],
  Ecuador: ["Équateur", "Equador"],
  Colombia: ["Colombie", "Colômbia"],
  Chile: ["Chili"],
  India: ["Inde"],
  Bangladesh: ["Bangladés"],
  Nepal: ["Népal"],
  Pakistan: ["Pakistán", "Paquistão"],
  Thailand: ["Tailandia", "Thaïlande", "Tailândia"],
  Philippines: ["Filipinas", "Manille"],
  Cambodia: ["Camboya", "Cambodge", "Camboja"],
  Vietnam: ["Vietnã"],
  Malaysia: ["Malasia", "Malaisie", "Malásia"],
  Indonesia: ["Indonésie"],
  Myanmar: ["Birmania", "Birmanie", "Birmânia"],
  "United States": ["Estados Unidos", "EE. UU.", "EE.UU.", "États-Unis", "EUA"],
  Canada: ["Canadá"],
  Germany: ["Alemania", "Allemagne", "Alemanha"],
  Netherlands: ["Países Bajos", "Pays-Bas", "Países Baixos", "Holanda"],
  "United Kingdom": ["Reino Unido", "Royaume-Uni"],
  Australia: ["Australie", "Austrália"],
};

/**
 * Spanish, French and Portuguese write a nationality in lower case ("policías mexicanos", "les
 * enfants boliviens"): these stems count even uncapitalised, with their endings.
 */
const LOWERCASE_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  Mexico: ["mexican", "mexicain"],
  Bolivia: ["bolivian", "bolivien"],
  Peru: ["peruan", "péruvien"],
  Guatemala: ["guatemaltec", "guatémaltèque"],
  Honduras: ["hondureñ", "hondurenh", "hondurien"],
  "El Salvador": ["salvadoreñ", "salvadorenh", "salvadorien"],
  "Dominican Republic": ["dominican", "dominicain"],
  Colombia: ["colombian", "colombien"],
  Ecuador: ["ecuatorian", "equatorian", "équatorien"],
  Brazil: ["brasileñ", "brasileir", "brésilien"],
  Philippines: ["filipin", "philippin"],
  Thailand: ["tailandes", "tailandês", "thaïlandais"],
  Cambodia: ["camboyan", "cambojan", "cambodgien"],
  Kenya: ["kenian", "quenian", "kényan"],
  Uganda: ["ugandes", "ugandens", "ougandais"],
  Ghana: ["ganes", "ghanés", "ganês", "ghanéen"],
  "Côte d'Ivoire": ["marfileñ", "marfinens", "ivoirien"],
  "Democratic Republic of the Congo": ["congoleñ", "congolês", "congolais"],
  Rwanda: ["ruandes", "ruandês", "rwandais"],
  Mozambique: ["mozambiqueñ", "moçambican", "mozambicain"],
  India: ["indian", "indien"],
  Nepal: ["nepales", "nepalês", "népalais"],
  Bangladesh: ["bangladesí", "bangladês", "bangladais"],
};
/** The endings a stem above takes (masculine, feminine, plural). */
const DEMONYM_ENDINGS = ["", "o", "a", "os", "as", "e", "es", "s", "ne", "nes", "ns", "se", "ses"];
const LOWERCASE_KEYS = new Set<string>();

const COUNTRY_BY_KEY = new Map<string, CountryInfo>();
/** The first word of every country name and alias: most words are not, and are skipped at once. */
const FIRST_KEYS = new Set<string>();
let MAX_ALIAS_TOKENS = 1;
for (const country of COUNTRIES) {
  for (const alias of [
    country.name,
    ...(country.aliases ?? []),
    ...(country.adjectives ?? []),
    ...(OTHER_LANGUAGE_NAMES[country.name] ?? []),
  ]) {
    const keys = tokenize(alias).map(tokenKey);
    MAX_ALIAS_TOKENS = Math.max(MAX_ALIAS_TOKENS, keys.length);
    COUNTRY_BY_KEY.set(keys.join(" "), country);
    FIRST_KEYS.add(keys[0] ?? "");
  }
}

for (const country of COUNTRIES) {
  for (const stem of LOWERCASE_DEMONYMS[country.name] ?? []) {
    for (const ending of DEMONYM_ENDINGS) {
      const key = tokenKey(`${stem}${ending}`);
      if (COUNTRY_BY_KEY.has(key)) continue;
      COUNTRY_BY_KEY.set(key, country);
      FIRST_KEYS.add(key);
      LOWERCASE_KEYS.add(key);
    }
  }
}

/** The countries a text names (by name, other name, major city or adjective), in order of first mention. */
export function findCountries(text: string): CountryInfo[] {
  const tokens = tokenize(text);
  const keys: string[] = [];
  const keyAt = (j: number): string => (keys[j] ??= tokenKey(tokens[j] ?? ""));
  const found: CountryInfo[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = (tokens[i] ?? "").charAt(0);
    // Place names are capitalised ("US" the country, not "us" the pronoun), bar the nationalities
    // other languages write in lower case.
    if (!FIRST_KEYS.has(keyAt(i))) continue;
    if (c === c.toLowerCase() && !LOWERCASE_KEYS.has(keyAt(i))) continue;
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
  return ` ${fold(heading)
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

const PRAISE_SIGNAL = words(
  "prais(?:e|es|ed|ing)|thank(?:s|ful|ing)?|grateful|celebrat(?:e|es|ed|ing|ion)|rejoic(?:e|es|ed|ing)|hallelujah|answered prayers?|prayers? (?:were|was|have been|has been) answered|" +
    // Spanish, French, Portuguese
    "alab\\p{L}*|(?:damos|demos|den|dar) gracias|gracias a dios|agradec\\p{L}*|agradeç\\p{L}*|celebr\\p{L}*|célébr\\p{L}*|regocij\\p{L}*|" +
    "lou(?:ons|ez|ange|anges|er)|merci (?:pour|à dieu|seigneur)|(?:rendons|rendez|rendre) grâces?|actions? de grâces?|remerci\\p{L}*|réjou\\p{L}*|" +
    "louv\\p{L}*|(?:damos|demos|deem|dar) graças|graças a deus",
);
const REQUEST_SIGNAL = words(
  "pray(?:s|ed|ing)?|prayers?|intercede|interceding|intercession|lift(?:ing)? up|ask(?:ing)? (?:god|the lord)|remember|" +
    "oren|oremos|orad|ore|orem|orar|oración|oraciones|oração|orações|interced\\p{L}*|intercéd\\p{L}*|" +
    "pidan|pidamos|peçam|peçamos|recuerden|lembrem(?:-se)?|priez|prions|prier|prière|prières|souvenez(?:-vous)?",
);

/**
 * A paragraph that opens with a prayer verb: "Pray…", "Remember…", "Ask God…", "Lift up…",
 * "Intercede…" ask; "Praise…", "Give thanks…", "Thank God…", "Celebrate…", "Rejoice…", "We are
 * grateful…" give thanks. An ordinal ("First,", "Finally,") or "Please" may come first.
 */
const OPENER = new RegExp(
  "^(?:(?:first|firstly|second|secondly|third|thirdly|next|also|finally|lastly|and|primero|finalmente|por último|también|enfin|aussi|ensuite|também|por fim)(?![\\p{L}]),?\\s+)?" +
    "(?:(?:please|do|and|por favor|s'il vous plaît)\\s*,?\\s+)?(?:(?:also|continue to|keep|sigan|continuez à|continuem a)\\s+)?" +
    "(pray|praise|give thanks|thank (?:god|the lord|jesus)|celebrate|rejoice|remember|ask|lift|intercede|uphold|join us in (?:praying|praising|thanking|giving thanks)|we (?:are|'re|’re) (?:so |very |deeply |truly )?(?:grateful|thankful)|hallelujah|good news|" +
    // Spanish, French, Portuguese: asking…
    "oren|oremos|orad|ore|orem|pidan|pidamos|peçam|peçamos|intercedan|intercedamos|intercedam|recuerden|recordemos|lembrem(?:-se)?|priez|prions|intercédez|intercédons|souvenez-vous|souvenons-nous|" +
    // …and giving thanks
    "alaben|alabemos|alabamos|(?:demos|den|damos) gracias|gracias a dios|agradezcan|agradecemos|celebramos|celebremos|celebren|celebrem|louons|louez|(?:rendons|rendez) grâces?|remercions|remerciez|merci seigneur|célébrons|alegrem-se|alegremo-nos|alegramo-nos|regocijémonos|alegrémonos|réjouissons-nous|réjouissez-vous|louvem|louvemos|louvamos|(?:damos|demos|deem) graças|graças a deus|agradeçam|agradeçamos)(?![\\p{L}])",
  "iu",
);

/** The kind a paragraph's opening verb gives it, if it opens with one. */
function openerKind(text: string): Kind | null {
  const verb = OPENER.exec(text)?.[1]?.toLowerCase();
  if (verb === undefined) return null;
  return /^(?:prais|give|thank|celebr|rejoic|we|hallel|good|join us in (?:prais|thank|giving)|alab|dem|den|dam|graci|agrade|lou|rend|remerc|merci|célébr|graças|deem|alegr|regoc|réjou)/.test(
    verb,
  )
    ? "praise"
    : "request";
}

/** 'praise' when the paragraph gives thanks before it asks; 'request' when it asks; null when neither. */
export function classifyParagraph(text: string): "request" | "praise" | null {
  const opened = openerKind(text);
  if (opened) return opened;
  const praise = text.search(PRAISE_SIGNAL);
  const request = text.search(REQUEST_SIGNAL);
  if (praise < 0 && request < 0) return null;
  if (praise < 0) return "request";
  if (request < 0) return "praise";
  return praise <= request ? "praise" : "request";
}

const TIME_PHRASE =
  /^(?:(?:this|last|next) (?:week|weekend|month|year)|today|yesterday|recently|earlier this (?:week|month|year)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day),\s+/i;
/** "Oren por…", "Priez pour que…", "Louvemos a Deus por…": the same for the other languages. */
const PRAYER_PREFIX_INTL = new RegExp(
  "^(?:(?:por favor|s'il vous plaît|también|aussi|também)\\s*,?\\s+)?(?:oren|oremos|ore|orad|orem|pidan a dios|pidamos a dios|peçam a deus|priez|prions|intercédez|intercedan|intercedam|recuerden|recordemos|lembrem-se d[eoa]s?|souvenez-vous d[eu]s?|alaben a dios|alabemos a dios|louons dieu|louez dieu|louvemos a deus|louvem a deus|(?:demos|den|damos) gracias(?: a dios)?|agradezcan a dios|agradecemos a dios|(?:rendons|rendez) grâces?(?: à dieu)?|remercions dieu|remerciez dieu|(?:damos|demos) graças(?: a deus)?|agradeçam a deus|celebramos|celebremos|célébrons|(?:les |os )?pedimos que oren)(?:\\s*[:,])?(?:\\s+(?:por|pour|para|pelo|pela|pelos|pelas|que|qu'|con|avec|com))?\\s+",
  "iu",
);
const PRAYER_PREFIX =
  /^(?:(?:please|we)\s+)?(?:(?:also|continue to|keep)\s+)?(?:join\s+us\s+(?:in\s+)?(?:praising|praying|thanking|giving\s+thanks)(?:\s+(?:to\s+)?(?:god|the\s+lord))?|pray(?:ing)?(?:\s+also)?|praise(?:\s+(?:god|the\s+lord))?|give\s+thanks(?:\s+to\s+(?:god|the\s+lord))?|thank\s+(?:god|the\s+lord))\s+(?:for|that|with|over)\s+/i;
/** "Praise God for his faithfulness and for …": the "…" is the news. */
const GOD_ATTRIBUTE =
  /^(?:(?:his|god's|god’s|the lord's|the lord’s)\s+(?:faithfulness|goodness|provision|protection|grace|mercy|love|kindness)\s+and\s+(?:for\s+)?|(?:su|sa|sua)\s+(?:fidelidad|fidélité|fidelidade|bondad|bonté|bondade|provisión|provisão|gracia|grâce|graça)\s+(?:y|et|e)\s+(?:por|pour|pela|pelo)?\s*)/iu;
const TITLE_STOPWORDS = new Set([
  // Spanish, French, Portuguese
  ..."de del la el los las y en por para con que su sus al du des le les et pour avec à au aux qui sa ses leur leurs do da dos das e em no na nos nas com o os as sua suas seu seus um uma".split(
    " ",
  ),
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
  s = s.replace(PRAYER_PREFIX, "").replace(PRAYER_PREFIX_INTL, "");
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
  /** The label a "Country – text" line starts with. */
  label: string | null;
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

/** "1. Africa", "II. Latin America", "2) South Asia": a numbered heading, when the rest names a
 *  region (by its words or a country) or labels a part ("3. Praise Reports"). */
const NUMBERED = /^(?:\d{1,2}|[IVX]{1,5})[.)]\s+/;

/** A continent alone ("3. Asie"): a numbered heading over its own sub-regions. */
const CONTINENT =
  /^(?:asia|asie|europe|europa|america|americas|amerique|amériques|oceania|oceanie)$/;

function numberedHeading(line: string): Heading | null {
  const m = NUMBERED.exec(line);
  if (!m) return null;
  const heading = headingText(line.slice(m[0].length));
  if (!heading) return null;
  if (CONTINENT.test(fold(heading.text))) return heading;
  return heading.label !== null || regionOfHeading(heading.text) !== null ? heading : null;
}

/** "Kenya – Pray for…", "Ghana: Pray…", "India - pray…": a short label, then the item. */
const LABEL_LINE = /^(\p{L}[\p{L}'’.&\- ]{0,40}?)\s*(?::|\s[-–—])\s+(?=\S)/u;

function lineLabel(line: string): string | null {
  const m = LABEL_LINE.exec(line);
  const label = m?.[1]?.trim();
  if (!label || label.split(" ").length > 5) return null;
  const first = label.charAt(0);
  if (first !== first.toUpperCase() || openerKind(label) !== null || PRAYER_WORDS.test(label))
    return null;
  return label;
}

/** Splits one blank-line-separated run of lines into headings and paragraphs (bullets are paragraphs). */
function segmentRun(lines: readonly string[], out: Segment[]): void {
  let current: string[] | null = null;
  let currentLabel: string | null = null;
  let inList = false;
  let listHint: Kind | null = null;
  const flush = (leadIn: boolean) => {
    if (current && current.length > 0) {
      const text = current.join(" ");
      if (leadIn) listHint = classifyParagraph(text);
      out.push({
        type: "paragraph",
        text,
        hint: inList ? listHint : null,
        note: leadIn,
        label: currentLabel,
      });
    }
    current = null;
    currentLabel = null;
  };
  const bullets = lines.map(stripBullet);
  /** The line before was a heading: a sub-region heading may follow ("3. Asie" / "Asie du Sud"). */
  let afterHeading = false;
  // "Country – text" lines: each is its own item when the label names a country, or when two or
  // more lines of the run share the form ("Freedom Sunday – …", "Partners – …").
  const labels = lines.map((line, i) => lineLabel(bullets[i] ?? line));
  const labelled = labels.filter((l) => l !== null).length;
  const startsItem = (i: number) => {
    const label = labels[i];
    return label != null && (labelled >= 2 || findCountries(label).length > 0);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const next = lines[i + 1];
    const bulleted = bullets[i] ?? null;
    const afterSentence = i > 0 && endsSentence(lines[i - 1] ?? "");
    const numbered = i === 0 || afterSentence || current === null ? numberedHeading(line) : null;
    if (numbered) {
      flush(false);
      inList = false;
      listHint = null;
      out.push({ type: "heading", ...numbered });
      afterHeading = true;
      continue;
    }
    if (bulleted !== null) {
      // A paragraph that ends in ":" just before a list introduces it ("Please pray for:").
      const last: string | undefined = current === null ? undefined : current[current.length - 1];
      flush(!inList && last !== undefined && last.endsWith(":"));
      current = [bulleted];
      currentLabel = startsItem(i) ? (labels[i] ?? null) : null;
      inList = true;
      afterHeading = false;
      continue;
    }
    const nextIsBullet = (bullets[i + 1] ?? null) !== null;
    // Past a run's first line, only "Heading:", a heading over bullets or a known heading
    // between sentences starts a section; other short lines are wrapped text.
    const candidate =
      i === 0 ||
      nextIsBullet ||
      line.endsWith(":") ||
      (afterSentence && next !== undefined) ||
      (afterHeading && next !== undefined);
    const heading = candidate ? headingText(line) : null;
    if (heading) {
      const isHeading =
        i === 0
          ? next === undefined || heading.colon || nextIsBullet || !startsLowercase(next)
          : heading.colon ||
            ((afterSentence || afterHeading) &&
              (nextIsBullet || heading.label !== null || regionOfHeading(heading.text) !== null));
      if (isHeading) {
        flush(false);
        inList = false;
        listHint = null;
        out.push({ type: "heading", ...heading });
        afterHeading = true;
        continue;
      }
    }
    afterHeading = false;
    // A new item starts at a line that follows a finished sentence and opens with a prayer verb
    // ("Remember…", "Give thanks…") or a label ("Kenya – …"); a line ending in ":" after a list
    // is the next list's lead-in ("Praise God for:"). Other lines continue the paragraph.
    if (
      current !== null &&
      (startsItem(i) ||
        (inList && line.endsWith(":") && nextIsBullet) ||
        (afterSentence && openerKind(line) !== null))
    ) {
      flush(false);
    }
    if (current === null) {
      current = [];
      currentLabel = startsItem(i) ? (labels[i] ?? null) : null;
      inList = false;
      listHint = null;
    }
    current.push(line);
  }
  flush(false);
}

/** Markdown and rich-text marks around a heading or a label: "## Africa", "**Africa**", "__Kenya:__ …". */
function unmark(line: string): string {
  const s = line.replace(/^#{1,6}\s+/, "");
  const wrapped = /^(\*\*|__)(.+?)\1(:?)$/.exec(s);
  if (wrapped) return `${(wrapped[2] ?? "").trim()}${wrapped[3] ?? ""}`;
  return s.replace(/^(\*\*|__)([^*_]{1,60}?)\1(?=\s|:)/, "$2");
}

/** "Subject:", "Fwd:" and "Re:" before an e-mailed bulletin's title. */
const MAIL_PREFIX = /^(?:(?:subject|fwd?|re)\s*:\s*)+/i;

/** A verse given reference first: "Psalm 82:3 — “…”", "Isaiah 1:17: “…”". */
const REFERENCE_FIRST = /^(.{2,60}?)\s*[:—–-]?\s*(["“„«].*)$/;

function bareReference(s: string): string | null {
  const ref = s.trim().replace(/\s*[:—–-]$/, "");
  return ref.length <= 60 && BARE_REFERENCE.test(ref) && /\d/.test(ref) ? ref : null;
}

/** The verse a run holds, in any of the layouts bulletins use; `usesNext` when its text or
 *  reference is the next run. */
function matchVerse(
  lines: readonly string[],
  nextRun: readonly string[] | undefined,
): { text: string; reference: string; usesNext: "first-line" | "all" | null } | null {
  const joined = lines.join(" ");
  const quoted = matchQuoted(joined);
  if (quoted) {
    if (quoted.reference !== null)
      return { ...quoted, reference: quoted.reference, usesNext: null };
    const reference = nextRun?.[0] !== undefined ? parseReference(nextRun[0]) : null;
    if (reference !== null) return { text: quoted.text, reference, usesNext: "first-line" };
    return null;
  }
  // Reference first, on the same line as the text…
  const first = REFERENCE_FIRST.exec(joined);
  const sameLine = first ? bareReference(first[1] ?? "") : null;
  const sameQuoted = first && sameLine ? matchQuoted(first[2] ?? "") : null;
  if (sameLine && sameQuoted && sameQuoted.reference === null)
    return { text: sameQuoted.text, reference: sameLine, usesNext: null };
  // …on its own line above it, or alone with the text in the next run.
  const ownLine = lines[0] !== undefined ? bareReference(lines[0]) : null;
  if (ownLine === null) return null;
  const below = lines.length > 1 ? lines.slice(1).join(" ") : (nextRun ?? []).join(" ");
  const text = matchQuoted(below);
  if (!text || text.reference !== null) return null;
  return { text: text.text, reference: ownLine, usesNext: lines.length > 1 ? null : "all" };
}

/** "Dear friends,", "Hi all, here are this week's points", "Greetings from Manila!". */
const GREETING = new RegExp(
  "^(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening)|beloved|to (?:our|all) (?:friends|partners|churches)|" +
    "querid[oa]s|estimad[oa]s|hola|saludos|buenos días|chers|chères|cher|chère|bonjour|salut|olá|saudações|prezad[oa]s|car[oa]s|bom dia)(?![\\p{L}])",
  "iu",
);
/** "Thank you for standing with us,", "Blessings,", "In His service", "The Prayer Team". */
const SIGN_OFF_INTL = new RegExp(
  "^(?:bendiciones|con (?:gratitud|cariño|amor)|un abrazo|abrazos|en cristo|gracias por (?:orar|sus oraciones|acompañarnos)|muchas gracias|saludos cordiales|atentamente|" +
    "fraternellement|cordialement|avec (?:toute )?(?:notre )?(?:gratitude|reconnaissance)|bénédictions|merci (?:de prier|pour vos prières|de votre fidélité)|en christ|bien à vous|" +
    "bênçãos|com (?:gratidão|carinho)|em cristo|obrigad[oa] por (?:orar|suas orações)|abraços|um abraço|atenciosamente|muito obrigad[oa]|" +
    "que dios|que dieu|que deus)(?![\\p{L}])",
  "iu",
);
/** "El equipo de oración", "L'équipe de prière", "Equipe de oração". */
const TEAM_LINE_INTL =
  /^(?:el |la |le |l'|l’|o |a |a nossa |nuestro |notre )?(?:equipo|équipe|equipe|equipa|red|réseau|rede|coordinador[a]?|coordinateur|coordinatrice|coordenador[a]?)(?: [\p{L}'’]+){0,5}$/iu;
const SIGN_OFF =
  /^(?:thank you\b|thanks(?!\s+(?:to|be)\b)|many thanks|with (?:gratitude|love|thanks|thankfulness|appreciation|hope|joy)\b|in (?:his|him|christ|hope)\b|grace and peace|peace\b|yours\b|sincerely|warmly|(?:warm |kind |best )?regards|love\b|gratefully|(?:every )?blessings|god bless|talk soon|until next|see you|sent from|(?:to )?unsubscribe|you (?:are|were) receiving|forwarded|together (?:in|for)\b|for (?:justice|freedom)\b)/i;
const TEAM_LINE =
  /^(?:the |your |from the )?(?:[\p{L}&]+ ){0,4}(?:team|staff|coordinator|network|desk)$/iu;
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/|www\./i;
/** A word that asks or gives thanks, for telling a greeting from an item that begins with one. */
const PRAYS = words(
  "pray|praise|give thanks|thank (?:god|the lord)|oren|oremos|orem|alaben|alabemos|priez|prions|louons|louvem|louvemos",
);

/** Why a paragraph is not an item although it may use prayer words, or null. */
function framing(text: string, beforeItems: boolean): "greeting" | "sign-off" | "aside" | null {
  if (GREETING.test(text) && text.length <= 300 && !PRAYS.test(text)) return "greeting";
  if (
    text.length <= 160 &&
    (SIGN_OFF.test(text) || SIGN_OFF_INTL.test(text)) &&
    (beforeItems || text.length <= 100 || findCountries(text).length === 0)
  )
    return "sign-off";
  const bare = text.replace(/[.!,]$/, "");
  if (text.length <= 80 && (TEAM_LINE.test(bare) || TEAM_LINE_INTL.test(bare)) && !openerKind(text))
    return "sign-off";
  if (text.length <= 200 && CONTACT.test(text)) return "sign-off";
  if (text.startsWith("(") && text.endsWith(")")) return "aside";
  // Before the first item, a paragraph that names no country and opens with no prayer verb is an
  // introduction ("Below are this month's updates…"), even if it mentions prayer.
  if (
    beforeItems &&
    openerKind(text.replace(/^[^\p{L}]+/u, "")) === null &&
    findCountries(text).length === 0
  )
    return "aside";
  return null;
}

export interface ItemConfidence {
  /** high: nothing to check; medium: check the reasons; low: probably wrong somewhere. */
  level: "high" | "medium" | "low";
  /** What the parser guessed, in words for staff. */
  reasons: string[];
}

/** How sure the parser is of an item, from what it had to guess. */
function confidenceOf(doubts: ReadonlyArray<[number, string]>): ItemConfidence {
  const score = doubts.reduce((s, [cost]) => s - cost, 1);
  return {
    level: score >= 0.85 ? "high" : score >= 0.6 ? "medium" : "low",
    reasons: doubts.map(([, reason]) => reason),
  };
}

/** Parses a bulletin, with how sure the parser is of each item (same order as `draft.items`). */
export function parseBulletinWithConfidence(input: string): {
  draft: BulletinDraft;
  confidence: ItemConfidence[];
} {
  const draft: BulletinDraft = {
    title: "",
    verse: null,
    items: [],
    notes: [],
    warnings: [],
    proposedRegions: [],
  };
  const confidence: ItemConfidence[] = [];
  const text = typeof input === "string" ? input : String(input ?? "");

  // 1. Lines (CRLF, CR or LF), whitespace-normalised, grouped into runs separated by blank lines.
  //    Lines with no letter or digit (separators such as "***" or a lone bullet) count as blank.
  const runs: string[][] = [];
  let run: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = unmark(normalizeSpace(raw));
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
    return { draft, confidence };
  }

  // 2. Title: the first non-empty line (without "Subject:").
  const firstLine = firstRun.shift() ?? "";
  draft.title = firstLine.replace(MAIL_PREFIX, "") || firstLine;
  if (firstRun.length === 0) runs.shift();
  if (draft.title.length > 120)
    draft.warnings.push("The first line is long for a title; check the title.");

  // 3. The verse (the first quoted paragraph with a reference, before or after it), headings and
  //    paragraphs.
  const segments: Segment[] = [];
  for (let r = 0; r < runs.length; r++) {
    const lines = runs[r] ?? [];
    if (lines.length === 0) continue;
    if (draft.verse === null) {
      const nextRun = runs[r + 1];
      const verse = matchVerse(lines, nextRun);
      if (verse) {
        draft.verse = { text: verse.text, reference: verse.reference };
        if (verse.usesNext === "first-line") nextRun?.shift();
        if (verse.usesNext === "all") r += 1;
        continue;
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
      part.paragraphs.push({
        text: segment.text,
        hint: segment.hint,
        note: segment.note,
        label: segment.label,
      });
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
      part.paragraphs.push({ text: segment.text, hint: null, note: true, label: null });
    }
  }

  // 5. Regions, items and notes. After a sign-off ("Blessings, The Prayer Team") everything is a
  //    note: names, addresses, "unsubscribe".
  let signedOff = false;
  for (const group of groups) {
    let groupRegion: RegionSlug | null = null;
    let proposed = false;
    /** A heading that names no region ("From the Field"): each item goes by its own country. */
    let byCountry = false;
    const texts = group.parts.flatMap((part) => part.paragraphs.map((p) => p.text));
    if (group.heading !== null) {
      groupRegion = regionOfHeading(group.heading);
      if (groupRegion === null) {
        groupRegion = regionOfCountries(texts);
        byCountry = groupRegion !== null;
      }
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
    const headingCountry = group.heading !== null ? findCountries(group.heading)[0] : undefined;
    for (const part of group.parts) {
      const label = part.label === "any" ? null : part.label;
      for (const { text: body, hint, note, label: lineLabel } of part.paragraphs) {
        const frame = note || signedOff ? null : framing(body, draft.items.length === 0);
        if (frame === "sign-off" && draft.items.length > 0) signedOff = true;
        // The paragraph's own words decide its kind; else its list's lead-in; else its heading
        // (for a sentence, not a stray short line).
        const own = classifyParagraph(body);
        const sentence = body.split(" ").length >= 4;
        const kind =
          note || signedOff || frame !== null ? null : (own ?? hint ?? (sentence ? label : null));
        if (kind === null) {
          draft.notes.push(body);
          continue;
        }
        const doubts: [number, string][] = [];
        if (own === null)
          doubts.push(
            hint !== null
              ? [0.2, "Kind taken from the list's lead-in."]
              : [0.2, "Kind taken from the heading above it."],
          );
        else if (openerKind(body) === null && PRAISE_SIGNAL.test(body) && REQUEST_SIGNAL.test(body))
          doubts.push([0.1, "It both gives thanks and asks: check the kind."]);
        const titleText =
          lineLabel !== null ? body.slice(body.indexOf(lineLabel) + lineLabel.length) : body;
        const title = deriveTitle(titleText.replace(/^\s*[:–—-]\s*/, "")) || deriveTitle(body);
        const named = findCountries(body);
        let region: RegionSlug;
        let country: string | null = null;
        if (groupRegion !== null && !(byCountry && named[0])) {
          region = groupRegion;
          if (!proposed)
            country =
              named.find((c) => c.region === region)?.name ??
              (headingCountry?.region === region ? headingCountry.name : null);
          if (proposed)
            doubts.push([0.4, `New region proposed from the heading “${group.heading}”.`]);
          else if (byCountry)
            doubts.push([
              0.2,
              `The heading “${group.heading}” names no region: region taken from the countries under it.`,
            ]);
        } else if (named[0]) {
          region = named[0].region;
          country = named[0].name;
          doubts.push(
            group.heading !== null
              ? [
                  0.15,
                  `The heading “${group.heading}” names no region: region taken from the country named.`,
                ]
              : [0.15, "No region heading: region taken from the country named."],
          );
        } else {
          region = "global";
          doubts.push([0.5, "Could not tell the region."]);
          draft.warnings.push(
            `Could not tell the region of: ${quote(title)}; it is under HQ & Global Partners.`,
          );
        }
        if (body.length > 900) doubts.push([0.3, "Long: it may hold more than one item."]);
        if (body.length < 30) doubts.push([0.3, "Very short: check that it is an item."]);
        draft.items.push({ region, country, kind, title, body });
        confidence.push(confidenceOf(doubts));
      }
    }
  }

  if (draft.verse === null) draft.warnings.push("No scripture verse found.");
  if (!sawHeading && draft.items.length + draft.notes.length > 0) {
    draft.warnings.push("No region heading found; regions guessed from countries.");
  }
  if (draft.items.length === 0) draft.warnings.push("No prayer requests or praise reports found.");
  return { draft, confidence };
}

/** The draft of SPEC §4 (`npm run bulletin:import -- FILE --dry-run` prints it). */
export function parseBulletin(input: string): BulletinDraft {
  return parseBulletinWithConfidence(input).draft;
}
