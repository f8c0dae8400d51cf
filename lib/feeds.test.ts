// The feeds, read back by an independent parser (fast-xml-parser) and checked against the RSS 2.0
// and JSON Feed 1.1 specifications, with hostile text in every field a staff member can write.
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { Parser as HtmlParser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  buildFeed,
  entryTitle,
  jsonFeed,
  JSON_FEED_VERSION,
  regionFeed,
  rss,
  siteFeed,
  type FeedEntry,
  type FeedOptions,
} from "./feeds";
import { addressLocale } from "./email-i18n";
import { renderMarkdown } from "./markdown";

const SITE = "https://pray.example.org";

const options: FeedOptions = {
  title: "Intercede: prayer requests & updates",
  description: "Prayer requests, praise reports and updates <newest first>",
  feedPath: "/feed.xml",
  siteUrl: SITE,
};

const hostileTitle = `Tom & Jerry's "case" <script>alert(1)</script> ]]> & ]]> again 🙏🏽`;
const hostileBody = [
  "Pray for **Tom & Jerry** <script>alert('x')</script> and \"quotes\" & 'apostrophes'.",
  "",
  "A [bad link](javascript:alert(1)) and a [good one](https://example.org/?a=1&b=2), and " +
    "[another request](/requests/2), [a relative one](4) and [the timeline](#update-9).",
  "",
  "CDATA's end ]]> twice ]]> and an emoji 🕊️ <img src=x onerror=alert(1)>",
].join("\n");

const entries: FeedEntry[] = [
  {
    id: "update-7",
    title: entryTitle("answered", hostileTitle),
    url: "/requests/3#update-7",
    date: new Date("2025-03-04T05:06:07.890Z"),
    regionSlug: "south-asia",
    regionName: "South Asia",
    country: null,
    kind: "answered",
    bodyHtml: renderMarkdown("Charges were filed & the court <b>agreed</b>."),
  },
  {
    id: "request-3",
    title: hostileTitle,
    url: "/requests/3",
    date: new Date("2025-03-01T12:00:00.000Z"),
    regionSlug: "south-asia",
    regionName: "HQ & Global <Partners>",
    country: "India",
    kind: "request",
    bodyHtml: renderMarkdown(hostileBody),
  },
  {
    id: "request-1",
    title: "Ongoing trafficking cases in Ghana",
    url: "/requests/1",
    date: new Date("2024-12-31T23:59:59.000Z"),
    regionSlug: "africa",
    regionName: "Africa",
    country: "Ghana",
    kind: "praise",
    bodyHtml: renderMarkdown("Praise God for *three* cases nearing completion."),
  },
];

// ---- an RSS 2.0 reader: fast-xml-parser, values as written, attributes kept ----

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => name === "item" || name === "category" || name === "atom:link",
});

type Text = string | { "#text": string; [attribute: string]: string };

interface RssItem {
  title?: string;
  link?: string;
  description?: string;
  "content:encoded"?: string;
  guid?: Text;
  pubDate?: string;
  category?: Text[];
}

interface RssDocument {
  rss: {
    "@_version": string;
    channel: {
      title: string;
      link: string;
      description: string;
      language?: string;
      lastBuildDate?: string;
      "atom:link"?: { "@_href": string; "@_rel": string; "@_type"?: string }[];
      item?: RssItem[];
    };
  };
}

function parseRss(xml: string): RssDocument {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as RssDocument;
}

const textOf = (value: Text | undefined) =>
  typeof value === "string" ? value : (value?.["#text"] ?? "");

// RFC 822 §5 as RSS 2.0 uses it (four-digit years, per the RSS Advisory Board's profile).
const RFC_822 =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? (?:UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z]|[+-]\d{4})$/;

const isAbsoluteHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};

/** Text outside CDATA sections: where markup lives, so where "]]>" and "<script" must not. */
const outsideCdata = (xml: string) => xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");

const unescapeHtml = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
    name === "amp" ? "&" : name === "lt" ? "<" : name === "gt" ? ">" : name === "quot" ? '"' : "'",
  );

const SAFE_TAGS = new Set("p br strong em b i ul ol li blockquote a code pre h3 h4 hr".split(" "));

/**
 * Problems a feed reader could meet in an item's HTML, read by htmlparser2: tags outside the
 * allow-list (script, img…), event-handler attributes, and links that are not whole http(s) or
 * mailto addresses (a reader resolves relative ones against who knows what; javascript: runs).
 */
function unsafeHtml(html: string): string[] {
  const problems: string[] = [];
  const parser = new HtmlParser(
    {
      onopentag(name, attributes) {
        if (!SAFE_TAGS.has(name)) problems.push(`<${name}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute.startsWith("on")) problems.push(`${name}[${attribute}]`);
          if (attribute === "href" && !/^(https?:\/\/[^/]|mailto:)/i.test(value))
            problems.push(`href=${value}`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return problems;
}

/** Checks a document against the RSS 2.0 spec (https://www.rssboard.org/rss-specification). */
function checkRss2(doc: RssDocument) {
  expect(doc.rss["@_version"]).toBe("2.0");
  const { channel } = doc.rss;
  expect(typeof channel.title).toBe("string");
  expect(channel.title.length).toBeGreaterThan(0);
  expect(isAbsoluteHttpUrl(channel.link)).toBe(true);
  expect(typeof channel.description).toBe("string");
  if (channel.lastBuildDate) expect(channel.lastBuildDate).toMatch(RFC_822);
  const guids = new Set<string>();
  for (const item of channel.item ?? []) {
    // "All elements of an item are optional, however at least one of title or description must be present."
    expect(item.title ?? item.description).toBeDefined();
    expect(item.title).toBeTruthy();
    expect(isAbsoluteHttpUrl(item.link ?? "")).toBe(true);
    const guid = textOf(item.guid);
    expect(guid).toBeTruthy();
    // isPermaLink defaults to true: the guid is then a URL that points at the item.
    const permalink =
      typeof item.guid === "string" || (item.guid?.["@_isPermaLink"] ?? "true") === "true";
    if (permalink) expect(isAbsoluteHttpUrl(guid)).toBe(true);
    expect(guids.has(guid)).toBe(false);
    guids.add(guid);
    expect(item.pubDate).toMatch(RFC_822);
  }
}

// ---- a JSON Feed 1.1 reader: the spec's fields, written out as a schema ----

const rfc3339 = z.iso.datetime({ offset: true });
const url = z.url({ protocol: /^https?$/ });
const author = z
  .object({ name: z.string().optional(), url: url.optional(), avatar: url.optional() })
  .refine((a) => a.name !== undefined || a.url !== undefined || a.avatar !== undefined, {
    message: "an author has at least one of name, url or avatar",
  });
const jsonFeedItemShape = {
  id: z.string().min(1),
  url: url.optional(),
  external_url: url.optional(),
  title: z.string().optional(),
  content_html: z.string().optional(),
  content_text: z.string().optional(),
  summary: z.string().optional(),
  image: url.optional(),
  banner_image: url.optional(),
  date_published: rfc3339.optional(),
  date_modified: rfc3339.optional(),
  authors: z.array(author).optional(),
  tags: z.array(z.string()).optional(),
  language: z.string().optional(),
  attachments: z.array(z.object({ url, mime_type: z.string() })).optional(),
};
const jsonFeedItem = z
  .object(jsonFeedItemShape)
  .catchall(z.unknown())
  .refine((i) => i.content_html !== undefined || i.content_text !== undefined, {
    message: "an item has content_html or content_text",
  });
const jsonFeed11 = z
  .object({
    version: z.literal("https://jsonfeed.org/version/1.1"),
    title: z.string().min(1),
    home_page_url: url.optional(),
    feed_url: url.optional(),
    description: z.string().optional(),
    user_comment: z.string().optional(),
    next_url: url.optional(),
    icon: url.optional(),
    favicon: url.optional(),
    authors: z.array(author).optional(),
    language: z.string().optional(),
    expired: z.boolean().optional(),
    hubs: z.array(z.object({ type: z.string(), url })).optional(),
    items: z.array(jsonFeedItem),
  })
  .catchall(z.unknown());

type JsonFeed11 = z.infer<typeof jsonFeed11>;

/** Checks a JSON Feed against 1.1 (https://jsonfeed.org/version/1.1). */
function checkJsonFeed11(text: string): JsonFeed11 {
  const raw = JSON.parse(text) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const feed = jsonFeed11.parse(raw);
  // Extensions start with "_"; 1.0's `author` is deprecated in 1.1 (publishers use `authors`).
  const top = new Set(Object.keys(jsonFeed11.shape));
  expect(Object.keys(raw).filter((k) => !top.has(k) && !k.startsWith("_"))).toEqual([]);
  const itemKeys = new Set(Object.keys(jsonFeedItemShape));
  for (const item of raw.items) {
    expect(Object.keys(item).filter((k) => !itemKeys.has(k) && !k.startsWith("_"))).toEqual([]);
  }
  const ids = feed.items.map((i) => i.id);
  expect(new Set(ids).size).toBe(ids.length);
  return feed;
}

// ---- the tests ----

describe("RSS 2.0", () => {
  const xml = rss(buildFeed(entries, options));
  const doc = parser.parse(xml) as RssDocument;
  const { channel } = doc.rss;
  const items = channel.item ?? [];

  it("is well-formed RSS 2.0 with the channel's required elements and a self link", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    checkRss2(doc);
    expect(channel.title).toBe(options.title);
    expect(channel.description).toBe(options.description);
    expect(channel.link).toBe(`${SITE}/`);
    expect(channel.language).toBe("en");
    expect(channel["atom:link"]).toContainEqual({
      "@_href": `${SITE}/feed.xml`,
      "@_rel": "self",
      "@_type": "application/rss+xml",
    });
  });

  it("keeps the entries' order, with absolute links and permalink guids", () => {
    expect(items.map((i) => i.link)).toEqual([
      `${SITE}/requests/3#update-7`,
      `${SITE}/requests/3`,
      `${SITE}/requests/1`,
    ]);
    for (const item of items) {
      expect(item.guid).toEqual({ "#text": item.link, "@_isPermaLink": "true" });
    }
  });

  it("dates items in RFC 822 that parse back to the entry's instant (to the second)", () => {
    items.forEach((item, i) => {
      const expected = Math.floor(entries[i]!.date.getTime() / 1000) * 1000;
      expect(item.pubDate).toMatch(RFC_822);
      expect(Date.parse(item.pubDate!)).toBe(expected);
    });
    expect(items[0]!.pubDate).toBe("Tue, 04 Mar 2025 05:06:07 GMT");
    // The channel changed when its newest entry did.
    expect(Date.parse(channel.lastBuildDate!)).toBe(Date.parse("2025-03-04T05:06:07Z"));
  });

  it("reads back titles exactly, whatever they contain", () => {
    expect(items[0]!.title).toBe(`Answered: ${hostileTitle}`);
    expect(items[1]!.title).toBe(hostileTitle);
    // "]]>" never ends a CDATA section early: outside them, no markup from the text survives.
    expect(outsideCdata(xml)).not.toContain("]]>");
    expect(outsideCdata(xml)).not.toMatch(/<script|<img/i);
  });

  it("gives a description that is safe HTML showing the plain-text summary", () => {
    for (const item of items) {
      expect(item.description).not.toMatch(/<script|<img|javascript:|onerror/i);
      expect(item.description).not.toMatch(/[<>]/);
    }
    expect(unescapeHtml(items[1]!.description!)).toBe(
      "Pray for Tom & Jerry and \"quotes\" & 'apostrophes'. A bad link and a good one, and " +
        "another request, a relative one and the timeline. CDATA's end ]]> twice ]]> and an emoji 🕊️",
    );
    expect(items[0]!.description).toBe("Charges were filed &amp; the court agreed.");
  });

  it("carries the body as sanitised HTML with whole links", () => {
    const content = items[1]!["content:encoded"]!;
    expect(content).toContain("<strong>Tom &amp; Jerry</strong>");
    for (const item of items) expect(unsafeHtml(item["content:encoded"]!)).toEqual([]);
    expect(content).not.toMatch(/<script|<img|javascript:|onerror/i);
    expect(content).toContain('href="https://example.org/?a=1&amp;b=2"');
    expect(content).toContain(`href="${SITE}/requests/2"`);
    expect(content).toContain(`href="${SITE}/requests/4"`);
    expect(content).toContain(`href="${SITE}/requests/3#update-9"`);
    expect(content).toContain("🕊️");
  });

  it("labels items with their region, kind and country", () => {
    expect(items.map((i) => i.category)).toEqual([
      ["South Asia", "Answered"],
      ["HQ & Global <Partners>", "Prayer request", "India"],
      ["Africa", "Praise report", "Ghana"],
    ]);
  });

  it("drops characters XML cannot carry, and keeps titles on one line", () => {
    const doc = parseRss(
      rss(
        buildFeed(
          [
            {
              ...entries[2]!,
              title: "Bell\u0007 and\nnew\tline \uD800 lone",
              bodyHtml: renderMarkdown("Form\u000Cfeed\u0000 text"),
            },
          ],
          options,
        ),
      ),
    );
    const [item] = doc.rss.channel.item!;
    expect(item!.title).toBe("Bell and new line lone");
    expect(item!.description).toBe("Form feed text");
  });

  it("is valid with no entries", () => {
    const empty = parseRss(rss(buildFeed([], options)));
    checkRss2(empty);
    expect(empty.rss.channel.item ?? []).toEqual([]);
  });

  it("round-trips any title and body (property)", () => {
    const hostile = fc.constantFrom(
      "]]>",
      "<script>",
      "</title>",
      "&",
      "&amp;",
      '"',
      "'",
      "<",
      ">",
      "🙏🏽",
      "\u0000",
      "\uFFFE",
      "\uD83D",
      "javascript:",
      "<![CDATA[",
      "[a](rel/ative)",
      "[b](javascript:alert(1))",
      '<a href="/x" onclick="y">',
      "\n\n",
      " ",
    );
    const text = fc
      .array(
        fc.oneof(
          { arbitrary: fc.string({ unit: "binary" }), weight: 1 },
          { arbitrary: hostile, weight: 2 },
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, (title, body) => {
        const entry = { ...entries[2]!, title, bodyHtml: renderMarkdown(body) };
        const parsed = parseRss(rss(buildFeed([entry], options)));
        checkRss2(parsed);
        const [item] = parsed.rss.channel.item!;
        const expected =
          title
            .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
            .replace(/\s+/g, " ")
            .trim() || "Praise report";
        expect(item!.title ?? "").toBe(expected);
        expect(item!.description ?? "").not.toMatch(/[<>]/);
        expect(unsafeHtml(item!["content:encoded"] ?? "")).toEqual([]);
        const json = checkJsonFeed11(jsonFeed(buildFeed([entry], options)));
        expect(json.items[0]!.title ?? "").toBe(expected);
        expect(json.items[0]!.summary ?? "").toBe(unescapeHtml(item!.description ?? ""));
      }),
      { numRuns: 150 },
    );
  });
});

describe("JSON Feed 1.1", () => {
  const jsonOptions = { ...options, feedPath: "/feed.json" };
  const text = jsonFeed(buildFeed(entries, jsonOptions));
  const feed = JSON.parse(text) as JsonFeed11;

  it("has the 1.1 version, title, home page and its own address", () => {
    checkJsonFeed11(text);
    expect(JSON_FEED_VERSION).toBe("https://jsonfeed.org/version/1.1");
    expect(feed).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      title: options.title,
      description: options.description,
      home_page_url: `${SITE}/`,
      feed_url: `${SITE}/feed.json`,
      language: "en",
      authors: [{ name: "Intercede", url: `${SITE}/` }],
    });
    expect(JSON.parse(text)).not.toHaveProperty("author");
  });

  it("has items with unique ids, absolute urls, HTML content and RFC 3339 dates", () => {
    expect(feed.items.map((i) => i.id)).toEqual([
      `${SITE}/requests/3#update-7`,
      `${SITE}/requests/3`,
      `${SITE}/requests/1`,
    ]);
    feed.items.forEach((item, i) => {
      expect(item.url).toBe(item.id);
      expect(item.date_published).toBe(entries[i]!.date.toISOString());
      expect(new Date(item.date_published!).getTime()).toBe(entries[i]!.date.getTime());
      expect(item).not.toHaveProperty("date_modified");
      expect(unsafeHtml(item.content_html!)).toEqual([]);
      expect(item.content_html).not.toMatch(/<script|<img|javascript:|onerror/i);
      expect(item.summary).not.toMatch(/<script|<img/i);
    });
  });

  it("keeps text as text: titles exact, summaries plain, tags", () => {
    expect(feed.items[1]).toMatchObject({
      title: hostileTitle,
      tags: ["HQ & Global <Partners>", "Prayer request", "India"],
    });
    expect(feed.items[1]!.summary).toContain("Tom & Jerry and \"quotes\" & 'apostrophes'");
    expect(feed.items[0]!.title).toBe(`Answered: ${hostileTitle}`);
    expect(feed.items[1]!.content_html).toContain(`href="${SITE}/requests/2"`);
  });

  it("is valid with no entries", () => {
    expect(checkJsonFeed11(jsonFeed(buildFeed([], jsonOptions))).items).toEqual([]);
  });
});

describe("entry titles", () => {
  it("names updates by their kind and keeps request titles as they are", () => {
    expect(entryTitle("request", "A case")).toBe("A case");
    expect(entryTitle("praise", "A case")).toBe("A case");
    expect(entryTitle("update", "A case")).toBe("Update: A case");
    expect(entryTitle("answered", "A case")).toBe("Answered: A case");
    expect(entryTitle("reopened", "A case")).toBe("Reopened: A case");
  });

  it("makes links absolute against a site address with or without a trailing slash", () => {
    const withSlash = buildFeed(entries.slice(2), { ...options, siteUrl: `${SITE}/` });
    expect(withSlash.items[0]!.link).toBe(`${SITE}/requests/1`);
    expect(withSlash.options.feed).toBe(`${SITE}/feed.xml`);
  });
});

describe("a feed in another language (/feed.xml?lang=fr)", () => {
  // What the /feed.xml handler does with its request (next.config.ts rewrites /fr/feed.xml to it).
  const locale = addressLocale(new Request(`${SITE}/feed.xml?lang=fr`));
  const xml = rss(siteFeed(entries, { locale, format: "xml", siteUrl: SITE }));
  const { channel } = parseRss(xml).rss;
  const items = channel.item ?? [];

  it("takes its language from ?lang= or the /fr/ address, English otherwise", () => {
    expect(locale).toBe("fr");
    expect(addressLocale(new Request(`${SITE}/fr/feed.xml`))).toBe("fr");
    expect(addressLocale(new Request(`${SITE}/feed.xml`))).toBe("en");
    expect(addressLocale(new Request(`${SITE}/feed.xml?lang=xx`))).toBe("en");
  });

  it("has the channel's words in French, its language, and French addresses", () => {
    expect(channel.title).toBe("Intercede : sujets de prière et nouvelles");
    expect(channel.description).toContain("Sujets de prière, sujets de reconnaissance");
    expect(channel.language).toBe("fr");
    expect(channel.link).toBe(`${SITE}/fr`);
    expect(channel["atom:link"]).toContainEqual({
      "@_href": `${SITE}/fr/feed.xml`,
      "@_rel": "self",
      "@_type": "application/rss+xml",
    });
  });

  it("links items to the French pages and names their kinds in French", () => {
    expect(items.map((i) => i.link)).toEqual([
      `${SITE}/fr/requests/3#update-7`,
      `${SITE}/fr/requests/3`,
      `${SITE}/fr/requests/1`,
    ]);
    expect(items[0]!.title).toBe(`Exaucé : ${hostileTitle}`);
    expect(items[1]!.title).toBe(hostileTitle);
    expect(items.map((i) => i.category)).toEqual([
      ["South Asia", "Exaucé"],
      ["HQ & Global <Partners>", "Sujet de prière", "India"],
      ["Africa", "Sujet de reconnaissance", "Ghana"],
    ]);
    expect(xml).not.toMatch(/Answered|Prayer request|Praise report/);
  });

  it("keeps the requests' own text as stored", () => {
    expect(items[0]!.description).toBe("Charges were filed &amp; the court agreed.");
    expect(items[1]!["content:encoded"]).toContain("<strong>Tom &amp; Jerry</strong>");
  });

  it("is the same in JSON Feed, at /fr/feed.json", () => {
    const feed = JSON.parse(
      jsonFeed(siteFeed(entries, { locale, format: "json", siteUrl: SITE })),
    ) as JsonFeed11;
    expect(feed).toMatchObject({
      title: "Intercede : sujets de prière et nouvelles",
      home_page_url: `${SITE}/fr`,
      feed_url: `${SITE}/fr/feed.json`,
      language: "fr",
    });
    expect(feed.items[0]).toMatchObject({
      url: `${SITE}/fr/requests/3#update-7`,
      title: `Exaucé : ${hostileTitle}`,
    });
  });

  it("does the same for a region's feed, whose own address keeps ?lang=", () => {
    const feed = regionFeed(
      entries,
      { slug: "south-asia", name: "South Asia" },
      { locale: "es", siteUrl: SITE },
    );
    expect(feed.options.title).toBe("Intercede: South Asia");
    expect(feed.options.description).toBe(
      "Peticiones de oración, motivos de gratitud y novedades de los casos de South Asia, primero los más recientes.",
    );
    expect(feed.options.feed).toBe(`${SITE}/regions/south-asia/feed.xml?lang=es`);
    expect(feed.options.link).toBe(`${SITE}/es/requests?region=south-asia`);
    expect(feed.items[0]!.title).toBe(`Respondida: ${hostileTitle}`);
  });

  it("keeps the English feed as it was", () => {
    const english = siteFeed(entries, { locale: "en", format: "xml", siteUrl: SITE });
    expect(english.options.title).toBe("Intercede: prayer requests and updates");
    expect(english.options.description).toBe(
      "Prayer requests, praise reports and case updates from the mission, newest first.",
    );
    expect(english.options.link).toBe(`${SITE}/`);
    expect(english.options.feed).toBe(`${SITE}/feed.xml`);
    expect(english.items[0]!.title).toBe(`Answered: ${hostileTitle}`);
  });
});
