// Unit tests for the bulletin parser: the real seed bulletin, other layouts, and never dropping text.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SPANISH } from "./layouts/es";
import { FRENCH } from "./layouts/fr";
import { HELD_OUT } from "./layouts/held-out";
import { PORTUGUESE } from "./layouts/pt";
import { itemScore, scoreLayout } from "./layouts/score";
import { TUNING } from "./layouts/tuning";
import {
  KNOWN_REGIONS,
  MAX_BULLETIN_CHARS,
  classifyParagraph,
  deriveTitle,
  findCountries,
  parseBulletin,
  parseBulletinWithConfidence,
  slugify,
  type BulletinDraft,
} from "./parser";

const SEED = readFileSync(new URL("../../seed/ijm-prayer-request.txt", import.meta.url), "utf8");

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

/** Everything the draft holds, for "did this text land somewhere" checks. */
function haystack(draft: BulletinDraft): string {
  return [
    draft.title,
    draft.verse?.text ?? "",
    draft.verse?.reference ?? "",
    ...draft.items.map((i) => i.body),
    ...draft.notes,
    ...draft.warnings,
    ...draft.proposedRegions.map((p) => p.name),
  ].join("\n");
}

function summary(draft: BulletinDraft) {
  return draft.items.map((i) => [i.region, i.country, i.kind]);
}

describe("the seed bulletin", () => {
  const draft = parseBulletin(SEED);

  it("has its title, verse and reference", () => {
    expect(draft.title).toBe("IJM Prayer Request");
    expect(draft.verse).toEqual({
      text: "May he defend the afflicted among the people and save the children of the needy; may he crush the oppressor.",
      reference: "Psalm 72:4",
    });
  });

  it("has five items with their regions, countries and kinds", () => {
    expect(summary(draft)).toEqual([
      ["africa", "Ghana", "request"],
      ["latin-america", "Bolivia", "praise"],
      ["south-asia", null, "request"],
      ["southeast-asia", "Thailand", "praise"],
      ["global", null, "praise"],
    ]);
  });

  it("keeps each paragraph whole as an item body", () => {
    expect(draft.items[0]?.body).toBe(
      "Pray for ongoing trafficking cases in Ghana, especially for three cases nearing completion. Please pray for progress, for no delays, and for justice to be done. Pray also for continued healing for all the survivors in these cases, and for encouragement for our legal staff.",
    );
    expect(
      draft.items[3]?.body.startsWith("This week, IJM and our partners in Northern Thailand"),
    ).toBe(true);
    expect(draft.items[4]?.body).toMatch(
      /^Please join us in praising God for the churches .* join the fight\.$/,
    );
  });

  it("gives short titles derived from the paragraphs", () => {
    expect(draft.items.map((i) => i.title)).toEqual([
      "Ongoing trafficking cases in Ghana",
      "An open door to continue our work protecting children from sexual violence",
      "A young woman recently rescued from sex trafficking as she begins to heal",
      "IJM and our partners in Northern Thailand gathered in Chiang Mai to celebrate",
      "Churches that have already signed up to host a Freedom Sunday service this year",
    ]);
    for (const item of draft.items) {
      expect(item.title.length).toBeLessThanOrEqual(80);
      expect(item.title).not.toMatch(/[\s.,;:!?]$/);
    }
  });

  it("makes the headquarters paragraph a note, with no warnings", () => {
    expect(draft.notes).toEqual([
      "IJM headquarters is located in the United States. IJM has international advancement offices in Australia, Canada, Germany, the Netherlands and the United Kingdom.",
    ]);
    expect(draft.warnings).toEqual([]);
    expect(draft.proposedRegions).toEqual([]);
  });

  it("prints as the JSON shape of SPEC §4", () => {
    const json = JSON.parse(JSON.stringify(draft)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      "title",
      "verse",
      "items",
      "notes",
      "warnings",
      "proposedRegions",
    ]);
    expect(Object.keys((json.items as object[])[0] ?? {})).toEqual([
      "region",
      "country",
      "kind",
      "title",
      "body",
    ]);
  });

  it("parses the same with CRLF and CR line ends", () => {
    expect(parseBulletin(SEED.replace(/\n/g, "\r\n"))).toEqual(draft);
    expect(parseBulletin(SEED.replace(/\n/g, "\r"))).toEqual(draft);
  });
});

describe("other layouts", () => {
  it("reads bullets (•, -, *) under Africa & Europe, Asia Pacific and IJM Global Office & Partners", () => {
    const draft = parseBulletin(
      [
        "Weekly Prayer Update",
        "",
        "“Learn to do right; seek justice. Defend the oppressed.”",
        "— Isaiah 1:17",
        "",
        "Africa & Europe",
        "• Pray for a hearing next week in Kampala, where a survivor will testify.",
        "• Praise God that two families in Kenya received title deeds",
        "  to the land they had been pushed off.",
        "- Please pray for our new office staff as they settle in.",
        "",
        "Asia Pacific",
        "* Pray for police in Cebu as they plan a rescue operation.",
        "* Give thanks for a conviction in a labour trafficking case in Cambodia.",
        "",
        "IJM Global Office & Partners",
        "•Join us in praying for church leaders gathering in Canada this month.",
      ].join("\n"),
    );
    expect(draft.title).toBe("Weekly Prayer Update");
    expect(draft.verse).toEqual({
      text: "Learn to do right; seek justice. Defend the oppressed.",
      reference: "Isaiah 1:17",
    });
    expect(summary(draft)).toEqual([
      ["africa", "Uganda", "request"],
      ["africa", "Kenya", "praise"],
      ["africa", null, "request"],
      ["southeast-asia", "Philippines", "request"],
      ["southeast-asia", "Cambodia", "praise"],
      ["global", "Canada", "request"],
    ]);
    expect(draft.items[1]?.body).toBe(
      "Praise God that two families in Kenya received title deeds to the land they had been pushed off.",
    );
    expect(draft.items[1]?.title).toBe(
      "Two families in Kenya received title deeds to the land they had been pushed off",
    );
    expect(draft.items[2]?.body).toBe("Please pray for our new office staff as they settle in.");
    expect(draft.items[5]?.body).toBe(
      "Join us in praying for church leaders gathering in Canada this month.",
    );
    expect(draft.notes).toEqual([]);
    expect(draft.warnings).toEqual([]);
  });

  it("reads CRLF line ends, headings with a trailing colon and a reference after an en dash", () => {
    const draft = parseBulletin(
      [
        "Prayer Points",
        "",
        '"The Lord is a refuge for the oppressed, a stronghold in times of trouble."',
        "– Psalm 9:9",
        "",
        "Latin America:",
        "Pray for a family in Guatemala awaiting a court decision this Friday.",
        "",
        "South Asia:",
        "",
        "Praise God for 14 people freed from a brick kiln in Tamil Nadu, India.",
        "",
      ].join("\r\n"),
    );
    expect(draft.title).toBe("Prayer Points");
    expect(draft.verse).toEqual({
      text: "The Lord is a refuge for the oppressed, a stronghold in times of trouble.",
      reference: "Psalm 9:9",
    });
    expect(summary(draft)).toEqual([
      ["latin-america", "Guatemala", "request"],
      ["south-asia", "India", "praise"],
    ]);
    expect(draft.items[0]?.title).toBe(
      "A family in Guatemala awaiting a court decision this Friday",
    );
    expect(draft.items[1]?.title).toBe("14 people freed from a brick kiln in Tamil Nadu");
    expect(draft.warnings).toEqual([]);
  });

  it.each([
    ['"Seek justice, encourage the oppressed." — Isaiah 1:17', "Isaiah 1:17"],
    ['"Seek justice, encourage the oppressed." - Isaiah 1:17', "Isaiah 1:17"],
    ["“Seek justice, encourage the oppressed.” – Isaiah 1:17 (NIV)", "Isaiah 1:17 (NIV)"],
    ['"Seek justice, encourage the oppressed."\n\nIsaiah 1:17', "Isaiah 1:17"],
  ])("reads the reference on or after the quote line: %s", (verseLines, reference) => {
    const draft = parseBulletin(
      `Monthly Bulletin\n${verseLines}\n\nSoutheast Asia\nPlease pray for the survivors in our aftercare programme in Manila.`,
    );
    expect(draft.verse).toEqual({ text: "Seek justice, encourage the oppressed.", reference });
    expect(summary(draft)).toEqual([["southeast-asia", "Philippines", "request"]]);
    expect(draft.warnings).toEqual([]);
  });

  it("gives text before the first heading the region of the countries it names", () => {
    const draft = parseBulletin(
      [
        "Field Update",
        "",
        '"Open your mouth for the mute, for the rights of all who are destitute." — Proverbs 31:8',
        "",
        "Please pray for a long-running land case near Nairobi, Kenya, which returns to court on Monday.",
        "",
        "Latin America",
        "",
        "Praise God for a new child-protection unit opened in Peru.",
      ].join("\n"),
    );
    expect(summary(draft)).toEqual([
      ["africa", "Kenya", "request"],
      ["latin-america", "Peru", "praise"],
    ]);
    expect(draft.items[0]?.title).toBe("A long-running land case near Nairobi");
    expect(draft.warnings).toEqual([]);
  });

  it("keeps an unknown heading as a proposed new region, with a warning", () => {
    const draft = parseBulletin(
      [
        "Prayer Update",
        "",
        '"Open your mouth for the mute." — Proverbs 31:8',
        "",
        "Eastern Europe Pilot",
        "",
        "Pray for our small team as they meet local officials for the first time.",
        "",
        "Asia",
        "",
        "Pray for the new director starting in Phnom Penh.",
      ].join("\n"),
    );
    expect(draft.items.map((i) => [i.region, i.country])).toEqual([
      ["eastern-europe-pilot", null],
      ["southeast-asia", "Cambodia"], // "Asia" is not a known region, but Phnom Penh is in Cambodia
    ]);
    expect(draft.proposedRegions).toEqual([
      { slug: "eastern-europe-pilot", name: "Eastern Europe Pilot" },
    ]);
    expect(draft.warnings).toHaveLength(1);
    expect(draft.warnings[0]).toContain("Eastern Europe Pilot");
    expect(draft.warnings[0]).toContain("eastern-europe-pilot");
  });

  it("warns when there is no verse and no heading, guessing regions from countries", () => {
    const draft = parseBulletin(
      [
        "Quick Prayer Note",
        "",
        "Pray for a trial in Accra, Ghana, this week.",
        "",
        "Give thanks for the release of nine workers from a fishing boat in Thailand.",
        "",
        "Pray for our finance team as the year closes.",
        "",
        "Thank you for standing with us.",
      ].join("\n"),
    );
    expect(draft.verse).toBeNull();
    expect(summary(draft)).toEqual([
      ["africa", "Ghana", "request"],
      ["southeast-asia", "Thailand", "praise"],
      ["global", null, "request"],
    ]);
    // A sign-off is not a praise report.
    expect(draft.notes).toEqual(["Thank you for standing with us."]);
    expect(draft.warnings).toContain("No scripture verse found.");
    expect(draft.warnings).toContain("No region heading found; regions guessed from countries.");
    expect(draft.warnings.filter((w) => w.startsWith("Could not tell the region of"))).toHaveLength(
      1,
    );
    expect(draft.warnings.some((w) => w.includes("Our finance team as the year closes"))).toBe(
      true,
    );
  });

  it("joins hard-wrapped lines and maps a heading by the countries under it", () => {
    const draft = parseBulletin(
      [
        "Weekly Prayer",
        '"Defend the weak and the fatherless." - Psalm 82:3',
        "",
        "Andes Team",
        "Pray for the prosecutors in Cochabamba preparing for a trial that",
        "has been postponed twice, and for the child at the centre of the",
        "case.",
      ].join("\n"),
    );
    expect(summary(draft)).toEqual([["latin-america", "Bolivia", "request"]]);
    expect(draft.items[0]?.body).toBe(
      "Pray for the prosecutors in Cochabamba preparing for a trial that has been postponed twice, and for the child at the centre of the case.",
    );
    expect(draft.proposedRegions).toEqual([]);
    expect(draft.warnings).toEqual([]);
  });

  it("warns about a known heading with nothing under it and keeps short lines as text", () => {
    const draft = parseBulletin(
      "Bulletin\n\nAfrica\n\nSouth Asia\n\nPray for survivors in Dhaka.\n\nWith love\n\nThe Prayer Team",
    );
    expect(summary(draft)).toEqual([["south-asia", "Bangladesh", "request"]]);
    expect(draft.warnings).toContain("The heading “Africa” has nothing under it.");
    expect(draft.notes).toEqual(["With love", "The Prayer Team"]);
    expect(draft.proposedRegions).toEqual([]);
  });

  it("reads generic headings, list lead-ins and region headings between sentences", () => {
    const draft = parseBulletin(
      [
        "Prayer Points — Week 12",
        "",
        "Africa",
        "Please pray for the following:",
        "• A hearing in Gulu on Tuesday.",
        "• Strength for two survivors as they give evidence.",
        "",
        "Praise Reports",
        "",
        "- Nine workers returned home safely from a quarry.",
        "",
        "Latin America",
        "Pray for the trial in Honduras.",
        "South Asia",
        "Pray for the families in Nepal.",
        "",
        "Updates",
        "",
        "The Chennai team moved into a new office.",
      ].join("\n"),
    );
    expect(summary(draft)).toEqual([
      ["africa", "Uganda", "request"],
      ["africa", null, "request"],
      ["africa", null, "praise"],
      ["latin-america", "Honduras", "request"],
      ["south-asia", "Nepal", "request"],
    ]);
    expect(draft.items[0]?.body).toBe("A hearing in Gulu on Tuesday.");
    expect(draft.notes).toEqual([
      "Please pray for the following:",
      "The Chennai team moved into a new office.",
    ]);
    expect(draft.proposedRegions).toEqual([]);
    expect(draft.warnings).toEqual(["No scripture verse found."]);
  });

  it("returns an empty draft with a warning for empty input", () => {
    for (const text of ["", "   ", "\n\n\r\n \t \r"]) {
      const draft = parseBulletin(text);
      expect(draft).toMatchObject({
        title: "",
        verse: null,
        items: [],
        notes: [],
        proposedRegions: [],
      });
      expect(draft.warnings).toHaveLength(1);
      expect(draft.warnings[0]).toMatch(/empty/);
    }
  });

  it("survives garbage, keeping its text as notes", () => {
    const draft = parseBulletin(
      '%%%%\n@@@ ### !!!\n\nqwrtz\n\n12345\n\n—\n\n"\n\nx7$ zz@ .. ??\n\n{}[]()<>',
    );
    expect(draft.title).toBe("qwrtz");
    expect(draft.items).toEqual([]);
    expect(draft.notes).toEqual(["12345", "x7$ zz@ .. ??"]);
    expect(draft.warnings).toEqual([
      "No scripture verse found.",
      "No region heading found; regions guessed from countries.",
      "No prayer requests or praise reports found.",
    ]);
  });

  it("never throws on non-string input from untyped callers", () => {
    expect(() => parseBulletin(undefined as unknown as string)).not.toThrow();
    expect(() => parseBulletin(42 as unknown as string)).not.toThrow();
  });
});

describe("layouts the seed does not show (lib/bulletin/layouts)", () => {
  // Greetings and sign-offs, sub-region, bold, numbered and markdown headings, other opening
  // verbs, "Country – text" lines, reference-first verses, countries named by their adjective.
  it.each(TUNING.map((layout) => [layout.name, layout] as const))(
    "tuning layout: %s",
    (_name, layout) => {
      expect(scoreLayout(layout).misses).toEqual([]);
    },
  );

  it.each([
    ["Spanish", SPANISH],
    ["French", FRENCH],
    ["Portuguese", PORTUGUESE],
  ] as const)("reads bulletins written in %s (every layout right)", (_language, layouts) => {
    expect(layouts.length).toBeGreaterThanOrEqual(4);
    for (const layout of layouts)
      expect([layout.name, scoreLayout(layout).misses]).toEqual([layout.name, []]);
  });

  it("held-out layouts (written apart, never tuned on): prints the score", () => {
    const scores = HELD_OUT.map((layout) => scoreLayout(layout));
    const right = scores.reduce((n, s) => n + s.matched, 0);
    const expected = scores.reduce((n, s) => n + s.expected, 0);
    const extra = scores.reduce((n, s) => n + s.extra, 0);
    const verses = scores.filter((s) => s.verseRight).length;
    const score = itemScore(scores);
    console.log(
      [
        `Held-out bulletin layouts: ${HELD_OUT.length} (tuning: ${TUNING.length})`,
        ...scores.map(
          (s) =>
            `  ${s.matched}/${s.expected} items, ${s.extra} extra, verse ${s.verseRight ? "right" : "wrong"} — ${s.name}`,
        ),
        `Held-out score: ${(score * 100).toFixed(1)} % (${right} of ${expected} items right, ${extra} extra; verses ${verses}/${scores.length})`,
      ].join("\n"),
    );
    expect(HELD_OUT.length * 2).toBeGreaterThanOrEqual(TUNING.length / 2);
    expect(HELD_OUT.length + TUNING.length).toBeGreaterThanOrEqual(15);
    // The parser before this work scored 40 % here; hold it at what it reaches now.
    expect(score).toBeGreaterThanOrEqual(0.85);
  });

  it("says how sure it is of each item, and why", () => {
    const { draft, confidence } = parseBulletinWithConfidence(
      [
        "Prayer Points",
        "",
        "Africa",
        "Pray for the trial in Accra next week.",
        "",
        "Praise God for:",
        "• Two new social workers in the Accra office",
        "",
        "Eastern Europe Pilot",
        "Pray for the first team meeting.",
        "",
        "Pray for our finance staff as the year closes.",
        "",
        "Blessings,",
        "The Prayer Team",
      ].join("\n"),
    );
    expect(confidence).toHaveLength(draft.items.length);
    expect(draft.items.map((i) => i.title)).toEqual([
      "Trial in Accra next week",
      "Two new social workers in the Accra office",
      "First team meeting",
      "Our finance staff as the year closes",
    ]);
    expect(confidence.map((c) => c.level)).toEqual(["high", "medium", "medium", "medium"]);
    expect(confidence[0]?.reasons).toEqual([]);
    expect(confidence[1]?.reasons).toContain("Kind taken from the list's lead-in.");
    expect(confidence[2]?.reasons).toContain(
      "New region proposed from the heading “Eastern Europe Pilot”.",
    );
    // Still under "Eastern Europe Pilot": a heading goes on until the next one.
    expect(draft.notes).toEqual(["Praise God for:", "Blessings, The Prayer Team"]);
    expect(parseBulletinWithConfidence("T\n\nPray for the staff.").confidence[0]).toEqual({
      level: "low",
      reasons: ["Could not tell the region.", "Very short: check that it is an item."],
    });
  });
});

describe("helpers", () => {
  it("classifies praise by thanks that come before any request", () => {
    expect(classifyParagraph("Praise God for the verdict. Pray for the family.")).toBe("praise");
    expect(classifyParagraph("This week we celebrated a verdict; pray for what comes next.")).toBe(
      "praise",
    );
    expect(classifyParagraph("Please join us in praising God for new partners.")).toBe("praise");
    expect(classifyParagraph("Give thanks for the volunteers.")).toBe("praise");
    expect(classifyParagraph("Pray for the hearing, and praise God for the witnesses.")).toBe(
      "request",
    );
    expect(classifyParagraph("Please lift up the families waiting for news.")).toBe("request");
    expect(classifyParagraph("The office moves to a new building in March.")).toBeNull();
  });

  it("derives titles without prayer phrases, cut at a word boundary", () => {
    expect(deriveTitle("Pray for the court hearing in Lusaka next week.")).toBe(
      "Court hearing in Lusaka next week",
    );
    expect(deriveTitle("Last week, police rescued 12 children from a bar in Pampanga.")).toBe(
      "Police rescued 12 children from a bar in Pampanga",
    );
    const long = deriveTitle(`Please pray for ${"the many survivors ".repeat(10)}who are waiting.`);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^Many survivors/);
    expect(long).not.toMatch(/ (the|for|of)$/);
    expect(deriveTitle("!!!")).toBe("Untitled");
    expect(deriveTitle("x".repeat(500)).length).toBe(80);
  });

  it("finds countries by name, other name and city, capitalised only", () => {
    expect(
      findCountries("From Chiang Mai to the U.S. and the UK, then Côte d'Ivoire.").map(
        (c) => c.name,
      ),
    ).toEqual(["Thailand", "United States", "United Kingdom", "Côte d'Ivoire"]);
    expect(findCountries("Pray with us for chile peppers.")).toEqual([]);
    expect(findCountries("Latin America")).toEqual([]);
  });

  it("knows the five regions and slugifies new ones like the data layer", () => {
    expect(KNOWN_REGIONS.map((r) => [r.slug, r.name])).toEqual([
      ["africa", "Africa"],
      ["latin-america", "Latin America"],
      ["south-asia", "South Asia"],
      ["southeast-asia", "Southeast Asia"],
      ["global", "HQ & Global Partners"],
    ]);
    expect(slugify("Eastern Europe Pilot")).toBe("eastern-europe-pilot");
    expect(slugify("Méxíco & Caribe")).toBe("mexico-and-caribe");
    expect(MAX_BULLETIN_CHARS).toBe(100_000);
  });
});

// ---- properties ----

const WORDS = [
  "justice",
  "survivors",
  "court",
  "hearing",
  "families",
  "community",
  "police",
  "officials",
  "healing",
  "staff",
  "church",
  "children",
  "trial",
  "week",
  "rescue",
  "case",
  "team",
  "partners",
  "Ghana",
  "Bolivia",
  "Thailand",
  "India",
  "Kenya",
  "Manila",
  "Freedom",
  "Sunday",
  "pray",
  "praise",
  "thank",
  "celebrate",
  "God",
  "for",
  "and",
  "the",
  "in",
  "of",
  "U.S.",
  "72:4",
  "&",
  "—",
  "self-care",
  "Psalm",
  "IJM",
  "HQ",
  "Global",
  "Africa",
  "Asia",
  "“so-called”",
  "(again)",
  "100%",
  "Côte",
  "d'Ivoire",
  // Spanish, French and Portuguese bulletins are read too.
  "Oren",
  "por",
  "Priez",
  "pour",
  "Orem",
  "Louvemos",
  "Dios",
  "Dieu",
  "Deus",
  "América",
  "Latina",
  "Asie",
  "Sudeste",
  "Asiático",
  "Perú",
  "Bolívia",
  "Quênia",
  "niños",
  "crianças",
  "enfants",
  "grâce",
  "«juicio»",
  "mexicanos",
];
const FIRST_WORDS = WORDS.filter((w) => /^\p{L}/u.test(w));
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

const sentence = fc
  .tuple(
    fc.constantFrom(...FIRST_WORDS),
    fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }),
    fc.constantFrom(".", "!", "?", "."),
  )
  .map(([first, rest, end]) => `${[cap(first), ...rest].join(" ")}${end}`);

/** A block of text and the sentences it holds. */
interface Block {
  lines: string[];
  sentences: string[];
}

const paragraph: fc.Arbitrary<Block> = fc.oneof(
  fc
    .array(sentence, { minLength: 1, maxLength: 5 })
    .map((s) => ({ lines: [s.join(" ")], sentences: s })),
  // Hard-wrapped at sentence boundaries.
  fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => ({ lines: s, sentences: s })),
  // A bullet list, maybe after a lead-in; a bullet may run onto a second line.
  fc
    .tuple(
      fc.option(
        fc.constantFrom(
          "Please pray for the following:",
          "Give thanks for:",
          "Oren por:",
          "Priez pour :",
          "Louvemos a Deus por:",
        ),
      ),
      fc.array(
        fc.tuple(
          fc.constantFrom("• ", "•", "- ", "* ", "1. "),
          fc.array(sentence, { minLength: 1, maxLength: 2 }),
        ),
        { minLength: 1, maxLength: 4 },
      ),
    )
    .map(([leadIn, bullets]) => ({
      lines: [
        ...(leadIn ? [leadIn] : []),
        ...bullets.flatMap(([marker, s]) => [`${marker}${s[0] ?? ""}`, ...s.slice(1)]),
      ],
      sentences: [...(leadIn ? [leadIn] : []), ...bullets.flatMap(([, s]) => s)],
    })),
);

const HEADINGS = [
  "Africa",
  "Latin America",
  "South Asia",
  "Southeast Asia",
  "IJM HQ & Global Partners",
  "Africa & Europe",
  "Asia Pacific",
  "IJM Global Office & Partners",
  "Eastern Europe Pilot",
  "Mekong Team",
  "Andes Region",
  "Praise Reports",
  "Prayer Requests",
  "Updates",
  "América Latina",
  "Asie du Sud",
  "Sudeste Asiático",
  "África",
  "Sede y socios globales",
  "Motivos de oración",
  "Sujets de louange",
];

const section = fc.tuple(
  fc.option(fc.tuple(fc.constantFrom(...HEADINGS), fc.boolean(), fc.constantFrom("\n", "\n\n"))),
  fc.array(paragraph, { minLength: 1, maxLength: 3 }),
);

const verseArb = fc.tuple(
  fc.array(sentence, { minLength: 1, maxLength: 2 }),
  fc.constantFrom(
    "Psalm 72:4",
    "Isaiah 1:17",
    "Micah 6:8",
    "Proverbs 31:8-9",
    "Salmo 72:4",
    "Psaume 72:4",
    "Miqueias 6:8",
  ),
  fc.constantFrom(0, 1, 2, 3),
);

const bulletin = fc
  .record({
    title: fc.oneof(fc.constantFrom("IJM Prayer Request", "Weekly Prayer"), sentence),
    verse: fc.option(verseArb),
    sections: fc.array(section, { minLength: 1, maxLength: 5 }),
    eol: fc.constantFrom("\n", "\r\n", "\r"),
    gap: fc.constantFrom("\n\n", "\n\n\n", "\n \n"),
  })
  .map(({ title, verse, sections, eol, gap }) => {
    const sentences: string[] = [title];
    const parts: string[] = [title];
    if (verse) {
      const [vs, ref, form] = verse;
      const text = vs.join(" ");
      parts.push(
        [`"${text}"\n\n- ${ref}`, `“${text}”\n— ${ref}`, `"${text}" – ${ref}`, `“${text}”\n${ref}`][
          form
        ] ?? "",
      );
      sentences.push(...vs, ref);
    }
    for (const [heading, paragraphs] of sections) {
      const body = paragraphs.map((p) => p.lines.join("\n")).join(gap);
      sentences.push(...paragraphs.flatMap((p) => p.sentences));
      parts.push(heading ? `${heading[0]}${heading[1] ? ":" : ""}${heading[2]}${body}` : body);
    }
    return { text: parts.join(gap).replace(/\n/g, eol), sentences, hasVerse: verse !== null };
  });

/** Every region an item names is known or proposed. */
function wellFormed(draft: BulletinDraft): void {
  const regions = new Set([
    ...KNOWN_REGIONS.map((r) => r.slug),
    ...draft.proposedRegions.map((p) => p.slug),
  ]);
  for (const item of draft.items) {
    expect(regions.has(item.region)).toBe(true);
    expect(["request", "praise"]).toContain(item.kind);
    expect(item.title.length).toBeGreaterThan(0);
    expect(item.title.length).toBeLessThanOrEqual(80);
    expect(item.body.length).toBeGreaterThan(0);
  }
}

describe("never dropping text", () => {
  it(
    "puts every sentence of a generated bulletin somewhere in the draft",
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(bulletin, ({ text, sentences, hasVerse }) => {
          const draft = parseBulletin(text);
          const all = haystack(draft);
          for (const s of sentences) expect(all).toContain(norm(s));
          expect(draft.verse !== null).toBe(hasVerse);
          wellFormed(draft);
        }),
        { numRuns: 300 },
      );
    },
  );

  const lineEnd = /\r\n|\r|\n/;
  /** Letters and digits of every line that holds a sentence ("." "!" "?"), bar list numbers. */
  function wordsOfSentenceLines(text: string): string[] {
    return text
      .split(lineEnd)
      .filter((line) => /[.!?]/.test(line))
      .flatMap(
        (line) =>
          norm(line)
            .replace(/^\d{1,2}[.)]\s+/, "")
            .match(/[\p{L}\p{N}]+/gu) ?? [],
      );
  }

  const noisy = fc.string({
    unit: fc.constantFrom(
      "a",
      "B",
      "z",
      "7",
      " ",
      " ",
      "\n",
      "\n",
      "\r\n",
      "\r",
      "\t",
      ".",
      "!",
      "?",
      ":",
      ",",
      '"',
      "“",
      "”",
      "-",
      "–",
      "—",
      "•",
      "*",
      "(",
      ")",
      "&",
      "é",
      "Africa ",
      "Pray ",
      "praise ",
      "Ghana",
      "Psalm 72:4",
      "1. ",
      "\u00a0",
      "\uFEFF",
    ),
    maxLength: 400,
  });

  it.each([
    ["arbitrary strings", fc.string({ unit: "binary", maxLength: 500 })],
    ["bulletin-like noise", noisy],
  ])(
    "never throws and keeps the words of every sentence line (%s)",
    { timeout: 60_000 },
    (_name, arb) => {
      fc.assert(
        fc.property(arb, (text) => {
          const draft = parseBulletin(text);
          const all = haystack(draft);
          for (const word of wordsOfSentenceLines(text)) expect(all).toContain(word);
          wellFormed(draft);
        }),
        { numRuns: 500 },
      );
    },
  );

  it("parses a ~1 MB input", { timeout: 60_000 }, () => {
    const big = `${SEED}\n\n`.repeat(Math.ceil(1_000_000 / SEED.length));
    expect(big.length).toBeGreaterThan(1_000_000);
    const draft = parseBulletin(big);
    expect(draft.items.length).toBeGreaterThan(1000);
    expect(parseBulletin("a".repeat(1_000_000)).title.length).toBe(1_000_000);
    expect(parseBulletin(`T\n\n"${"Pray. ".repeat(200_000)}`).items).toHaveLength(1);
    expect(parseBulletin(`T\n\n${"Ab\n".repeat(300_000)}`).notes.length).toBeGreaterThan(0);
  });
});
