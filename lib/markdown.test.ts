// Unit tests for Markdown rendering: known XSS vectors (OWASP filter-evasion style) must come out
// harmless, ordinary Markdown must render as written, and the plain-text helpers must give plain text.
import fc from "fast-check";
import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import {
  excerpt,
  htmlToText,
  markdownToText,
  renderMarkdown,
  renderRequestText,
  renderUpdateText,
} from "./markdown";

/** The tags renderMarkdown may emit, and the attributes each may carry. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  p: [],
  br: [],
  strong: [],
  em: [],
  b: [],
  i: [],
  ul: [],
  ol: [],
  li: [],
  blockquote: [],
  a: ["href", "title", "rel"],
  code: [],
  pre: [],
  h3: [],
  h4: [],
  hr: [],
};

interface Tag {
  name: string;
  attributes: Record<string, string>;
}

/**
 * Every tag in the output, with its attributes' decoded values. htmlparser2 is the parser
 * sanitize-html itself uses, so it reads the output as the sanitiser meant it.
 */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  const parser = new Parser(
    { onopentag: (name, attributes) => tags.push({ name, attributes }) },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return tags;
}

/**
 * A URL's scheme as a browser sees it: browsers drop ASCII whitespace and control characters in
 * and around a URL before reading the scheme ("java\tscript:" is "javascript:"). Null when relative.
 */
function schemeOf(url: string): string | null {
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(squeezed);
  return m?.[1] ?? null;
}

const DANGEROUS_SCHEMES = new Set(["javascript", "vbscript", "data", "livescript", "mocha"]);

/** Checks output of renderMarkdown for anything that could run script or leave the allow-list. */
function expectHarmless(html: string): void {
  const lower = html.toLowerCase();
  for (const tag of [
    "<script",
    "<iframe",
    "<object",
    "<embed",
    "<style",
    "<form",
    "<svg",
    "<math",
    "<meta",
    "<base",
    "<link",
    "<img",
    "<input",
    "<details",
    "<body",
  ]) {
    expect(lower).not.toContain(tag);
  }
  // Event handlers, read from the raw tags too in case a parser disagrees about where a tag ends.
  // Quoted values are dropped first: an escaped title="a&quot; onclick=…" is text, not a handler.
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    expect(tag.replace(/"[^"]*"|'[^']*'/g, '""')).not.toMatch(/\son[a-z]+\s*=/i);
  }
  for (const { name, attributes } of tagsOf(html)) {
    const allowed = ALLOWED[name];
    expect(allowed, `tag <${name}> is not on the allow-list`).toBeDefined();
    for (const [attribute, value] of Object.entries(attributes)) {
      expect(allowed, `<${name} ${attribute}> is not allowed`).toContain(attribute);
      expect(attribute).not.toMatch(/^on/);
      const scheme = schemeOf(value);
      if (scheme !== null)
        expect(DANGEROUS_SCHEMES.has(scheme), `${attribute}="${value}"`).toBe(false);
      if (attribute === "href" && scheme !== null)
        expect(["http", "https", "mailto"]).toContain(scheme);
    }
  }
}

/** OWASP XSS filter-evasion style vectors, as raw HTML and as Markdown. */
const VECTORS: readonly string[] = [
  // Script elements
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
  "<ScRiPt>alert(1)</sCrIpT>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "<<script>script>alert(1)<</script>/script>",
  '<script\tsrc="https://xss.example/x.js"></script>',
  "<!--<script>alert(1)</script>-->",
  "<![CDATA[<script>alert(1)</script>]]>",
  // Images and event handlers
  "<img src=x onerror=alert(1)>",
  "<IMG SRC=\"javascript:alert('XSS');\">",
  "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
  '<img """><script>alert(1)</script>">',
  "<img src=x onerror=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  "<details open ontoggle=alert(1)>",
  "<body onload=alert(1)>",
  "<input autofocus onfocus=alert(1)>",
  "<video><source onerror=alert(1)></video>",
  "<marquee onstart=alert(1)>x</marquee>",
  "<x onclick=alert(1)>click me</x>",
  '<p onmouseover="alert(1)">hover</p>',
  '<a href="https://example.org" onclick="alert(1)">x</a>',
  // Frames, plugins, forms, documents
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<math href="javascript:alert(1)">x</math>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  "<isindex type=image src=1 onerror=alert(1)>",
  // Styles
  "<style>body{background:url(javascript:alert(1))}</style>",
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<a href="https://example.org/" style="x:expression(alert(1))">x</a>',
  // javascript:, vbscript: and data: links in HTML
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  "<a href=javascript:alert(1)>x</a>",
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
  '<a href="javascript&#0000058alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="jav&#x41;script:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="java&#x0A;script:alert(1)">x</a>',
  '<a href="java&#x0D;script:alert(1)">x</a>',
  '<a href="&#x01;javascript:alert(1)">x</a>',
  '<a href="&#14;javascript:alert(1)">x</a>',
  '<a href="\u0000javascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">x</a>',
  "<a title='\"><script>alert(1)</script>'>x</a>",
  '<a href="https://example.org" title="x" onmouseover="alert(1)">x</a>',
  // The same in Markdown
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](javascript&#58;alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](&#x6A;avascript&#x3A;alert(1))",
  "[x]( javascript:alert(1))",
  "[x](<javascript:alert(1)>)",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  '[x](https://example.org" onclick="alert(1))',
  "[x](https://example.org 'a\" onmouseover=\"alert(1)')",
  "[x][1]\n\n[1]: javascript:alert(1)",
  "<javascript:alert(1)>",
  "![x](javascript:alert(1))",
  '![x](x" onerror="alert(1))',
  "![x](https://example.org/x.png)",
  '![x" onerror="alert(1)](https://example.org/x.png)',
  "**<script>alert(1)</script>**",
  "> <iframe src=https://example.org></iframe>",
  "- <svg onload=alert(1)>",
  "`<script>alert(1)</script>` and <script>alert(2)</script>",
  '<a href="javascript:alert(1)">[x](javascript:alert(2))</a>',
];

describe("renderMarkdown against XSS vectors", () => {
  it("has at least thirty vectors", () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(VECTORS)("renders %j harmlessly", (vector) => {
    expectHarmless(renderMarkdown(vector));
  });

  it("renders every vector harmlessly when they share one document", () => {
    expectHarmless(renderMarkdown(VECTORS.join("\n\n")));
    expectHarmless(renderMarkdown(VECTORS.join(" ")));
  });

  it("keeps the text of a dangerous link, without the link target", () => {
    expect(renderMarkdown("[read more](javascript:alert(1))")).toBe(
      '<p><a rel="noopener noreferrer nofollow">read more</a></p>\n',
    );
  });

  it("shows script written in code as text", () => {
    expect(renderMarkdown("`<script>alert(1)</script>`")).toBe(
      "<p><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></p>\n",
    );
  });

  it("drops protocol-relative links, which would leave the site on an unknown scheme", () => {
    const [link] = tagsOf(renderMarkdown('<a href="//evil.example/x">x</a>'));
    expect(link?.attributes.href).toBeUndefined();
  });
});

describe("renderMarkdown with ordinary Markdown", () => {
  it("renders emphasis", () => {
    expect(renderMarkdown("Pray *today* for **justice** and _healing_.")).toBe(
      "<p>Pray <em>today</em> for <strong>justice</strong> and <em>healing</em>.</p>\n",
    );
  });

  it("renders lists", () => {
    expect(renderMarkdown("- Ghana\n- Kenya")).toBe(
      "<ul>\n<li>Ghana</li>\n<li>Kenya</li>\n</ul>\n",
    );
    expect(renderMarkdown("1. Pray\n2. Give")).toBe("<ol>\n<li>Pray</li>\n<li>Give</li>\n</ol>\n");
  });

  it("renders blockquotes", () => {
    expect(renderMarkdown("> May he defend the afflicted.")).toBe(
      "<blockquote>\n<p>May he defend the afflicted.</p>\n</blockquote>\n",
    );
  });

  it("renders https links that cannot reach back to this window", () => {
    expect(renderMarkdown("Read [the report](https://www.ijm.org/report).")).toBe(
      '<p>Read <a href="https://www.ijm.org/report" rel="noopener noreferrer nofollow">the report</a>.</p>\n',
    );
    expect(renderMarkdown('[IJM](https://www.ijm.org "International Justice Mission")')).toBe(
      '<p><a href="https://www.ijm.org" title="International Justice Mission" rel="noopener noreferrer nofollow">IJM</a></p>\n',
    );
  });

  it("sets rel on links written in HTML too, and drops target", () => {
    expect(renderMarkdown('<a href="https://example.org" rel="opener" target="_blank">x</a>')).toBe(
      '<p><a href="https://example.org" rel="noopener noreferrer nofollow">x</a></p>\n',
    );
  });

  it("keeps mailto and http links", () => {
    const hrefs = tagsOf(
      renderMarkdown("[mail](mailto:prayer@example.org) [old](http://example.org)"),
    )
      .filter((t) => t.name === "a")
      .map((t) => t.attributes.href);
    expect(hrefs).toEqual(["mailto:prayer@example.org", "http://example.org"]);
  });

  it("puts headings under the page's own", () => {
    expect(renderMarkdown("# Ghana\n\n## Kenya\n\n##### Tema")).toBe(
      "<h3>Ghana</h3>\n<h3>Kenya</h3>\n<h4>Tema</h4>\n",
    );
  });

  it("renders code blocks and rules", () => {
    expect(renderMarkdown("```\nline\n```\n\n---")).toBe(
      "<pre><code>line\n</code></pre>\n<hr />\n",
    );
  });

  it("drops images, which the allow-list does not include", () => {
    expect(renderMarkdown("![a survivor](https://example.org/photo.jpg)")).toBe("<p></p>\n");
  });
});

describe("markdownToText and excerpt", () => {
  it("give plain text, not HTML", () => {
    expect(markdownToText("**Pray** for [IJM](https://www.ijm.org)\n\n- one\n- two")).toBe(
      "Pray for IJM one two",
    );
    expect(markdownToText('Tom & Jerry say 1 < 2 & "yes" &copy; &amp;lt;')).toBe(
      'Tom & Jerry say 1 < 2 & "yes" © &lt;',
    );
  });

  it("drop script and style content", () => {
    expect(markdownToText("Hello <script>alert(1)</script><style>p{}</style>world")).toBe(
      "Hello world",
    );
  });

  it("cut at a word", () => {
    expect(excerpt("Pray for justice in Ghana", 16)).toBe("Pray for justice…");
    expect(excerpt("Short", 16)).toBe("Short");
    expect(excerpt("Tom & Jerry", 5)).toBe("Tom &…");
  });
});

describe("rendered once when written", () => {
  it("stores what the pages used to render: the HTML, the excerpt and the search text", () => {
    const body = "Pray for **São Paulo**: [the report](https://example.org) <script>x()</script>";
    expect(
      renderRequestText({
        title: "A hearing",
        body,
        country: "Brazil",
        regionName: "Latin America",
      }),
    ).toEqual({
      bodyHtml: renderMarkdown(body),
      excerpt: excerpt(body),
      searchText: "a hearing a hearing brazil latin america pray for sao paulo the report",
    });
    expect(renderUpdateText(body)).toEqual({ bodyHtml: renderMarkdown(body) });
  });

  it("stores every XSS vector harmlessly", () => {
    for (const vector of VECTORS)
      expectHarmless(
        renderRequestText({ title: "t", body: vector, country: null, regionName: "r" }).bodyHtml,
      );
  });

  it("gives the same text from the stored HTML as from the Markdown (property)", () => {
    const piece = fc.constantFrom(
      ...VECTORS,
      "*",
      "**",
      "[",
      "](",
      ")",
      "<",
      ">",
      "&",
      "&amp;",
      "&lt;",
      "`",
      "\n\n",
      "# ",
      "- ",
      "> ",
      "<textarea>",
      "<style>",
      "Tom & Jerry",
    );
    const markdown = fc
      .array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 10 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(markdown, (md) => {
        expect(htmlToText(renderMarkdown(md))).toBe(markdownToText(md));
      }),
      { numRuns: 1000 },
    );
  });
});
