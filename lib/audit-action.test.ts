// Every action the data layer records reads back into a key (so the history is translated), found
// by reading the recordAudit calls in the source, with their run-time parts filled in.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAuditAction } from "./audit-action";

const dataDir = path.resolve(import.meta.dirname, "data");

/** Each ${…} of the recorded actions, and the values it can have. */
const PARTS: Record<string, string[]> = {
  '${changed.join(", ")}': ["title, body"],
  "${bulletinId}": ["12"],
  "${status}": ["answered", "open"],
  "${locale}": ["es"],
  '${safetyConfirmed.length ? " despite safety flags (confirmed on the command line)" : ""}': [
    " despite safety flags (confirmed on the command line)",
    "",
  ],
};

function expand(template: string): string[] {
  const part = Object.keys(PARTS).find((p) => template.includes(p));
  if (!part) {
    if (template.includes("${")) throw new Error(`a part this test does not know: ${template}`);
    return [template];
  }
  return PARTS[part]!.flatMap((value) => expand(template.replace(part, value)));
}

/** The `action:` texts of lib/data (with the lines a ternary continues on), each part filled in. */
function recordedActions(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dataDir)) {
    if (!name.endsWith(".ts") || name.endsWith(".test.ts")) continue;
    const lines = readFileSync(path.join(dataDir, name), "utf8").split("\n");
    lines.forEach((line, i) => {
      const at = line.search(/\baction:\s/);
      if (at < 0) return;
      let expression = line.slice(at);
      for (let j = i + 1; j < lines.length && /^\s*[?:]/.test(lines[j]!); j++)
        expression += lines[j];
      // What a condition compares with (input.kind === "update") is not an action.
      expression = expression.replace(/[!=]==\s*"[^"]*"/g, "");
      for (const literal of expression.matchAll(/`((?:[^`\\]|\\.)*)`|"([^"]*)"/g)) {
        const source = literal[1] ?? literal[2]!;
        // A permission ("church.manage") or a column, not an audit action.
        if (/^[a-z]+(\.[a-zA-Z]+)+$/.test(source)) continue;
        out.push(...expand(source));
      }
    });
  }
  return out;
}

describe("audit actions", () => {
  it("each one the data layer records has a key", () => {
    const actions = recordedActions();
    expect(actions).toContain("published");
    expect(actions).toContain("edited title, body (bulletin 12)");
    for (const action of actions) expect(parseAuditAction(action), action).not.toBeNull();
  });

  it("reads the parts back", () => {
    expect(parseAuditAction("edited title, verseText")).toEqual({
      key: "edited",
      fields: ["title", "verseText"],
      bulletinId: null,
      language: null,
    });
    expect(parseAuditAction("edited body (bulletin 7)")).toMatchObject({
      key: "editedInBulletin",
      fields: ["body"],
      bulletinId: "7",
    });
    expect(parseAuditAction("saved the fr translation")).toMatchObject({
      key: "savedTranslation",
      language: "fr",
    });
    expect(parseAuditAction("marked open")?.key).toBe("markedOpen");
    expect(parseAuditAction("something new")).toBeNull();
  });
});
