import { describe, expect, it } from "vitest";
import { findArticleGaps, findTextGaps, mergeRanges, overlapsMostly, segmentParagraph, sentenceOfSpan, splitParagraphs, splitSentences, withGaps } from "./article-segments";

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

describe("findTextGaps", () => {
  const gapsIn = (t: string) => {
    const [p] = splitParagraphs(t);
    return findTextGaps(p!).map((g) => `${t.slice(Math.max(0, g - 8), g)}|${t.slice(g, g + 6)}`);
  };

  it("does not mark a quotation introduced by a verb of saying without a comma", () => {
    expect(gapsIn(`The campaigner Anna Walker said "We've chosen to reach out to every customer in the country."`)).toEqual([]);
  });

  it("finds a quotation that opens where the lead-in words are missing", () => {
    expect(gapsIn(`the town of Diabaly, in central "They took Diabaly after fierce fighting," he said.`)).toEqual([
      `central |"They `,
    ]);
  });

  it("finds a sentence that starts after a dangling preposition, and a paragraph cut off mid-word", () => {
    expect(gapsIn("Their arms dealers in Asked how France knew, he said: a specialist in strategic intell")).toEqual([
      "lers in |Asked ",
      "c intell|",
    ]);
  });

  it("finds a new sentence starting with a lowercase noun phrase or a pronoun after a dangling preposition", () => {
    expect(gapsIn("One of the main factions, said on The French interior minister, Manuel Valls, said so.")).toEqual(["said on |The Fr"]);
    expect(gapsIn("The officers handed the case to They said it was closed.")).toEqual(["case to |They s"]);
  });

  it("finds a quotation that never closes, where the reporter's sentence takes over", () => {
    const t = `Valls told Le Parisien. "We won't give in to terrorists. Like other countries, Mathieu Guidère, a specialist, said he believed it.`;
    expect(gapsIn(t)).toEqual(["ntries, |Mathie"]);
  });

  it("lets a quotation run on when the next paragraph opens with a quotation mark", () => {
    const t = `He said: "We are ready. Like other countries, Paris Match reported the plan.\n"And we will act," he added.`;
    const [first, second] = splitParagraphs(t);
    expect(findTextGaps(first!, second)).toEqual([]);
    expect(findArticleGaps(splitParagraphs(t))).toEqual([]);
  });

  it("leaves sound prose alone: quotes after a comma or colon, short quoted names, titles, closing punctuation", () => {
    expect(gapsIn(`Le Drian said: "We knew the key spots would be there." It is called "Serval". He said, "Yes we will go there."`)).toEqual([]);
    expect(gapsIn(`Forces have threatened retaliation to "hit the heart of France".`)).toEqual([]);
    expect(gapsIn("He is the author of The New Terrorists, and he wrote in The Guardian that it was so.")).toEqual([]);
    expect(gapsIn(`"We will stay," he said, "as long as it takes, Mr Hollande said."`)).toEqual([]);
  });

  it("marks the Serval article in all four places where its words are missing, and nowhere else", async () => {
    const { readFileSync } = await import("node:fs");
    const file = JSON.parse(readFileSync("quizzes/serval.quiz.json", "utf8")) as { article: { text: string } };
    const fixture = readFileSync("tests/fixtures/serval-article.txt", "utf8");
    for (const text of [file.article.text, fixture]) {
      const around = findArticleGaps(splitParagraphs(text)).map((g) => text.slice(g - 8, g + 5));
      expect(around).toEqual([`central "They`, "said on The F", "ntries, Mathi", "lers in Asked"]);
    }
  });
});

describe("withGaps", () => {
  it("cuts segments at gaps and flags where the marker goes, keeping the text whole", () => {
    const t = `in central "They took Diabaly after fierce fighting today and more`;
    const [p] = splitParagraphs(t);
    const pieces = withGaps(segmentParagraph(p!, []), findTextGaps(p!));
    expect(pieces.map((s) => s.text).join("")).toBe(t);
    expect(pieces.map((s) => [s.gapBefore, s.gapAfter])).toEqual([
      [false, false],
      [true, true],
    ]);
  });
});
