// Measures the safety check before publishing on the labelled corpus: recall (identifying sentences
// flagged) and false alarms (safe sentences flagged), on the held-out fifth against the goals
// (recall ≥ 95 %, false alarms ≤ 10 %), and on the tuning four fifths for comparison.
import { describe, expect, it } from "vitest";
import { SAFETY_CORPUS, isHeldOut, type CorpusSentence } from "./corpus";
import { findPersonalIdentifiers } from "./pii";

const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ["Latin", /\p{Script=Latin}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
  ["Bengali", /\p{Script=Bengali}/u],
  ["Thai", /\p{Script=Thai}/u],
  ["Khmer", /\p{Script=Khmer}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
];

interface Score {
  caught: number;
  identifying: number;
  falseAlarms: number;
  safe: number;
  missed: CorpusSentence[];
  wronglyFlagged: CorpusSentence[];
}

function score(sentences: readonly CorpusSentence[]): Score {
  const result: Score = {
    caught: 0,
    identifying: 0,
    falseAlarms: 0,
    safe: 0,
    missed: [],
    wronglyFlagged: [],
  };
  for (const sentence of sentences) {
    const flagged = findPersonalIdentifiers(sentence.text).length > 0;
    if (sentence.identifying) {
      result.identifying++;
      if (flagged) result.caught++;
      else result.missed.push(sentence);
    } else {
      result.safe++;
      if (flagged) {
        result.falseAlarms++;
        result.wronglyFlagged.push(sentence);
      }
    }
  }
  return result;
}

const percent = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
const summary = (label: string, s: Score) =>
  `safety check ${label}: recall ${percent(s.caught, s.identifying)} (${s.caught}/${s.identifying}), ` +
  `false alarms ${percent(s.falseAlarms, s.safe)} (${s.falseAlarms}/${s.safe})`;

const heldOut = SAFETY_CORPUS.filter((_, i) => isHeldOut(i));
const tuning = SAFETY_CORPUS.filter((_, i) => !isHeldOut(i));

describe("the labelled corpus", () => {
  it("is big enough, has both labels and several scripts", () => {
    expect(SAFETY_CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(heldOut.some((s) => s.identifying)).toBe(true);
    expect(heldOut.some((s) => !s.identifying)).toBe(true);
    const scripts = SCRIPTS.filter(([, pattern]) =>
      SAFETY_CORPUS.some((s) => pattern.test(s.text)),
    );
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    expect(new Set(SAFETY_CORPUS.map((s) => s.text)).size).toBe(SAFETY_CORPUS.length);
  });

  it("holds out every fifth sentence", () => {
    expect(heldOut.length).toBe(Math.floor(SAFETY_CORPUS.length / 5));
    expect(heldOut.length + tuning.length).toBe(SAFETY_CORPUS.length);
  });

  it("gets flags that point at the text", () => {
    for (const { text } of SAFETY_CORPUS) {
      for (const flag of findPersonalIdentifiers(text)) {
        expect(text.slice(flag.index, flag.index + flag.match.length)).toBe(flag.match);
        expect(flag.message.length).toBeGreaterThan(0);
      }
    }
  });
});

describe("recall and false alarms", () => {
  // Only the figures are printed for the held-out fifth, never its sentences, so that whoever tunes
  // the heuristics next is not tempted to tune on them. The tuning set's misses are listed.
  it("meets the goals on the held-out fifth", () => {
    const s = score(heldOut);
    console.log(summary("held-out", s));
    expect(s.caught / s.identifying).toBeGreaterThanOrEqual(0.95);
    expect(s.falseAlarms / s.safe).toBeLessThanOrEqual(0.1);
  });

  it("meets the goals on the tuning four fifths", () => {
    const s = score(tuning);
    console.log(summary("tuning", s));
    for (const { why, text } of s.missed) console.log(`  missed (${why}): ${text}`);
    for (const { why, text } of s.wronglyFlagged) console.log(`  false alarm (${why}): ${text}`);
    expect(s.caught / s.identifying).toBeGreaterThanOrEqual(0.95);
    expect(s.falseAlarms / s.safe).toBeLessThanOrEqual(0.1);
  });
});
