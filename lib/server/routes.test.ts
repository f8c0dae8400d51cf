// Route names for logs and metrics: a page is named without its language segment, whether the
// address carries a language (/es/requests/7) or is English's (/requests/7).
import { describe, expect, it } from "vitest";
import { routeTable } from "./routes";

const routes = routeTable({
  staticRoutes: [{ page: "/api/prayers" }, { page: "/feed.xml" }],
  dynamicRoutes: [
    { page: "/regions/[slug]/feed.xml", regex: "^/regions/([^/]+?)/feed\\.xml(?:/)?$" },
    { page: "/[locale]", regex: "^/([^/]+?)(?:/)?$" },
    { page: "/[locale]/requests/[id]", regex: "^/([^/]+?)/requests/([^/]+?)(?:/)?$" },
    { page: "/[locale]/join/[token]", regex: "^/([^/]+?)/join/([^/]+?)(?:/)?$" },
    { page: "/[locale]/[...rest]", regex: "^/([^/]+?)/(.+?)(?:/)?$" },
  ],
});

describe("the route table of an app under [locale]", () => {
  it("names pages without the language, in every language", () => {
    expect(routes.routeOf("/requests/7")).toBe("/requests/[id]");
    expect(routes.routeOf("/es/requests/7")).toBe("/requests/[id]");
    expect(routes.routeOf("/")).toBe("/");
    expect(routes.routeOf("/fr")).toBe("/");
    expect(routes.routeOf("/nothing/here")).toBe("/[...rest]");
  });

  it("keeps the routes outside any language as they are", () => {
    expect(routes.routeOf("/api/prayers")).toBe("/api/prayers");
    expect(routes.routeOf("/feed.xml")).toBe("/feed.xml");
    expect(routes.routeOf("/regions/africa/feed.xml")).toBe("/regions/[slug]/feed.xml");
  });

  it("redacts a secret segment with or without a language", () => {
    expect(routes.loggedPath("/join/abc.def")).toBe("/join/[redacted]");
    expect(routes.loggedPath("/pt/join/abc.def")).toBe("/pt/join/[redacted]");
  });
});
