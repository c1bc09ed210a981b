import { describe, expect, it } from "vitest";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { gradeQuestion } from "@/lib/quiz/grade";
import type { Question } from "@/lib/quiz/schema";
import { canonicalQuiz, exportQuiz, importQuiz, FormatError, type FormatId } from "./index";
import { sampleQuiz } from "./fixtures/sample-quiz";
import { keyView, roundTrip } from "./roundtrip";

/** Types each format keeps whole, by our documented mapping (docs/formats.md). */
const KEPT: Record<FormatId, Question["type"][]> = {
  json: ["single", "multiple", "truefalse", "numeric", "short", "blank", "ordering", "matching"],
  qti: ["single", "multiple", "truefalse", "numeric", "short", "blank", "ordering", "matching"],
  moodle: ["single", "multiple", "truefalse", "numeric", "short", "blank", "ordering", "matching"],
  gift: ["single", "multiple", "truefalse", "numeric", "short", "matching"],
  aiken: ["single"],
};

/** A response that earns full marks, written in option texts so renumbered ids still match. */
function rightResponse(q: Question): unknown {
  switch (q.type) {
    case "single":
    case "truefalse":
    case "numeric":
      return q.answer;
    case "multiple":
    case "ordering":
      return q.answer;
    case "short":
      return q.answer[0];
    case "blank":
      return q.answer.map((a) => a[0]);
    case "matching":
      return q.answer;
    default:
      return undefined;
  }
}

describe.each(Object.keys(KEPT) as FormatId[])("%s", (format) => {
  const { first, imported, rebuilt } = roundTrip(sampleQuiz, format);
  const byPrompt = new Map(imported.quiz.questions.map((q) => [q.prompt, q]));

  it.each(sampleQuiz.questions.map((q) => [q.type, q] as const))("%s: keeps what the format can hold, and reports the rest", (type, original) => {
    const back = byPrompt.get(original.prompt);
    if (!KEPT[format].includes(type)) {
      expect(back).toBeUndefined();
      expect(first.losses.some((l) => l.questionId === original.id && l.kind === "dropped")).toBe(true);
      return;
    }
    expect(back, `${type} came back`).toBeDefined();
    const expected = keyView(original);
    const got = keyView(back!);
    if (format === "aiken") {
      // Aiken holds the prompt, the options and the key only.
      expect({ prompt: got.prompt, options: got.options, answer: got.answer }).toEqual({ prompt: expected.prompt, options: expected.options, answer: expected.answer });
      return;
    }
    if (format === "gift" && type === "numeric") {
      expect({ ...got, unit: undefined, unitAliases: [] }).toEqual({ ...expected, unit: undefined, unitAliases: [] });
      expect(first.losses.some((l) => l.questionId === original.id && /unit/.test(l.message))).toBe(true);
      return;
    }
    if (format === "gift" && type === "matching") {
      // GIFT has no distractors: the extra right-hand choice is dropped and reported.
      expect({ ...got, right: undefined }).toEqual({ ...expected, right: undefined });
      expect(first.losses.some((l) => l.questionId === original.id && /distractor/.test(l.message))).toBe(true);
      return;
    }
    expect(got).toEqual(expected);
    // Same scoring: full marks for the key, none for an empty answer, on the imported question.
    expect(gradeQuestion(back!, rightResponse(back!)).points).toBe(back!.points);
    expect(gradeQuestion(back!, undefined).points).toBe(0);
  });

  it("export → import → export gives the same file", () => {
    const second = exportQuiz(rebuilt, format);
    expect(Buffer.from(second.body).equals(Buffer.from(first.body))).toBe(true);
    expect(second.exported).toBe(first.exported);
  });

  it("keeps the article where the format can hold it", () => {
    if (format === "aiken") expect(imported.quiz.article).toBeNull();
    else expect(imported.quiz.article?.text).toBe(sampleQuiz.article.text);
  });
});

describe("JSON", () => {
  it("is lossless", () => {
    const { imported } = roundTrip(sampleQuiz, "json");
    expect(imported.quiz.questions).toEqual(sampleQuiz.questions);
    expect(imported.quiz.article).toEqual(sampleQuiz.article);
  });

  it("skips one invalid question and keeps the rest, with the original text", () => {
    const file = JSON.parse(JSON.stringify(sampleQuiz));
    file.questions[1].answer = ["nope"];
    const r = importQuiz(strToU8(JSON.stringify(file)));
    expect(r.quiz.questions).toHaveLength(sampleQuiz.questions.length - 1);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]!.original).toContain('"nope"');
    expect(r.skipped[0]!.reason).toMatch(/answer/);
  });
});

describe("QTI scores as Readcheck does", () => {
  const files = exportQtiFiles();
  it("multiple select maps +points/k per right option and −points/k per wrong one, floored at 0", () => {
    const item = files.get("items/allies.xml")!;
    expect(item).toContain('<qti-mapping lower-bound="0" upper-bound="3" default-value="0">');
    expect(item).toContain('map-key="chad" mapped-value="1"');
    expect(item).toContain('map-key="ghana" mapped-value="-1"');
  });
  it("every item references the one shared stimulus", () => {
    for (const [path, xml] of files) if (path.startsWith("items/")) expect(xml).toContain('<qti-assessment-stimulus-ref identifier="article" href="../article.xml"');
  });
});

function exportQtiFiles(): Map<string, string> {
  const out = exportQuiz(sampleQuiz, "qti");
  return new Map(Object.entries(unzipSync(out.body)).map(([k, v]) => [k, strFromU8(v)]));
}

describe("canonical article text", () => {
  it("collapses spaces and keeps evidence on the same words", () => {
    const text = "One  two.\n\n\n   Three   four.";
    const quiz = { ...sampleQuiz, article: { ...sampleQuiz.article, text }, questions: [{ ...sampleQuiz.questions[0]!, evidence: [{ start: text.indexOf("Three"), end: text.length }] }] };
    const c = canonicalQuiz(quiz);
    expect(c.article.text).toBe("One two.\n\nThree four.");
    const span = c.questions[0]!.evidence[0]!;
    expect(c.article.text.slice(span.start, span.end)).toBe("Three four.");
  });
});

describe("format detection and wrong files", () => {
  it.each([
    ["binary", new Uint8Array([0, 1, 2, 3, 255])],
    ["an HTML page", strToU8("<html><body>hi</body></html>")],
    ["QTI 2.1", strToU8('<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="x"/>')],
    ["plain prose", strToU8("Just some words, no questions at all.")],
    ["a JSON list", strToU8("[1, 2, 3]")],
  ])("refuses %s with a message naming the problem", (_, bytes) => {
    expect(() => importQuiz(bytes)).toThrow(FormatError);
  });

  it("refuses an empty and an oversized file", () => {
    expect(() => importQuiz(new Uint8Array())).toThrow(/empty/);
    expect(() => importQuiz(new Uint8Array(5_000_001).fill(65))).toThrow(/larger than/);
  });

  it("says when the chosen format and the file disagree", () => {
    expect(() => importQuiz(exportQuiz(sampleQuiz, "gift").body, { format: "moodle" })).toThrow(/looks like GIFT/);
  });
});
