import { describe, expect, it } from "vitest";
import { mergeRanges, overlapsMostly, segmentParagraph, sentenceOfSpan, splitParagraphs, splitSentences } from "./article-segments";

const text = "First paragraph here.\n\nSecond one, longer. It ends.";

describe("splitParagraphs", () => {
  it("keeps absolute offsets of each paragraph", () => {
    const ps = splitParagraphs(text);
    expect(ps.map((p) => p.text)).toEqual(["First paragraph here.", "Second one, longer. It ends."]);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe("mergeRanges", () => {
  it("unites overlapping and touching ranges and drops empty ones", () => {
    expect(mergeRanges([{ start: 5, end: 9 }, { start: 0, end: 6 }, { start: 9, end: 12 }, { start: 20, end: 20 }])).toEqual([
      { start: 0, end: 12 },
    ]);
  });
});

describe("segmentParagraph", () => {
  const [first, second] = splitParagraphs(text);
  const evidence = { start: text.indexOf("here."), end: text.indexOf("longer.") + "longer.".length };

  it("cuts a span that crosses a paragraph break into one mark per paragraph", () => {
    const marks = [first!, second!].flatMap((p) => segmentParagraph(p, [evidence]).filter((s) => s.marked));
    expect(marks.map((m) => m.text)).toEqual(["here.", "Second one, longer."]);
    for (const m of marks) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("keeps the active evidence whole inside another question's mark", () => {
    const active = { start: text.indexOf("one,"), end: text.indexOf("one,") + 4 };
    const segs = segmentParagraph(second!, [evidence], [active]);
    expect(segs.filter((s) => s.active).map((s) => s.text)).toEqual(["one,"]);
    expect(segs.map((s) => s.text).join("")).toBe(second!.text);
  });
});

describe("splitSentences", () => {
  const article = 'Troops landed. "We will stay," he said. Why?\n\nA line without a stop\nand its next line. Last one.';

  it("ends a sentence after . ! ? and closing quotes, never across a line break, with absolute offsets", () => {
    const sentences = splitSentences(article);
    expect(sentences.map((s) => s.text)).toEqual([
      "Troops landed.",
      '"We will stay," he said.',
      "Why?",
      "A line without a stop",
      "and its next line.",
      "Last one.",
    ]);
    for (const s of sentences) expect(article.slice(s.start, s.end)).toBe(s.text);
  });

  it("finds the sentence a slightly different span stands for", () => {
    const sentences = splitSentences(article);
    const said = sentences[1]!;
    expect(sentenceOfSpan(sentences, { start: said.start + 1, end: said.end + 1 })).toEqual(said);
    expect(sentenceOfSpan(sentences, { start: said.end - 2, end: said.end + 3 })).toBeUndefined();
  });
});

describe("overlapsMostly", () => {
  it("wants more than half of the shorter range shared", () => {
    expect(overlapsMostly({ start: 0, end: 10 }, { start: 4, end: 20 })).toBe(true);
    expect(overlapsMostly({ start: 0, end: 10 }, { start: 5, end: 20 })).toBe(false);
    expect(overlapsMostly({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
  });
});
