import { describe, expect, it } from "vitest";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { canonicalQuiz, exportQuiz, importQuiz, FormatError } from "./index";
import { sampleQuiz } from "./fixtures/sample-quiz";
import { roundTrip } from "./roundtrip";

// Every (format, type) round trip is in capabilities.test.ts; these are the details around it.

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
  it("select-evidence is a hottext over the article's sentences: +points/k per key sentence, −points/k per other pick", () => {
    const item = files.get("items/proof.xml")!;
    const sentence = "Chad, Nigeria and Togo sent troops too.";
    const id = `S_${sampleQuiz.article.text.indexOf(sentence)}_${sampleQuiz.article.text.indexOf(sentence) + sentence.length}`;
    expect(item).toContain('<qti-hottext-interaction response-identifier="RESPONSE" max-choices="1">');
    expect(item).toContain(`<qti-hottext identifier="${id}">${sentence}</qti-hottext>`);
    expect(item).toContain('<qti-mapping lower-bound="0" upper-bound="2" default-value="-2">');
    expect(item).toContain(`<qti-map-entry map-key="${id}" mapped-value="2"/>`);
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
