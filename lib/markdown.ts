// Markdown for request bodies and updates: rendered by marked, then sanitised by sanitize-html, once
// when written (renderRequestText, renderUpdateText); pages read the stored HTML and excerpt.
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { requestSearchText } from "./search-text";

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "blockquote",
    "a",
    "code",
    "pre",
    "h3",
    "h4",
    "hr",
  ],
  allowedAttributes: { a: ["href", "title", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // Links leave the app: no referrer, no access to this window.
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }),
    // Headings in a body sit under the page's own h1/h2.
    h1: "h3",
    h2: "h3",
    h5: "h4",
    h6: "h4",
  },
};

function parse(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true, breaks: false });
}

/** Renders Markdown to HTML that is safe to insert into a page. */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(parse(markdown), allowed);
}

// sanitize-html escapes the text it keeps (&, < and >); plain text needs them back, or React would
// show "Tom &amp; Jerry" for "Tom & Jerry". One pass, so "&amp;lt;" becomes "&lt;", not "<".
const ESCAPED = /&(amp|lt|gt|quot);/g;
const UNESCAPED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"' };

/**
 * Plain text of HTML (marked's output, or the stored sanitised HTML: both give the same text). It is
 * text, not HTML: whatever puts it into HTML must escape it, as React and Next's metadata do.
 */
export function htmlToText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(ESCAPED, (_, name: string) => UNESCAPED[name] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Plain text of a Markdown body (for summaries, feeds and meta descriptions). */
export function markdownToText(markdown: string): string {
  return htmlToText(parse(markdown));
}

/** The start of plain text, cut at a word and marked with "…" when cut. */
export function cutText(text: string, length: number): string {
  if (text.length <= length) return text;
  // One character more, so a cut that falls just before a space keeps its last whole word.
  const cut = text.slice(0, length + 1);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > 0 ? space : length)}…`;
}

/** The length of the excerpt stored with each request (the request cards show it). */
export const EXCERPT_LENGTH = 180;

/** The start of a Markdown body as plain text, cut at a word and marked with "…" when cut. */
export function excerpt(markdown: string, length = EXCERPT_LENGTH): string {
  return cutText(markdownToText(markdown), length);
}

/**
 * The columns stored with a request whenever its title, body, country or region is written: the
 * sanitised HTML of the body, its excerpt, and the text full-text search reads. One Markdown parse.
 */
export function renderRequestText(request: {
  title: string;
  body: string;
  country: string | null;
  regionName: string;
}): { bodyHtml: string; excerpt: string; searchText: string } {
  const parsed = parse(request.body);
  const bodyText = htmlToText(parsed);
  return {
    bodyHtml: sanitizeHtml(parsed, allowed),
    excerpt: cutText(bodyText, EXCERPT_LENGTH),
    searchText: requestSearchText({ ...request, bodyText }),
  };
}

/** The column stored with an update whenever its body is written: the body's sanitised HTML. */
export function renderUpdateText(body: string): { bodyHtml: string } {
  return { bodyHtml: renderMarkdown(body) };
}
