import { describe, expect, it } from "vitest";
import { chooseSense, family, inFixedPhrase, synonymOf } from "./vocabulary";
import { senses } from "../wordnet";
import type { Synset } from "../wordnet";
import { run } from "./test-helpers";

const TEXT = [
  "The minister was reticent about the plan and would not discuss it with reporters.",
  "Her vigilance during the long night kept the whole crew safe from danger. Her attention never lapsed.",
  "The company faced retaliation from rivals after it cut its prices.",
  "Villagers described the storm as catastrophic for the harvest.",
  "The judge gave an ambiguous answer that pleased nobody.",
  "The report blamed the disaster on complacency among the managers.",
  "Their reconciliation after years of bitter argument surprised everyone.",
  "The speech was full of exaggeration and sarcasm about the opposition.",
].join("\n\n");

describe("vocabulary in context", () => {
  const cs = run(family, TEXT);
  it("asks what a less-common word means as used in its paragraph, with WordNet meanings as options", () => {
    const c = cs.find((x) => x.body.prompt.includes('"vigilance"'))!;
    expect(c.body.prompt).toMatch(/^As used in paragraph 2, what does "vigilance" most nearly mean\?/);
    expect(c.key[0]).toMatch(/attention/);
    expect(c.distractors).toHaveLength(3);
    for (const d of c.distractors) expect(d.toLowerCase()).not.toContain("vigil");
  });
  it("never asks a noun fixed in a phrase ('in accordance with', 'on behalf of')", () => {
    const toks = (s: string) => s.split(" ").map((lower) => ({ lower }));
    expect(inFixedPhrase(toks("written in accordance with the rules"), 2)).toBe(true);
    expect(inFixedPhrase(toks("spoke on behalf of the crew"), 2)).toBe(true);
    expect(inFixedPhrase(toks("the accordance of the two reports"), 1)).toBe(false);
    expect(inFixedPhrase(toks("in retaliation the rivals cut prices"), 1)).toBe(false);
  });
  it("never asks an everyday word", () => {
    for (const c of cs) expect(c.body.prompt).not.toMatch(/"(minister|company|night|answer|prices)"/);
  });
});

describe("chooseSense", () => {
  const sense = (offset: number, gloss: string, words: string[] = []): Synset => ({ offset, pos: "noun", words, gloss, examples: [], lexFile: 4 });
  const regime = [
    sense(1, "the organization that is the governing authority of a political unit", ["government", "authorities"]),
    sense(2, "a systematic plan (as of diet and exercise) intended to improve your health", ["regimen"]),
    sense(3, "the period during which a particular administration or government is in office"),
  ];
  it("keeps the sense the context confirms", () => {
    expect(chooseSense(regime, new Set(["strict", "diet", "exercise", "health"]))?.x.offset).toBe(2);
  });
  it("drops the word when the context confirms no sense, however usual one sense is", () => {
    expect(chooseSense(regime, new Set(["strict", "rules", "followed"]))).toBeUndefined();
  });
  it("takes a sense over the first one only when the context speaks twice as clearly", () => {
    const collaborate = [
      sense(1, "work together on a common enterprise of project"),
      sense(2, "cooperate as a traitor"),
    ];
    expect(chooseSense(collaborate, new Set(["rats", "task", "traitor"]))).toBeUndefined();
    expect(chooseSense(collaborate, new Set(["rats", "traitor", "cooperate"]))?.x.offset).toBe(2);
  });
  it("drops a rare sense even when the context shares its words", () => {
    const magnitude = [
      sense(1, "the property of relative size or extent"),
      sense(2, "relative importance"),
      sense(3, "a number assigned to the ratio of two quantities"),
    ];
    expect(chooseSense(magnitude, new Set(["number", "ratio", "blunder"]))).toBeUndefined();
  });
});

describe("vocabulary: one-word options for adjectives and adverbs", () => {
  const TEXT2 = [
    "The internationally renowned painter opened a small gallery beside the harbour on Saturday.",
    "The council approved an expensive plan for the old market after a long and bitter debate.",
    "Local people were furious about the noisy building work near the primary school.",
    "The festival was a massive success and the organisers were delighted with the crowds.",
    "A powerful storm damaged several boats and left the narrow streets flooded for days.",
    "The mayor gave a brief speech and thanked the volunteers for their remarkable patience.",
  ].join("\n\n");
  const cs = run(family, TEXT2);
  it("keys a common synonym and offers the article's other adjectives, which fit the sentence", () => {
    const c = cs.find((x) => x.body.prompt.includes('"renowned"'))!;
    expect(c.key[0]).toMatch(/^(famous|noted|celebrated|famed|notable|illustrious)$/);
    expect(c.distractors).toHaveLength(3);
    for (const d of c.distractors) expect(d).toMatch(/^[a-z]+$/);
    expect(c.body.explanation).toContain(`"${c.key[0]}"`);
  });
  it("asks no adjective or adverb it cannot give one-word options for", () => {
    const t = run(family, "The runner quickly admitted the offence and was promptly handed a long ban from the sport. " + TEXT2);
    expect(t.filter((x) => x.body.prompt.includes('"promptly"'))).toEqual([]);
  });
  it("never offers a proper adjective as a distractor ('african')", () => {
    const t = run(family, "Leaders of the African Union held a lengthy meeting with the American envoy in the Ethiopian capital. " + TEXT2);
    expect(t.length).toBeGreaterThan(0);
    for (const c of t) for (const d of c.distractors) expect(d).not.toMatch(/^(african|american|ethiopian)$/);
  });
  it("never offers a distractor that defines the word, or a word of a hyphenated compound", () => {
    const t = run(family, "Moving around the city has become difficult and time-consuming for most people. " + TEXT2);
    expect(t.filter((x) => x.body.prompt.includes('"consuming"'))).toEqual([]);
    for (const c of cs) for (const d of c.distractors) expect(c.body.explanation).not.toContain(` ${d} `);
  });
});

describe("synonymOf", () => {
  const ask = (w: string, sentence: string[] = []) => synonymOf({ tok: { lower: w } as never, pos: "adj", sense: senses(w, "adj")[0]! }, sentence);
  it("gives a common synonym whose own first meaning is the word's", () => {
    expect(ask("renowned")).toBe("famous");
    expect(ask("upcoming")).toBe("approaching");
  });
  it("gives none whose first meaning is another ('loyal' for 'patriotic themes', 'scrawny' for 'stunted growth')", () => {
    expect(ask("patriotic")).toBeUndefined();
    expect(ask("stunted")).toBeUndefined();
  });
  it("gives none that is mostly a noun ('fugitive' for 'momentary': set D)", () => {
    expect(ask("momentary")).not.toBe("fugitive");
  });
  it("gives none the sentence already uses", () => {
    expect(ask("renowned", ["famous", "artist"])).not.toBe("famous");
  });
});
