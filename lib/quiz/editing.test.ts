import { describe, expect, it } from "vitest";
import { freshId, issuesUnder, move, newQuestion, splitArticle, toggleEvidence, toIssueMap, withEvidence } from "./editing";
import { questionSchema } from "./schema";

describe("splitArticle", () => {
  const text = 'First sentence here. "A quoted one!" he said.\n\nSecond paragraph? Yes.';
  const paragraphs = splitArticle(text);

  it("splits paragraphs on blank lines and sentences after terminal punctuation and closing quotes", () => {
    expect(paragraphs.map((p) => p.sentences.map((s) => s.text))).toEqual([
      ["First sentence here.", '"A quoted one!"', "he said."],
      ["Second paragraph?", "Yes."],
    ]);
  });

  it("keeps offsets into the original text", () => {
    for (const p of paragraphs) for (const s of p.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("toggleEvidence", () => {
  const a = { start: 0, end: 10 };
  const b = { start: 20, end: 30 };
  it("adds a sentence in article order and removes it again", () => {
    const added = toggleEvidence([b], a);
    expect(added).toEqual([a, b]);
    expect(toggleEvidence(added, a)).toEqual([b]);
  });
});

describe("editing helpers", () => {
  it("finds a fresh id", () => expect(freshId("q", ["q1", "q2"])).toBe("q3"));

  it("moves within bounds and ignores moves past the ends", () => {
    expect(move([1, 2, 3], 0, 2)).toEqual([2, 3, 1]);
    expect(move([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
  });

  it("starts a hand-written question invalid where the teacher must decide", () => {
    for (const type of ["single", "numeric", "short"] as const) {
      expect(questionSchema.safeParse(newQuestion(type, "q9")).success).toBe(false);
    }
  });

  it("maps server issue paths to fields and rewords zod", () => {
    const map = toIssueMap([
      { path: "quiz.questions.3.answer", message: "too small: expected array to have >=1 items" },
      { path: ["questions", 3, "evidence"], message: "Too small: expected array to have >=1 items" },
    ]);
    expect(map.get("questions.3.answer")).toEqual(["Mark at least one right answer."]);
    expect(issuesUnder(map, "questions.3")).toHaveLength(2);
    expect(issuesUnder(map, "questions.30")).toHaveLength(0);
  });
});

describe("withEvidence", () => {
  const spans = [{ start: 0, end: 10 }];
  it("sets an evidence question's key together with its evidence, and only the evidence of others", () => {
    const evidence = withEvidence(newQuestion("evidence", "q1"), spans);
    expect(evidence).toMatchObject({ evidence: spans, answer: spans });
    const single = withEvidence(newQuestion("single", "q2"), spans);
    expect(single).toMatchObject({ evidence: spans, answer: "" });
  });

  it("makes a hand-written evidence question valid once its prompt, explanation and key are filled in", () => {
    const q = { ...withEvidence(newQuestion("evidence", "q1"), spans), prompt: "Select the sentence that shows why.", explanation: "It says so." };
    expect(questionSchema.safeParse(q).success).toBe(true);
  });
});
