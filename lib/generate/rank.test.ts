import { describe, expect, it } from "vitest";
import type { Candidate } from "./questions";
import { select } from "./rank";
import { segment } from "./sentences";

const doc = segment("One sentence here now. Two sentence here now.\n\nThree sentence here now. Four sentence here now.");
const many = segment(Array.from({ length: 12 }, (_, i) => `Sentence number ${i + 1} is here.`).join("\n\n"));
const onePara = segment("One sentence here now. Two sentence here now. Three sentence here now.");
const cand = (sentence: number, score: number, family = "single", facts: string[] = [], prompt = `q${sentence}-${score}`): Candidate => ({
  body: { type: "truefalse", prompt, answer: true, explanation: "x", evidence: [{ start: 0, end: 5 }], skill: "detail", difficulty: 1 } as Candidate["body"],
  score,
  sentences: [sentence],
  facts,
  key: [],
  distractors: [],
  family,
});
const ids = (out: { chosen: Candidate[] }) => out.chosen.map((c) => c.sentences[0]);

describe("select", () => {
  it("uses a sentence once and a fact once", () => {
    const out = select(onePara, [cand(0, 3), cand(0, 2.9), cand(1, 2.5, "a", ["f"]), cand(2, 2.4, "b", ["f"])], 10);
    expect(ids(out)).toEqual([0, 1]);
  });

  it("fills up with weaker candidates only when the good ones run out, never the weakest", () => {
    const out = select(doc, [cand(0, 0.9), cand(1, 1.5), cand(2, 2.5)], 10);
    expect(ids(out)).toEqual([2, 1]);
  });

  it("spreads picks across paragraphs", () => {
    const out = select(doc, [cand(0, 3), cand(1, 2.9, "b"), cand(2, 2.7, "c")], 2);
    expect(ids(out)).toEqual([0, 2]);
  });

  it("returns at most the count asked for", () => {
    expect(select(doc, [cand(0, 3), cand(1, 3, "b"), cand(2, 3, "c"), cand(3, 3, "d")], 2).chosen).toHaveLength(2);
  });

  it("never makes two gap-fills from one sentence: each would show the other's answer", () => {
    const gap = (score: number, fact: string): Candidate => ({ ...cand(0, score, "number", [fact]), body: { ...cand(0, score).body, prompt: `What number is missing? "Kenteris won _____ gold (${fact})"` } as Candidate["body"] });
    const out = select(onePara, [gap(2.6, "number:200"), gap(2.5, "number:100")], 10);
    expect(out.chosen).toHaveLength(1);
  });

  it("takes the required evidence question that rules out the least: not the one on a better question's fact", () => {
    // Evidence on sentence 0 would take the fact of the stronger "why" question there; the one on sentence 2 takes nothing.
    const out = select(many, [cand(0, 4.2, "cause-effect", ["cause:0"]), cand(0, 3.6, "evidence", ["cause:0"]), cand(2, 3.1, "evidence", ["role:1"])], 10);
    expect(out.chosen.map((c) => `${c.family}@${c.sentences[0]}`).sort()).toEqual(["cause-effect@0", "evidence@2"]);
  });

  it("takes a central-idea and an evidence question first, even when weaker", () => {
    const cs = [...Array.from({ length: 10 }, (_, i) => cand(i, 4, `f${i}`)), cand(10, 2.2, "central-idea"), cand(11, 2.1, "evidence")];
    const fams = select(many, cs, 10).chosen.map((c) => c.family);
    expect(fams).toContain("central-idea");
    expect(fams).toContain("evidence");
  });

  it("keeps single-sentence gap-fills to 30% of the quiz", () => {
    const cs = Array.from({ length: 12 }, (_, i) => cand(i, 3, `f${i}`, [], i < 8 ? `Fill: "Sentence _____ is here."` : `Question ${i}?`));
    const out = select(many, cs, 10).chosen;
    expect(out.filter((c) => c.body.prompt.includes("_____"))).toHaveLength(3);
  });

  it("mixes at least four families when the candidates allow", () => {
    const single = (c: Candidate): Candidate => ({ ...c, body: { ...c.body, type: "single", options: [{ id: "a", text: "x" }, { id: "b", text: "y" }], answer: "a" } as Candidate["body"] });
    const cs = [...Array.from({ length: 9 }, (_, i) => cand(i, 4 - i * 0.01, "name")), cand(9, 2.1, "a"), cand(10, 2.1, "b"), cand(11, 2.1, "c")].map(single);
    const fams = new Set(select(many, cs, 9).chosen.map((c) => c.family));
    expect(fams.size).toBeGreaterThanOrEqual(4);
  });

  it("rejects a candidate whose key is in another question's stem, naming the reason", () => {
    const short = (c: Candidate, key: string): Candidate => ({ ...c, key: [key], body: { ...c.body, type: "short", answer: [key] } as Candidate["body"] });
    const a = short(cand(0, 3, "a", [], "Who met Jane Smith in Paris?"), "Tom Brown");
    const b = short(cand(1, 2.5, "b", [], "Whom did Tom Brown meet?"), "Jane Smith");
    const out = select(doc, [a, b], 2);
    expect(out.chosen).toEqual([a]);
    expect(out.rejected.map((r) => r.reason)).toEqual(["key-in-other-stem"]);
  });

  const choice = (c: Candidate, key: string, others: string[], extra: Partial<Candidate> = {}): Candidate => ({
    ...c, key: [key], distractors: others, ...extra,
    body: { ...c.body, type: "single", options: [key, ...others].map((text, i) => ({ id: "abcd"[i]!, text })), answer: "a" } as Candidate["body"],
  });

  it("rejects a candidate whose key is stated inside another question's option (key-in-other-options)", () => {
    const a = choice(cand(0, 3, "a", [], "Which statement is true?"), "Jane Smith opened the school in May.", ["Ann Lee chairs the board.", "Bob Ray sold the farm.", "Kim Park left the town."]);
    const b = choice(cand(2, 2.5, "b", [], "Who opened the school?"), "Jane Smith", ["Kim Park", "Lou Diaz", "Max Wu"]);
    const out = select(doc, [a, b], 2);
    expect(out.chosen).toEqual([a]);
    expect(out.rejected.map((r) => r.reason)).toEqual(["key-in-other-options"]);
  });

  it("keeps a question whose key is only offered, as a bare option, by another question", () => {
    const a = choice(cand(0, 3, "a", [], "Who chairs the board?"), "Tom Brown", ["Jane Smith", "Ann Lee", "Bob Ray"]);
    const b = choice(cand(2, 2.5, "b", [], "Who opened the school?"), "Jane Smith", ["Kim Park", "Lou Diaz", "Max Wu"]);
    const out = select(doc, [a, b], 2);
    expect(out.chosen).toEqual([a, b]);
    expect(out.rejected).toEqual([]);
  });

  it("rejects a question on a sentence that another question shows as an option (key-in-other-options)", () => {
    const central = choice(cand(0, 3, "central-idea", [], "Which statement best expresses the central idea?"), "A", ["B", "C", "D"], { shows: [2] });
    const detail = cand(2, 2.5, "b", [], "How many?");
    const out = select(doc, [central, detail], 2);
    expect(out.chosen).toEqual([central]);
    expect(out.rejected.map((r) => r.reason)).toEqual(["key-in-other-options"]);
  });

  it("rejects a second question offering the same altered statement (reused-options)", () => {
    const a = choice(cand(0, 3, "a", [], "Which statement is true?"), "The school opened in May after two long years of building work.", ["The harbour wall was finished in June after three long years of work.", "x", "y"]);
    const b = choice(cand(2, 2.5, "b", [], "Which statement is true?"), "The farm was sold to a family from the town in the last spring.", ["The harbour wall was finished in July after three long years of work.", "z", "w"]);
    const out = select(doc, [a, b], 2);
    expect(out.chosen).toEqual([a]);
    expect(out.rejected.map((r) => r.reason)).toEqual(["reused-options"]);
  });

  it("rejects a true/false stating what an earlier question offers as an option (reused-options)", () => {
    const ts = choice(cand(0, 3, "true-statement", [], "Which statement is true?"), "The school opened in May after two long years of building work.", ["The harbour wall was finished in June after three long years of work.", "x", "y"]);
    const tf = cand(2, 2.5, "truefalse", [], "True or false? The harbour wall was finished in June after three long years of work.");
    const gap = cand(3, 2.4, "number", [], 'What number is missing? "Four _____ here now."');
    const out = select(doc, [ts, tf, gap], 3);
    expect(out.chosen).toEqual([ts, gap]);
    expect(out.rejected.map((r) => r.reason)).toEqual(["reused-options"]);
  });

  it("uses up the sentences a 'which is true' item offers altered: no other question asks about them", () => {
    const ts = choice(cand(0, 3, "true-statement", [], "Which statement is true?"), "A", ["B", "C", "D"], { alters: [2, 3] });
    const gap = cand(2, 2.5, "number", [], 'What number is missing? "Three _____ here now."');
    const other = cand(1, 2.4, "name", [], "Who?");
    const out = select(doc, [ts, gap, other], 3);
    expect(out.chosen).toEqual([ts, other]);
    expect(out.rejected.map((r) => r.reason)).toEqual(["key-in-other-options"]);
    // And the other way round: an item whose wrong options alter a sentence already asked about is refused.
    const out2 = select(doc, [{ ...gap, score: 3.5 }, ts], 2);
    expect(out2.chosen.map((c) => c.family)).toEqual(["number"]);
  });

  it("rejects a second question on the same option set (reused-options)", () => {
    const a = choice(cand(0, 3, "a", [], "Who said the first thing?"), "Ann Lee", ["Bob Ray", "Kim Park", "Lou Diaz"]);
    const b = choice(cand(2, 2.5, "b", [], "Who said the second thing?"), "Max Wu", ["Bob Ray", "Kim Park", "Lou Diaz"]);
    const out = select(doc, [a, b], 2);
    expect(out.chosen).toEqual([a]);
    expect(out.rejected.map((r) => r.reason)).toEqual(["reused-options"]);
  });
});
