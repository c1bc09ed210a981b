import { describe, expect, it } from "vitest";
import type { Candidate } from "./questions";
import { MIN_SCORE, select } from "./rank";
import { segment } from "./sentences";

const doc = segment("One sentence here now. Two sentence here now.\n\nThree sentence here now. Four sentence here now.");
const onePara = segment("One sentence here now. Two sentence here now. Three sentence here now.");
const cand = (sentence: number, score: number, type: "single" | "numeric" = "single", facts: string[] = []): Candidate => ({
  body: { type: "truefalse", prompt: `q${sentence}-${score}`, answer: true, explanation: "x", evidence: [{ start: 0, end: 5 }], skill: "detail", difficulty: 1 } as Candidate["body"],
  score,
  sentences: [sentence],
  facts,
  key: [],
  distractors: [],
  family: type,
});

describe("select", () => {
  it("uses a sentence once and a fact once", () => {
    const out = select(onePara, [cand(0, 3), cand(0, 2.9), cand(1, 2.5, "single", ["f"]), cand(2, 2.4, "single", ["f"])], 10);
    expect(out.map((c) => c.sentences[0])).toEqual([0, 1]);
  });

  it("drops candidates below the bar even when fewer than asked remain", () => {
    const out = select(doc, [cand(0, MIN_SCORE - 0.1), cand(1, 2)], 10);
    expect(out).toHaveLength(1);
  });

  it("spreads picks across paragraphs", () => {
    const out = select(doc, [cand(0, 3), cand(1, 2.9), cand(2, 2.7)], 2);
    expect(out.map((c) => c.sentences[0])).toEqual([0, 2]);
  });

  it("returns at most the count asked for", () => {
    expect(select(doc, [cand(0, 3), cand(1, 3), cand(2, 3), cand(3, 3)], 2)).toHaveLength(2);
  });
});
