// Invented, non-identifying bulletin text for the benchmark data set (no real names), from a seeded PRNG.

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same data set. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  /** Standard normal (Box-Muller). */
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, int, pick, gaussian };
}

export type Random = ReturnType<typeof createRandom>;

/** Countries by region slug (the five seeded regions); null = no single country. */
export const COUNTRIES: Record<string, readonly (string | null)[]> = {
  africa: ["Ghana", "Kenya", "Uganda", "Rwanda", "Zambia", "Tanzania"],
  "latin-america": ["Bolivia", "Guatemala", "Dominican Republic", "Peru", "Honduras"],
  "south-asia": ["India", "Bangladesh", "Nepal", "Sri Lanka"],
  "southeast-asia": ["Thailand", "Philippines", "Cambodia", "Malaysia"],
  global: [null, null, "United States", "Canada", "United Kingdom"],
};

type Themes = Record<"request" | "praise", readonly (readonly [title: string, opening: string])[]>;

/** Themes: a title and an opening sentence that belong together; {place} is the country. */
const FIELD_THEMES: Themes = {
  request: [
    [
      "Pray for a survivor preparing to testify",
      "Please pray for a young woman in {place} who will soon testify against the people who trafficked her.",
    ],
    [
      "Pray for justice in a labour trafficking case",
      "Our lawyers in {place} are following a case against a factory owner accused of holding workers in debt bondage.",
    ],
    [
      "Pray for children rescued from forced labour",
      "Please pray for a group of children in {place} who were found working in dangerous conditions and brought to safety.",
    ],
    [
      "Pray for a widow defending her land",
      "A widow in {place} is facing pressure to give up the land her family has farmed for decades.",
    ],
    [
      "Pray for local police partners",
      "Local authorities in {place} have asked our staff to help train new investigators.",
    ],
    [
      "Pray for a trial that has been delayed again",
      "A hearing in {place} has been postponed for the third time this year.",
    ],
    [
      "Pray for protection for a witness",
      "A witness in a case in {place} has received threats since agreeing to speak.",
    ],
    [
      "Pray for new caseworkers",
      "Several new caseworkers are starting with our team in {place} this month.",
    ],
  ],
  praise: [
    [
      "Praise for a conviction in a long-running case",
      "We are thankful to share that a court in {place} delivered a conviction this week.",
    ],
    [
      "Praise for families brought to safety",
      "Praise God with us: several families in {place} are now safe and back in their communities.",
    ],
    [
      "Praise for a new aftercare home",
      "After months of waiting, a new aftercare home has opened in {place}.",
    ],
    [
      "Praise for a survivor's graduation",
      "A survivor we have walked alongside in {place} has finished a vocational training course.",
    ],
    [
      "Praise for a renewed government partnership",
      "Officials in {place} have renewed an agreement that lets our team keep working with them.",
    ],
  ],
};

/** The global region: headquarters, partners and churches rather than casework in one country. */
const GLOBAL_THEMES: Themes = {
  request: [
    [
      "Pray for churches preparing for Freedom Sunday",
      "Many churches are preparing to dedicate a service to God's heart for justice.",
    ],
    [
      "Pray for our advocacy team",
      "Our advocacy team is meeting with lawmakers about stronger protections for survivors.",
    ],
    [
      "Pray for wisdom for our leadership",
      "Our leaders are planning the work of the coming year across every office.",
    ],
  ],
  praise: [
    [
      "Praise for churches joining Freedom Sunday",
      "Praise God for the churches that have signed up to host a Freedom Sunday service this year.",
    ],
    [
      "Praise for new prayer partners",
      "Hundreds of new partners have joined us in giving and prayer this season.",
    ],
  ],
};

const MIDDLES = [
  "The process has been long, and there have been **many delays** along the way.",
  "Everyone involved has shown great courage, and they want others to know they are not alone.",
  "The people accused have powerful connections, so our staff ask for *wisdom and protection*.",
  "Local church partners are walking alongside the families through this season.",
  "Our social workers are meeting with each person every week.",
  "This is the first case of its kind in the district in several years.",
  "The investigators involved have worked tirelessly and with great care.",
] as const;

const CLOSINGS = {
  request: [
    "Pray for **no further delays** and for justice to be done.",
    "Pray for peace, for rest and for continued healing.",
    "Please pray that the officials involved would act with integrity.",
    "Pray for encouragement for our legal and aftercare staff.",
    "Ask God to protect everyone who has chosen to speak up.",
  ],
  praise: [
    "Thank you for praying — your prayers were answered!",
    "Join us in thanking God for his faithfulness.",
    "Please keep praying for the healing of everyone involved.",
    "We are grateful for every partner who made this possible.",
  ],
} as const;

export const VERSES = [
  ["Learn to do right; seek justice. Defend the oppressed.", "Isaiah 1:17"],
  ["Speak up for those who cannot speak for themselves.", "Proverbs 31:8"],
  ["The Lord is a refuge for the oppressed, a stronghold in times of trouble.", "Psalm 9:9"],
  ["Let justice roll on like a river, righteousness like a never-failing stream.", "Amos 5:24"],
  ["He has sent me to proclaim freedom for the prisoners.", "Luke 4:18"],
  ["Rescue the weak and the needy; deliver them from the hand of the wicked.", "Psalm 82:4"],
] as const;

export interface GeneratedRequest {
  kind: "request" | "praise";
  title: string;
  body: string;
}

const WITH_THE = new Set(["Dominican Republic", "Philippines", "United States", "United Kingdom"]);

/** A plausible request or praise report: a title and a 2–4 sentence Markdown body. */
export function inventRequest(
  random: Random,
  regionSlug: string,
  country: string | null,
): GeneratedRequest {
  const kind = random.next() < 0.3 ? "praise" : "request";
  const global = regionSlug === "global";
  const [title, opening] = random.pick((global ? GLOBAL_THEMES : FIELD_THEMES)[kind]);
  const place =
    country === null
      ? "one of our field offices"
      : WITH_THE.has(country)
        ? `the ${country}`
        : country;
  const sentences = [opening.replace("{place}", place)];
  const middles = new Set<string>();
  for (let wanted = random.int(3); middles.size < wanted;) middles.add(random.pick(MIDDLES)); // 2–4 sentences in all
  sentences.push(...middles, random.pick(CLOSINGS[kind]));
  return {
    kind,
    title: global || country === null ? title : `${title} in ${place}`,
    body: sentences.join(" "),
  };
}

const UPDATES = [
  "The hearing went ahead this week. Thank you for praying; please keep praying for the next step.",
  "The case has been adjourned again. Please pray for patience and for a new date soon.",
  "She has moved into a safe home and is starting counselling. Thank you for your prayers.",
  "Police have made an arrest in this case. Pray for a thorough investigation.",
] as const;

const ANSWERED = [
  "**Answered:** the court ruled in favour of the survivors. Thank you for praying!",
  "**Answered:** the family is safe and has returned home. Praise God!",
] as const;

export function inventUpdate(random: Random, answered: boolean): string {
  return random.pick(answered ? ANSWERED : UPDATES);
}
