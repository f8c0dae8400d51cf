// RSS 2.0 and JSON Feed 1.1 of published requests and updates, built with the `feed` package.
//
// buildFeed() holds the true values (plain-text titles and summaries, sanitised HTML content,
// absolute links); rss() and jsonFeed() adapt them to each format: RSS wants HTML in <description>
// and a permalink guid, and `feed` v6 writes only JSON Feed 1.0, which jsonFeed() brings to 1.1.
//
// A feed is in one language (FeedOptions.locale, ?lang= on the feed's address): its own words
// (channel title and description, kinds, "Update: …") come from the "email" catalogue and its
// links lead to that language's pages (/es/requests/…); the requests' own text stays as stored.
import { Feed, type Item } from "feed";
import { defaultLocale, type Locale } from "@/i18n/locales";
import { emailTranslator, localePath } from "@/lib/email-i18n";
import { feedPath } from "@/lib/feeds-path";
import { cutText, htmlToText } from "@/lib/markdown";

export type FeedEntryKind = "request" | "praise" | "update" | "answered" | "reopened";

/** One feed item: a request that became public, or an update on one. */
export interface FeedEntry {
  /** Stable: `request-<id>` or `update-<id>`. */
  id: string;
  title: string;
  /** A path on this site: `/requests/<id>`, or `/requests/<id>#update-<id>` for an update. */
  url: string;
  /** When it became public: the request's published_at, or the update's posted_at. */
  date: Date;
  regionSlug: string;
  regionName: string;
  country: string | null;
  kind: FeedEntryKind;
  /** The body's sanitised HTML, as stored when it was written (lib/markdown.ts). */
  bodyHtml: string;
}

export interface FeedOptions {
  title: string;
  description: string;
  /** This feed's own path, e.g. `/feed.xml` (its self link). */
  feedPath: string;
  /** The site's public address (siteUrl()). */
  siteUrl: string;
  /** The page the feed mirrors (default `/`), as an English path: `locale` prefixes it. */
  homePath?: string;
  /** The feed's language (default English): its own words and the pages its links lead to. */
  locale?: Locale;
}

export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";
export const JSON_FEED_CONTENT_TYPE = "application/feed+json; charset=utf-8";
export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

const SUMMARY_LENGTH = 280;

/** What an entry is, in a language: "Prayer request", "Praise report", "Update"… */
function kindLabel(kind: FeedEntryKind, locale: Locale): string {
  return emailTranslator(locale)(`feed.kinds.${kind}`);
}

/** An entry's title: the request's own, or "Update: …", "Answered: …", "Reopened: …". */
export function entryTitle(
  kind: FeedEntryKind,
  requestTitle: string,
  locale: Locale = defaultLocale,
): string {
  return kind === "request" || kind === "praise"
    ? requestTitle
    : emailTranslator(locale)("feed.entryTitle", {
        kind: kindLabel(kind, locale),
        title: requestTitle,
      });
}

/**
 * An entry's title in the feed's language. The data layer titles entries in English
 * (entryTitle(kind, title)); an update's English prefix is replaced by the language's own.
 */
function localTitle(entry: FeedEntry, locale: Locale): string {
  if (locale === defaultLocale || entry.kind === "request" || entry.kind === "praise")
    return entry.title;
  const english = entryTitle(entry.kind, "");
  return entry.title.startsWith(english)
    ? entryTitle(entry.kind, entry.title.slice(english.length), locale)
    : entry.title;
}

// Characters XML 1.0 forbids even in CDATA (C0 controls but tab and newlines, lone surrogates,
// U+FFFE/U+FFFF): one in a request body would make the whole feed unreadable.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function clean(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

/** A title is one line of plain text. */
function oneLine(text: string): string {
  return clean(text).replace(/\s+/g, " ").trim();
}

function absolute(siteUrl: string, path: string): string {
  return new URL(`${siteUrl.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`).href;
}

const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
};

/**
 * Resolves the links of sanitised HTML against the item's address: a body may link "/requests/2"
 * or "#update-3", which a feed reader would resolve against who knows what. (sanitize-html writes
 * every attribute in double quotes, escaping &, <, > and "; it lets only http, https, mailto and
 * relative links through, so the result is a whole http(s) or mailto address.)
 */
function wholeLinks(html: string, base: string): string {
  return html.replace(/ href="([^"]*)"/g, (match, value: string) => {
    const raw = value.replace(
      /&(amp|lt|gt|quot);/g,
      (_, name: string) => ATTRIBUTE_ENTITIES[name]!,
    );
    try {
      return ` href="${new URL(raw, base).href.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`;
    } catch {
      return match;
    }
  });
}

/** Builds the feed; `entries` come newest first (listFeedEntries' order). */
export function buildFeed(entries: readonly FeedEntry[], options: FeedOptions): Feed {
  const locale = options.locale ?? defaultLocale;
  const home = absolute(options.siteUrl, localePath(locale, options.homePath ?? "/"));
  const newest = entries.reduce<Date | null>(
    (latest, e) => (latest === null || e.date > latest ? e.date : latest),
    null,
  );
  const feed = new Feed({
    title: oneLine(options.title),
    description: clean(options.description),
    id: home,
    link: home,
    feed: absolute(options.siteUrl, options.feedPath),
    language: locale,
    // The feed changes when an entry does: with none, "now" is the honest answer.
    updated: newest ?? new Date(),
    author: { name: "Intercede", link: absolute(options.siteUrl, "/") },
  });
  for (const entry of entries) {
    const url = absolute(options.siteUrl, localePath(locale, entry.url));
    feed.addItem({
      id: url,
      link: url,
      // RSS needs a title or a description: a title of nothing XML can carry becomes the kind.
      title: oneLine(localTitle(entry, locale)) || kindLabel(entry.kind, locale),
      date: entry.date,
      published: entry.date,
      description: clean(cutText(htmlToText(entry.bodyHtml), SUMMARY_LENGTH)),
      content: wholeLinks(clean(entry.bodyHtml), url),
      category: [
        { name: oneLine(entry.regionName) },
        { name: kindLabel(entry.kind, locale) },
        ...(entry.country ? [{ name: oneLine(entry.country) }] : []),
      ],
    });
  }
  return feed;
}

/** The site-wide feed (/feed.xml, /feed.json; /es/feed.xml for Spanish) in a language. */
export function siteFeed(
  entries: readonly FeedEntry[],
  options: { locale: Locale; format: "xml" | "json"; siteUrl: string },
): Feed {
  const t = emailTranslator(options.locale);
  return buildFeed(entries, {
    title: t("feed.title"),
    description: t("feed.description"),
    feedPath: feedPath(options.locale, options.format),
    siteUrl: options.siteUrl,
    locale: options.locale,
  });
}

/** One region's RSS feed (/regions/<slug>/feed.xml, ?lang=es for Spanish) in a language. */
export function regionFeed(
  entries: readonly FeedEntry[],
  region: { slug: string; name: string },
  options: { locale: Locale; siteUrl: string },
): Feed {
  const t = emailTranslator(options.locale);
  const path = `/regions/${region.slug}/feed.xml`;
  return buildFeed(entries, {
    title: `Intercede: ${region.name}`,
    description: t("feed.regionDescription", { region: region.name }),
    feedPath: options.locale === defaultLocale ? path : `${path}?lang=${options.locale}`,
    homePath: `/requests?region=${region.slug}`,
    siteUrl: options.siteUrl,
    locale: options.locale,
  });
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Text for a CDATA section written by xml-js (which `feed` uses). xml-js splits only the first
 * "]]>" of a section (into "]]]]><![CDATA[>"); a second one would end the section and let the rest
 * through as markup. So every later "]]>" is split here, where xml-js's one replacement (which
 * finds the first, original one) leaves it alone. lib/feeds.test.ts parses the result to prove it.
 */
function cdata(text: string): string {
  const first = text.indexOf("]]>");
  if (first < 0) return text;
  const rest = first + 3;
  return text.slice(0, rest) + text.slice(rest).replaceAll("]]>", "]]]]><![CDATA[>");
}

/** The feed as RSS 2.0. */
export function rss(feed: Feed): string {
  const out = new Feed(feed.options);
  for (const category of feed.categories) out.addCategory(category);
  for (const item of feed.items) {
    const rssItem: Item = {
      // No id or guid: `feed` then makes the guid the item's link, with isPermaLink="true".
      link: item.link,
      title: cdata(item.title),
      date: item.date,
      ...(item.published ? { published: item.published } : {}),
      ...(item.category ? { category: item.category } : {}),
      // An RSS <description> is HTML to readers: the plain-text summary is escaped to stay text.
      ...(item.description ? { description: cdata(escapeHtml(item.description)) } : {}),
      ...(item.content ? { content: cdata(item.content) } : {}),
    };
    out.addItem(rssItem);
  }
  return out.rss2();
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) as a plain object. */
export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  language?: string;
  authors?: { name?: string; url?: string; avatar?: string }[];
  items: JsonFeedItem[];
}

export interface JsonFeedItem {
  id: string;
  url?: string;
  title?: string;
  content_html?: string;
  content_text?: string;
  summary?: string;
  date_published?: string;
  date_modified?: string;
  tags?: string[];
}

/** The JSON Feed 1.0 that `feed` v6 writes (json1()), in the parts this app uses. */
interface JsonFeed10 {
  title: string;
  home_page_url?: string;
  description?: string;
  author?: { name?: string; url?: string; avatar?: string };
  items: JsonFeedItem[];
}

/** The feed as a JSON Feed 1.1 object: `feed`'s JSON Feed 1.0, upgraded. */
export function jsonFeedObject(feed: Feed): JsonFeed {
  const legacy = JSON.parse(feed.json1()) as JsonFeed10;
  const { author } = legacy;
  return {
    version: JSON_FEED_VERSION,
    title: legacy.title,
    ...(legacy.home_page_url ? { home_page_url: legacy.home_page_url } : {}),
    ...(feed.options.feed ? { feed_url: feed.options.feed } : {}),
    ...(legacy.description ? { description: legacy.description } : {}),
    ...(feed.options.language ? { language: feed.options.language } : {}),
    // 1.1 replaces `author` with `authors`.
    ...(author ? { authors: [author] } : {}),
    items: legacy.items.map(({ date_modified, date_published, ...item }): JsonFeedItem => ({
      ...item,
      ...(date_published ? { date_published } : {}),
      // Entries are events: a separate "modified" date only when it says something.
      ...(date_modified && date_modified !== date_published ? { date_modified } : {}),
    })),
  };
}

/** The feed as JSON Feed 1.1 text. */
export function jsonFeed(feed: Feed): string {
  return JSON.stringify(jsonFeedObject(feed), null, 2);
}
