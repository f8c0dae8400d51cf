// The server's messages in the reader's language: every English message the code can answer with
// has a key in lib/i18n/message-keys.ts (found by reading the source), the map's English is the
// English catalogue's, and translations fill in numbers, dates and nested messages.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "@/lib/validation/zod";
import en from "@/messages/en/validation.json";
import { messagesOf, SAMPLE } from "./message-scan";
import {
  messageKeyOf,
  requestLocale,
  serverMessageKeys,
  translateFieldErrors,
  translateMessage,
  zodErrorMap,
} from "./server-messages";

const root = path.resolve(import.meta.dirname, "../..");

/** Messages the scan finds that no reader sees. */
const NOT_SHOWN_TO_READERS = new Set([
  // /api/health, for the operators' monitoring.
  "The database is not reachable.",
]);

function filesIn(dir: string): string[] {
  return readdirSync(path.join(root, dir))
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .map((name) => path.join(root, dir, name));
}

/** Where the server's messages come from. */
function sourceFiles(): string[] {
  const routes = readdirSync(path.join(root, "app/api"), { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => path.join(root, "app/api", file))
    // Only the routes built with jsonRoute answer through the translation.
    .filter((file) => /\bjsonRoute\s*[<(]/.test(readFileSync(file, "utf8")));
  return [
    ...filesIn("lib/validation"),
    ...filesIn("lib/data"),
    ...[
      "lib/http.ts",
      "lib/request-body.ts",
      "lib/permissions.ts",
      "lib/freedom-sunday.ts",
      "lib/safety/check.ts",
      "lib/safety/pii.ts",
      "lib/api-client.ts",
    ].map((file) => path.join(root, file)),
    ...routes,
  ];
}

function catalogueMessage(key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      en as unknown,
    );
}

describe("the server's messages", () => {
  const found = sourceFiles().flatMap((file) => messagesOf(file, root));

  it("are found in the source (the scan itself works)", () => {
    const texts = new Set(found.map((m) => m.text));
    // A zod message, a helper's message per label, a constant, a data-layer refusal, a rule function.
    for (const text of [
      "Choose a time zone from the list",
      "The title is too long (at most 200 characters)",
      "An item's text is too long (at most 20,000 characters)",
      "Use at least 10 characters",
      "This invite link is not valid.",
      "There is no such request.",
      "Only an administrator can do this.",
      "That date has passed.",
      `Freedom Sunday is on a Sunday: ${SAMPLE} is a ${SAMPLE}.`,
      "Cross-site requests are not accepted.",
    ])
      expect(texts, text).toContain(text);
  });

  it("each has a key in lib/i18n/message-keys.ts", () => {
    const missing = found
      .filter((m) => !NOT_SHOWN_TO_READERS.has(m.text) && messageKeyOf(m.text) === null)
      .map((m) => `${m.file}:${m.line} ${m.text}`);
    expect(missing, "messages to add to lib/i18n/message-keys.ts and the catalogues").toEqual([]);
  });

  it("each entry of the map is a message the code still sends", () => {
    const sent = found.map((m) => m.text);
    const stale = Object.keys(serverMessageKeys).filter(
      (english) =>
        // parseRequestFilters' "<problem>: “<value>”" has no words of its own for the scan to see.
        english !== "{problem}: “{value}”" &&
        // The parser's words are checked by running it (lib/bulletin/parser-messages.test.ts).
        !serverMessageKeys[english as keyof typeof serverMessageKeys].startsWith("parser.") &&
        !sent.some((text) => messageKeyOf(text)?.key === messageKeyOf(english)?.key),
    );
    expect(stale, "entries (and catalogue keys) no code sends any more").toEqual([]);
  });

  it("the map's English is the English catalogue's, key for key", () => {
    const differ = Object.entries(serverMessageKeys)
      .filter(([english, key]) => catalogueMessage(key) !== english)
      .map(([english, key]) => `${key}: "${english}" ≠ "${String(catalogueMessage(key))}"`);
    expect(differ).toEqual([]);
  });

  it("each is translated into every other language", () => {
    for (const { text } of found)
      for (const locale of ["es", "fr", "pt"] as const)
        if (!NOT_SHOWN_TO_READERS.has(text) && !/^\W*$/.test(text))
          expect(translateMessage(text, locale), `${locale}: ${text}`).not.toBe(text);
  });
});

describe("translateMessage", () => {
  it("leaves English and unknown messages as they are", () => {
    expect(translateMessage("Choose a time zone from the list", "en")).toBe(
      "Choose a time zone from the list",
    );
    expect(translateMessage("Something nobody wrote", "es")).toBe("Something nobody wrote");
  });

  it("translates a fixed message", () => {
    expect(translateMessage("Choose a time zone from the list", "es")).toBe(
      "Elija una zona horaria de la lista",
    );
    expect(translateMessage("Please sign in first.", "fr")).toBe(
      "Veuillez d’abord vous connecter.",
    );
    expect(translateMessage("There is no such church.", "pt")).toBe("Essa igreja não existe.");
  });

  it("fills in a pattern's numbers in the reader's way of writing them", () => {
    expect(translateMessage("An item's text is too long (at most 20,000 characters)", "es")).toBe(
      "El texto de un elemento es demasiado largo (máximo 20.000 caracteres)",
    );
    expect(translateMessage("Use at least 10 characters", "pt")).toBe(
      "Use pelo menos 10 caracteres",
    );
    expect(
      translateMessage("Request 1234 cannot be featured: only open, published requests can.", "fr"),
    ).toBe(
      "Le sujet de prière 1234 ne peut pas être mis en avant : seuls les sujets ouverts et publiés peuvent l’être.",
    );
  });

  it("writes a date and its weekday in the reader's language", () => {
    expect(
      translateMessage("Freedom Sunday is on a Sunday: 30 November 2026 is a Monday.", "es"),
    ).toBe("El Domingo de la Libertad es un domingo: el 30 de noviembre de 2026 es lunes.");
    expect(
      translateMessage("Freedom Sunday is on a Sunday: 30 November 2026 is a Monday.", "fr"),
    ).toBe("Le Dimanche de la Liberté tombe un dimanche : le 30 novembre 2026 est un lundi.");
  });

  it("translates a message inside a message, and keeps what the reader typed", () => {
    expect(translateMessage("Unknown region: “Atlantis!”", "es")).toBe(
      "Región desconocida: “Atlantis!”",
    );
    expect(translateMessage("There is no region “atlantis”.", "pt")).toBe(
      "Não existe a região “atlantis”.",
    );
  });

  it("translates every field error", () => {
    expect(
      translateFieldErrors({ email: "Enter your email address", other: "Not ours" }, "fr"),
    ).toEqual({ email: "Saisissez votre adresse e-mail", other: "Not ours" });
  });
});

describe("the request's language", () => {
  const request = (headers: Record<string, string>) =>
    new Request("http://localhost/api/x", { method: "POST", headers });

  it("is the page's (the header), else the saved choice (the cookie), else English", () => {
    expect(requestLocale(request({ "x-intercede-locale": "pt" }))).toBe("pt");
    expect(requestLocale(request({ "x-intercede-locale": "fr", cookie: "NEXT_LOCALE=es" }))).toBe(
      "fr",
    );
    expect(requestLocale(request({ cookie: "a=1; NEXT_LOCALE=es; b=2" }))).toBe("es");
    expect(requestLocale(request({}))).toBe("en");
  });

  it("ignores a language the app does not speak", () => {
    expect(requestLocale(request({ "x-intercede-locale": "de", cookie: "NEXT_LOCALE=fr" }))).toBe(
      "fr",
    );
    expect(
      requestLocale(request({ "x-intercede-locale": "../en", cookie: "NEXT_LOCALE=xx" })),
    ).toBe("en");
  });
});

describe("zod's own words", () => {
  it("are in the reader's language for a rule without a message; a rule's message wins", () => {
    const schema = z.object({ a: z.string().max(2), b: z.string().min(1, "Enter your name") });
    const parsed = schema.safeParse({ a: "abc", b: "" }, { error: zodErrorMap("es") });
    expect(parsed.success).toBe(false);
    const [a, b] = parsed.error!.issues;
    expect(a!.message).toMatch(/^Demasiado grande/);
    expect(b!.message).toBe("Enter your name");
    expect(zodErrorMap("en")).toBeUndefined();
  });
});
