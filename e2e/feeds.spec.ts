// A feed reader subscribes: RSS 2.0 and JSON Feed 1.1 of the published requests and updates, and a
// region's RSS. Read-only (other tests add requests and updates meanwhile): no exact counts.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test } from "./fixtures";

/** The seed bulletin's requests, by region. */
const SEED = {
  africa: "Ongoing trafficking cases in Ghana",
  "latin-america": "An open door to continue our work protecting children from sexual violence",
  "south-asia": "A young woman recently rescued from sex trafficking as she begins to heal",
  "southeast-asia": "IJM and our partners in Northern Thailand gathered in Chiang Mai to celebrate",
  global: "Churches that have already signed up to host a Freedom Sunday service this year",
};

const RFC_822 =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

interface RssItem {
  title: string;
  link: string;
  guid: { "#text": string; "@_isPermaLink": string };
  pubDate: string;
  description?: string;
  category?: string[];
}

interface RssChannel {
  title: string;
  link: string;
  description: string;
  "atom:link"?: { "@_href": string; "@_rel": string }[];
  item?: RssItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === "item" || name === "category" || name === "atom:link",
});

function readRss(xml: string): RssChannel {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as { rss: { "@_version": string; channel: RssChannel } };
  expect(doc.rss["@_version"]).toBe("2.0");
  const { channel } = doc.rss;
  expect(channel.title).toBeTruthy();
  expect(channel.description).toBeTruthy();
  for (const item of channel.item ?? []) {
    expect(item.title).toBeTruthy();
    expect(item.pubDate).toMatch(RFC_822);
    expect(item.guid["#text"]).toBe(item.link);
    expect(item.guid["@_isPermaLink"]).toBe("true");
  }
  return channel;
}

function expectNewestFirst(times: number[]) {
  expect(times.every((t) => Number.isFinite(t))).toBe(true);
  expect(times).toEqual([...times].sort((a, b) => b - a));
}

test("/feed.xml is RSS 2.0 of the published requests, newest first", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  const channel = readRss(await response.text());
  expect(channel.link).toBe(`${baseURL}/`);
  expect(channel["atom:link"]).toContainEqual(
    expect.objectContaining({ "@_href": `${baseURL}/feed.xml`, "@_rel": "self" }),
  );
  const items = channel.item ?? [];
  const titles = items.map((i) => i.title);
  for (const title of Object.values(SEED)) expect(titles).toContain(title);
  expectNewestFirst(items.map((i) => Date.parse(i.pubDate)));
  for (const item of items) {
    expect(item.link).toMatch(new RegExp(`^${baseURL}/requests/\\d+(#update-\\d+)?$`));
    expect(item.description ?? "").not.toMatch(/<script/i);
  }
  // A link leads to the request's page.
  const ghana = items.find((i) => i.title === SEED.africa)!;
  expect(ghana.category).toEqual(expect.arrayContaining(["Africa", "Ghana"]));
  const page = await request.get(new URL(ghana.link).pathname);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(SEED.africa);
});

test("/feed.json is JSON Feed 1.1 of the same entries", async ({ request, baseURL }) => {
  const response = await request.get("/feed.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/feed+json; charset=utf-8");
  const feed = (await response.json()) as {
    version: string;
    title: string;
    home_page_url: string;
    feed_url: string;
    items: {
      id: string;
      url: string;
      title: string;
      content_html: string;
      date_published: string;
      tags: string[];
    }[];
  };
  expect(feed).toMatchObject({
    version: "https://jsonfeed.org/version/1.1",
    home_page_url: `${baseURL}/`,
    feed_url: `${baseURL}/feed.json`,
  });
  expect(feed.title).toBeTruthy();
  const ids = feed.items.map((i) => i.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const title of Object.values(SEED)) expect(feed.items.map((i) => i.title)).toContain(title);
  for (const item of feed.items) {
    expect(typeof item.id).toBe("string");
    expect(item.url).toMatch(new RegExp(`^${baseURL}/requests/\\d+(#update-\\d+)?$`));
    expect(item.content_html).toBeTruthy();
    expect(item.content_html).not.toMatch(/<script/i);
    expect(item.date_published).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
    );
  }
  expectNewestFirst(feed.items.map((i) => Date.parse(i.date_published)));
  expect(feed.items.find((i) => i.title === SEED["south-asia"])?.tags).toContain("South Asia");
});

test("a region's feed carries only that region", async ({ request, baseURL }) => {
  const response = await request.get("/regions/south-asia/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  const channel = readRss(await response.text());
  expect(channel.title).toContain("South Asia");
  expect(channel["atom:link"]).toContainEqual(
    expect.objectContaining({
      "@_href": `${baseURL}/regions/south-asia/feed.xml`,
      "@_rel": "self",
    }),
  );
  const items = channel.item ?? [];
  expect(items.map((i) => i.title)).toContain(SEED["south-asia"]);
  expect(items.map((i) => i.title)).not.toContain(SEED.africa);
  for (const item of items) expect(item.category).toContain("South Asia");
  expectNewestFirst(items.map((i) => Date.parse(i.pubDate)));
});

test("an unknown region has no feed", async ({ request }) => {
  expect((await request.get("/regions/atlantis/feed.xml")).status()).toBe(404);
  expect((await request.get("/regions/Not%20A%20Region/feed.xml")).status()).toBe(404);
});

test("the footer's Subscribe link explains every feed, and each address it gives answers", async ({
  page,
  request,
  expectAccessible,
}) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Subscribe" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Subscribe" })).toBeVisible();
  for (const heading of [
    "All regions",
    "One region",
    "Calendar",
    "By e-mail",
    "For church web teams",
  ])
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  const addresses = await page
    .locator("code a")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
  expect(addresses).toEqual(
    expect.arrayContaining(["/feed.xml", "/feed.json", "/regions/africa/feed.xml"]),
  );
  for (const address of addresses) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
  }
  await expectAccessible();
});
