// The parser's warnings and doubts reach staff in their language (the import screen passes them
// through lib/i18n/use-translate-message.ts): each one the parser can say has a key in
// lib/i18n/message-keys.ts and a translation, and each parser key there is one it still says.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { messageKeyOf, serverMessageKeys } from "@/lib/i18n/message-keys";
import { translateMessage } from "@/lib/i18n/server-messages";
import { FRENCH } from "./layouts/fr";
import { HELD_OUT } from "./layouts/held-out";
import { PORTUGUESE } from "./layouts/pt";
import { SPANISH } from "./layouts/es";
import { TUNING } from "./layouts/tuning";
import { parseBulletinWithConfidence } from "./parser";

const SEED = readFileSync(new URL("../../seed/ijm-prayer-request.txt", import.meta.url), "utf8");

/** Bulletins that make the parser doubt, each in its own way. */
const DOUBTFUL = [
  "",
  `${"A very long first line that goes on and on about the week ".repeat(3)}\n\nAfrica\n\nPray for the court in Kenya as the trial resumes this week.`,
  "Prayer bulletin\n\nAfrica\n\nSouth Asia\n\nPray for the survivors in India as they rebuild their lives.",
  "Prayer bulletin\n\nNordic Outreach\n\nPray for the new partners in Norway as they begin.",
  "Prayer bulletin\n\nPray for our finance team as the year closes and plans are made.",
  "Prayer bulletin\n\nThe team in Kenya gave thanks.",
  "Prayer bulletin\n\nHello friends, thank you for praying.",
  `Prayer bulletin\n\nAfrica\n\nPray for the team in Kenya. ${"They work long days in court and in the field. ".repeat(25)}`,
  "Prayer bulletin\n\nPray for:\n\nThe court in Kenya as the trial resumes next week.",
  "Prayer bulletin\n\nPraise:\n\nThe court in Kenya as the trial resumes next week.",
  "Prayer bulletin\n\nKenya and Uganda\n\nPray for the trial that resumes in Kampala this week.",
  "Prayer bulletin\n\nOur partners\n\nPray for the team in Peru as they meet officials.",
  "Prayer bulletin\n\nPray for the team in Peru as they meet officials this week.",
  "Prayer bulletin\n\nFrom the Field\n\nPray for the team in Kenya as they meet officials.\n\nPray for the team in Uganda too.\n\nPray for the families waiting for news this week.",
  "Prayer bulletin\n\nAfrica\n\nPraise Reports\n\nThe court in Kenya ruled for the survivors this week.",
  "Prayer bulletin\n\nAfrica\n\nThank God that the court ruled, and pray for the survivors in Kenya now.",
];

const texts = [
  SEED,
  ...[...TUNING, ...HELD_OUT, ...SPANISH, ...FRENCH, ...PORTUGUESE].map((l) => l.text),
  ...DOUBTFUL,
];

const said = new Set<string>();
for (const text of texts) {
  const { draft, confidence } = parseBulletinWithConfidence(text);
  for (const warning of draft.warnings) said.add(warning);
  for (const item of confidence) for (const reason of item.reasons) said.add(reason);
}

describe("the parser's warnings and doubts", () => {
  it("each has a key, and is translated into Spanish, French and Portuguese", () => {
    expect(said.size).toBeGreaterThan(10);
    for (const text of said) {
      expect(messageKeyOf(text)?.key, text).toMatch(/^parser\./);
      for (const locale of ["es", "fr", "pt"] as const)
        expect(translateMessage(text, locale), `${locale}: ${text}`).not.toBe(text);
    }
  });

  it("each parser key in lib/i18n/message-keys.ts is one the parser still says", () => {
    const keys = new Set([...said].map((text) => messageKeyOf(text)?.key));
    const unsaid = Object.values(serverMessageKeys).filter(
      (key) => key.startsWith("parser.") && !keys.has(key),
    );
    expect(unsaid).toEqual([]);
  });

  it("keeps the heading the staff member wrote inside the translated words", () => {
    const { draft } = parseBulletinWithConfidence(DOUBTFUL[3]!);
    const warning = draft.warnings.find((w) => w.includes("Nordic Outreach"))!;
    expect(translateMessage(warning, "es")).toBe(
      "Encabezado de región desconocido “Nordic Outreach”: sus elementos van a una nueva región propuesta «nordic-outreach».",
    );
  });
});
