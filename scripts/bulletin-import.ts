// CLI: `npm run bulletin:import -- FILE [--dry-run] [--confirm-safety]` parses a bulletin text file
// into a draft; with --dry-run it prints the draft as JSON and writes nothing, without it saves the
// draft unpublished — after the survivor-safety check, which refuses flagged text unless
// --confirm-safety says the person running it checked the flags (recorded in the audit log).
// With `--translation-of ID --locale es|fr|pt` the file is the translation of bulletin ID: each item
// goes onto the original item of the same region and place (lib/bulletin/translation-import.ts).
import { readFileSync, statSync } from "node:fs";
import { register } from "node:module";
import { MAX_BULLETIN_CHARS, parseBulletin, type BulletinDraft } from "../lib/bulletin/parser";
import { translationFromDraft } from "../lib/bulletin/translation-import";
import { bulletinTexts, checkPublicText } from "../lib/safety/check";
import { bulletinTranslationSchema } from "../lib/validation/translations";

const USAGE =
  "Usage: npm run bulletin:import -- FILE [--dry-run] [--confirm-safety] [--translation-of ID --locale es|fr|pt]";

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): {
  file: string;
  dryRun: boolean;
  confirmSafety: boolean;
  translation: { bulletinId: number; locale: "es" | "fr" | "pt" } | null;
} {
  const files: string[] = [];
  let dryRun = false;
  let confirmSafety = false;
  let translationOf: string | null = null;
  let locale: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--dry-run") dryRun = true;
    else if (arg === "--confirm-safety") confirmSafety = true;
    else if (arg === "--translation-of") translationOf = argv[(i += 1)] ?? "";
    else if (arg === "--locale") locale = argv[(i += 1)] ?? "";
    else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`Unknown option ${arg}.`);
    else files.push(arg);
  }
  const [file, ...extra] = files;
  if (file === undefined) throw new UsageError("Name the bulletin file to import.");
  if (extra.length > 0) throw new UsageError("Import one bulletin file at a time.");
  if ((translationOf === null) !== (locale === null))
    throw new UsageError("A translation needs both --translation-of ID and --locale es|fr|pt.");
  let translation = null;
  if (translationOf !== null && locale !== null) {
    const bulletinId = Number(translationOf);
    if (!Number.isInteger(bulletinId) || bulletinId < 1)
      throw new UsageError("--translation-of takes a bulletin's number.");
    if (locale !== "es" && locale !== "fr" && locale !== "pt")
      throw new UsageError("--locale is es, fr or pt.");
    translation = { bulletinId, locale } as const;
  }
  return { file, dryRun, confirmSafety, translation };
}

function readBulletin(file: string): string {
  let text: string | null = null;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error("not a file");
    // A UTF-8 character is at most 4 bytes: a bigger file is over the limit without reading it.
    if (stat.size <= MAX_BULLETIN_CHARS * 4) text = readFileSync(file, "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code ??
      (error instanceof Error ? error.message : String(error));
    throw new Error(`Cannot read ${file} (${reason}).`);
  }
  if (text === null || text.length > MAX_BULLETIN_CHARS) {
    const limit = MAX_BULLETIN_CHARS.toLocaleString("en-US");
    throw new Error(`${file} is longer than ${limit} characters; import one bulletin at a time.`);
  }
  return text;
}

/** The data layer is marked server-only (for Next.js); outside React's server environment that
 * guard has nothing to guard, so it resolves to an empty module before the data layer loads. */
function allowDataLayer() {
  register(
    "data:text/javascript," +
      encodeURIComponent(
        'export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }',
      ),
  );
}

async function save(draft: BulletinDraft, safetyConfirmed: string[]): Promise<unknown> {
  allowDataLayer();
  const { saveBulletinDraft } = await import("../lib/data/bulletins");
  const { closeDb } = await import("../lib/data/db");
  try {
    return await saveBulletinDraft(draft, null, safetyConfirmed);
  } finally {
    await closeDb();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const { file, dryRun, confirmSafety, translation } = parseArgs(argv);
  const draft = parseBulletin(readBulletin(file));
  if (translation) return importTranslation(draft, translation, { dryRun, confirmSafety });
  if (dryRun) {
    process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
    return 0;
  }
  const safety = checkPublicText(bulletinTexts(draft), confirmSafety);
  if (!safety.ok) {
    console.error(`bulletin:import: ${safety.error} Nothing was saved.`);
    for (const place of safety.details.flags)
      for (const flag of place.flags) console.error(`  ${place.where}: ${flag.message}`);
    console.error("Edit the file, or run again with --confirm-safety once you have checked them.");
    return 2;
  }
  const id = await save(draft, safety.confirmed);
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
  console.log(
    `Saved bulletin ${String(id)} as an unpublished draft: ${count(draft.items.length, "item")}, ${count(draft.notes.length, "note")}.`,
  );
  for (const warning of draft.warnings) console.error(`warning: ${warning}`);
  return 0;
}

/** The file as the translation of an existing bulletin (after the same safety check). */
async function importTranslation(
  draft: BulletinDraft,
  target: { bulletinId: number; locale: "es" | "fr" | "pt" },
  options: { dryRun: boolean; confirmSafety: boolean },
): Promise<number> {
  allowDataLayer();
  const { bulletinItemRegions, importBulletinTranslation } =
    await import("../lib/data/translations");
  const { closeDb } = await import("../lib/data/db");
  try {
    const original = await bulletinItemRegions(target.bulletinId);
    if (original.length === 0) throw new Error(`Bulletin ${target.bulletinId} has no items.`);
    const found = translationFromDraft(draft, original);
    const parsed = bulletinTranslationSchema.safeParse(found);
    if (!parsed.success)
      throw new Error(parsed.error.issues[0]?.message ?? "The translation is incomplete.");
    if (options.dryRun) {
      process.stdout.write(`${JSON.stringify(parsed.data, null, 2)}\n`);
      return 0;
    }
    const safety = checkPublicText(bulletinTexts(parsed.data), options.confirmSafety);
    if (!safety.ok) {
      console.error(`bulletin:import: ${safety.error} Nothing was saved.`);
      for (const place of safety.details.flags)
        for (const flag of place.flags) console.error(`  ${place.where}: ${flag.message}`);
      return 2;
    }
    const saved = await importBulletinTranslation(
      target.bulletinId,
      target.locale,
      parsed.data,
      safety.confirmed,
    );
    if (!saved.ok) throw new Error(saved.error);
    console.log(
      `Saved the ${target.locale} translation of bulletin ${target.bulletinId}: ${found.items.length} of ${original.length} items (${found.extra} pasted items had no original).`,
    );
    return 0;
  } finally {
    await closeDb();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bulletin:import: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof UsageError) console.error(USAGE);
    process.exit(1);
  },
);
