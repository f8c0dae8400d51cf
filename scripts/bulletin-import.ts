// CLI: `npm run bulletin:import -- FILE [--dry-run] [--confirm-safety]` parses a bulletin text file
// into a draft; with --dry-run it prints the draft as JSON and writes nothing, without it saves the
// draft unpublished — after the survivor-safety check, which refuses flagged text unless
// --confirm-safety says the person running it checked the flags (recorded in the audit log).
import { readFileSync, statSync } from "node:fs";
import { register } from "node:module";
import { MAX_BULLETIN_CHARS, parseBulletin, type BulletinDraft } from "../lib/bulletin/parser";
import { bulletinTexts, checkPublicText } from "../lib/safety/check";

const USAGE = "Usage: npm run bulletin:import -- FILE [--dry-run] [--confirm-safety]";

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): {
  file: string;
  dryRun: boolean;
  confirmSafety: boolean;
} {
  const files: string[] = [];
  let dryRun = false;
  let confirmSafety = false;
  for (const arg of argv) {
    if (arg === "--dry-run") dryRun = true;
    else if (arg === "--confirm-safety") confirmSafety = true;
    else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`Unknown option ${arg}.`);
    else files.push(arg);
  }
  const [file, ...extra] = files;
  if (file === undefined) throw new UsageError("Name the bulletin file to import.");
  if (extra.length > 0) throw new UsageError("Import one bulletin file at a time.");
  return { file, dryRun, confirmSafety };
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

async function save(draft: BulletinDraft, safetyConfirmed: string[]): Promise<unknown> {
  // The data layer is marked server-only (for Next.js); outside React's server environment that guard
  // has nothing to guard, so resolve it to an empty module before loading the data layer.
  register(
    "data:text/javascript," +
      encodeURIComponent(
        'export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }',
      ),
  );
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
  const { file, dryRun, confirmSafety } = parseArgs(argv);
  const draft = parseBulletin(readBulletin(file));
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bulletin:import: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof UsageError) console.error(USAGE);
    process.exit(1);
  },
);
