// Runs the bulletin:import CLI as staff would: --dry-run, bad input, and the safety check's refusal
// (none of which needs a database).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { BulletinDraft } from "../lib/bulletin/parser";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), "bulletin-import-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync("npx", ["tsx", "scripts/bulletin-import.ts", ...args], {
      cwd: ROOT,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
    });
    return { status: 0, stdout, stderr: "" };
  } catch (error) {
    const e = error as { status?: number | null; stdout?: string; stderr?: string };
    return { status: e.status ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("npm run bulletin:import -- FILE --dry-run", { timeout: 120_000 }, () => {
  it("prints the seed bulletin's draft as JSON", () => {
    const { status, stdout } = run(["seed/ijm-prayer-request.txt", "--dry-run"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\{\n {2}"title": "IJM Prayer Request",\n/);
    const draft = JSON.parse(stdout) as BulletinDraft;
    expect(draft.title).toBe("IJM Prayer Request");
    expect(draft.verse?.reference).toBe("Psalm 72:4");
    expect(draft.verse?.text).toMatch(/^May he defend the afflicted .* crush the oppressor\.$/);
    expect(draft.items.map((i) => [i.region, i.country, i.kind])).toEqual([
      ["africa", "Ghana", "request"],
      ["latin-america", "Bolivia", "praise"],
      ["south-asia", null, "request"],
      ["southeast-asia", "Thailand", "praise"],
      ["global", null, "praise"],
    ]);
    expect(draft.notes).toHaveLength(1);
    expect(draft.notes[0]).toMatch(/^IJM headquarters is located in the United States\./);
    expect(draft.warnings).toEqual([]);
  });

  it("exits non-zero with a message for a missing file", () => {
    const { status, stdout, stderr } = run(["seed/no-such-bulletin.txt", "--dry-run"]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("Cannot read seed/no-such-bulletin.txt");
  });

  it("exits non-zero for a file over the size limit and for a missing argument", () => {
    const big = path.join(scratch, "big.txt");
    writeFileSync(big, `Title\n\n${"Pray for Ghana. ".repeat(7_000)}`);
    const tooLong = run([big, "--dry-run"]);
    expect(tooLong.status).toBe(1);
    expect(tooLong.stderr).toContain("longer than 100,000 characters");

    const none = run(["--dry-run"]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("Usage: npm run bulletin:import -- FILE [--dry-run]");
  });

  it("refuses to save a bulletin the safety check flags, and touches no database", () => {
    const file = path.join(scratch, "names.txt");
    writeFileSync(
      file,
      "IJM Prayer Request\n\nLatin America\n\nPray for Maria Santos, 14, of El Alto, who testifies next week.\n",
    );
    const database = path.join(scratch, "must-not-exist.db");
    const refused = run([file], { ...process.env, DATABASE_URL: `file:${database}` });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("Maria Santos");
    expect(refused.stderr).toContain("Nothing was saved");
    expect(existsSync(database)).toBe(false);
  });
});
