// The language step of proxy.ts: a visitor who names no language reads English with no cookie set
// (a cookie would keep the page out of the page caches for nothing); one who names another
// language, or chose one before, is sent to it and the choice is remembered.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

function visit(path: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));
}

describe("proxy: the language of a page", () => {
  it("sets no cookie for a visitor whose browser names no language", () => {
    for (const path of ["/requests", "/", "/requests?q=court"]) {
      const response = visit(path);
      expect(response.headers.get("location"), path).toBeNull();
      expect(response.headers.getSetCookie(), path).toEqual([]);
    }
  });

  it("still sends a first visit in French to the French page, and remembers a choice", () => {
    const french = visit("/requests", { "accept-language": "fr-FR,fr;q=0.9" });
    expect(new URL(french.headers.get("location")!).pathname).toBe("/fr/requests");
    const chosen = visit("/requests", { cookie: "NEXT_LOCALE=pt" });
    expect(new URL(chosen.headers.get("location")!).pathname).toBe("/pt/requests");
    // English asked by a browser that chose French before: the cookie follows the page's language.
    const back = visit("/es/requests", { cookie: "NEXT_LOCALE=fr" });
    expect(back.headers.getSetCookie().join()).toContain("NEXT_LOCALE=es");
  });
});
