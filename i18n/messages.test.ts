// Every catalogue against the English one: no key missing or extra, every key used by the code,
// every message valid ICU with the same placeholders, and nothing left in English.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { loadMessages, namespaces } from "./messages";
import { locales, type Locale } from "./routing";

/** Words that are the same in every language (names, formats). */
const SAME_EVERYWHERE = new Set([
  "Intercede",
  "RSS",
  "JSON Feed",
  "Freedom Sunday",
  "English",
  "Español",
  "Français",
  "Português",
  "E-mail",
  "Email",
  "OK",
  "Amen",
]);

type Flat = Map<string, string>;

function flatten(value: unknown, prefix: string, out: Flat) {
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object")
    for (const [key, inner] of Object.entries(value))
      flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  else throw new Error(`${prefix}: a message must be a string`);
}

async function flat(locale: Locale): Promise<Flat> {
  const out: Flat = new Map();
  flatten(await loadMessages(locale), "", out);
  return out;
}

/** The placeholders ({name}, {count, plural, …}) and rich tags (<link>) of a message. */
function argumentsOf(message: string, locale: Locale): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const element of elements as {
      type: number;
      value?: string;
      children?: unknown[];
      options?: Record<string, { value: unknown[] }>;
    }[]) {
      // Types 1–5 and 8 are arguments, plurals, selects and tags; 0 is text and 7 is #.
      if (element.value && [1, 2, 3, 4, 5, 6, 8].includes(element.type)) names.add(element.value);
      if (element.children) walk(element.children);
      if (element.options) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: false }).getAst());
  return [...names].sort();
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) sourceFiles(file, out);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(file);
  }
  return out;
}

describe("catalogues", async () => {
  const english = await flat("en");

  it("English has messages in every namespace", () => {
    for (const ns of namespaces)
      expect(
        [...english.keys()].some((k) => k.startsWith(`${ns}.`)),
        ns,
      ).toBe(true);
  });

  for (const locale of locales.filter((l) => l !== "en")) {
    it(`${locale}: the same keys as English, valid ICU with the same placeholders, translated`, async () => {
      const other = await flat(locale);
      const missing = [...english.keys()].filter((k) => !other.has(k));
      const extra = [...other.keys()].filter((k) => !english.has(k));
      expect(missing, `keys missing in ${locale}`).toEqual([]);
      expect(extra, `keys in ${locale} that English does not have`).toEqual([]);
      const mismatched: string[] = [];
      const untranslated: string[] = [];
      for (const [key, source] of english) {
        const message = other.get(key)!;
        if (argumentsOf(source, "en").join() !== argumentsOf(message, locale).join())
          mismatched.push(key);
        const words = source.replace(/\{[^}]*\}|<[^>]*>/g, "").trim();
        if (message === source && /[a-z]{2}/i.test(words) && !SAME_EVERYWHERE.has(words))
          untranslated.push(`${key}: ${source}`);
      }
      expect(mismatched, `${locale} messages whose placeholders differ from English`).toEqual([]);
      expect(untranslated, `${locale} messages left in English`).toEqual([]);
    });
  }

  it("every English message is used by the code", () => {
    const root = path.resolve(import.meta.dirname, "..");
    const literals = new Set<string>();
    const prefixes = new Set<string>();
    for (const dir of ["app", "components", "lib", "i18n", "scripts"])
      for (const file of sourceFiles(path.join(root, dir))) {
        const text = readFileSync(file, "utf8");
        for (const match of text.matchAll(/["'`]([A-Za-z0-9_.]+)["'`]/g)) literals.add(match[1]!);
        // A key built at run time (t(`kinds.${kind}`)) covers every key under that prefix.
        for (const match of text.matchAll(/`([A-Za-z0-9_.]+\.)\$\{/g)) prefixes.add(match[1]!);
      }
    const unused = [...english.keys()].filter((full) => {
      const key = full.slice(full.indexOf(".") + 1);
      if (literals.has(key) || literals.has(full)) return false;
      return ![...prefixes].some((p) => key.startsWith(p) || full.startsWith(p));
    });
    expect(unused, "messages no code asks for").toEqual([]);
  });
});
