// Markdown for request bodies and updates: rendered by marked, then sanitised by sanitize-html.
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

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

/** Renders Markdown to HTML that is safe to insert into a page. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, allowed);
}

// sanitize-html escapes the text it keeps (&, < and >); plain text needs them back, or React would
// show "Tom &amp; Jerry" for "Tom & Jerry". One pass, so "&amp;lt;" becomes "&lt;", not "<".
const ESCAPED = /&(amp|lt|gt|quot);/g;
const UNESCAPED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"' };

/**
 * Plain text of a Markdown body (for summaries, feeds and meta descriptions). It is text, not HTML:
 * whatever puts it into HTML must escape it, as React and Next's metadata do.
 */
export function markdownToText(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false }), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(ESCAPED, (_, name: string) => UNESCAPED[name] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The start of a Markdown body as plain text, cut at a word and marked with "…" when cut. */
export function excerpt(markdown: string, length = 180): string {
  const text = markdownToText(markdown);
  if (text.length <= length) return text;
  // One character more, so a cut that falls just before a space keeps its last whole word.
  const cut = text.slice(0, length + 1);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > 0 ? space : length)}…`;
}
