import { describe, expect, it } from "vitest";
import { sentenceIndexAt, sentencesToRead, wordAt } from "./speech";

const text = "The bridge reopened. It cost €14 million!\n\nEngineers were pleased.";

describe("read-aloud plan", () => {
  it("reads every sentence in order, with offsets into the article", () => {
    const s = sentencesToRead(text);
    expect(s.map((x) => x.text)).toEqual(["The bridge reopened.", "It cost €14 million!", "Engineers were pleased."]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it("turns a boundary event into the word being spoken", () => {
    const [, second] = sentencesToRead(text);
    const w = wordAt(second!, 3);
    expect(text.slice(w.start, w.end)).toBe("cost");
    const given = wordAt(second!, 8, 3);
    expect(text.slice(given.start, given.end)).toBe("€14");
  });

  it("finds the sentence an offset falls in", () => {
    const s = sentencesToRead(text);
    expect(sentenceIndexAt(s, 0)).toBe(0);
    expect(sentenceIndexAt(s, s[2]!.start + 2)).toBe(2);
    expect(sentenceIndexAt(s, 10_000)).toBe(0);
  });
});
