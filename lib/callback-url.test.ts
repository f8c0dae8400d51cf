// Open redirects: every known way of smuggling another site into callbackUrl ends at "/".
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

const origin = "https://pray.example.org";
const decoded = (s: string) => decodeURIComponent(s);

describe("safeCallbackPath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeCallbackPath("/requests/3", origin)).toBe("/requests/3");
    expect(safeCallbackPath("/requests?region=africa&page=2#r4", origin)).toBe(
      "/requests?region=africa&page=2#r4",
    );
    expect(safeCallbackPath("https://pray.example.org/me", origin)).toBe("/me");
    expect(safeCallbackPath("/join/abc%2Fdef", origin)).toBe("/join/abc%2Fdef");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    decoded("/%09/evil.example"),
    decoded("/%0A/evil.example"),
    decoded("/%0D%0A/evil.example"),
    decoded("%2F%2Fevil.example"),
    decoded("/%5Cevil.example"),
    "http:evil.example",
    "http:/evil.example",
    "http://evil.example/",
    "HTTP://evil.example",
    " //evil.example",
    "\u0000//evil.example",
    "//pray.example.org@evil.example",
    "https://pray.example.org.evil.example/",
    "https://evil.example\\@pray.example.org",
    "javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/.//evil.example",
    "https://pray.example.org//evil.example",
    "",
    "x".repeat(3_000),
  ])("sends %j home", (raw) => {
    expect(safeCallbackPath(raw, origin)).toBe("/");
  });

  it("reads a scheme-relative path as a browser would: on this site", () => {
    // On an https site "https:evil.example" is a relative path; on an http site, another host.
    expect(safeCallbackPath("https:evil.example", origin)).toBe("/evil.example");
    expect(safeCallbackPath("https:evil.example", "http://127.0.0.1:3000")).toBe("/");
  });

  it("gives the root for the plainly hostile ones", () => {
    for (const raw of ["//evil.example", "/\\evil.example", "/\t/evil.example"])
      expect(safeCallbackPath(raw, origin)).toBe("/");
    expect(safeCallbackPath(undefined, origin)).toBe("/");
    expect(safeCallbackPath(["/a"], origin)).toBe("/");
  });
});
