import { describe, expect, it } from "vitest";
import { compress, family, paragraphPoint } from "./central-idea";
import { findEntities } from "../entities";
import { findRelations } from "../relations";
import { contextOf } from "../questions";
import { segment } from "../sentences";
import { optionsOf, run } from "./test-helpers";

const TEXT = [
  "The town council has voted to close the old harbour bridge to cars after engineers found deep cracks in its steel frame.",
  "Engineers said the cracks in the bridge frame had spread quickly over the winter and the council could not wait for repairs.",
  "Drivers will have to use the ring road, which adds about ten minutes to a journey across town.",
  "The bakery on Mill Street opened a second shop in the market square last spring.",
  "A local choir will sing at the reopening of the library next month, the organisers announced.",
  "School buses will keep their usual timetable because the bridge stays open to buses under a weight limit.",
  "The council expects the bridge repairs to take at least two years and to cost several million pounds.",
].join("\n\n");

describe("central idea", () => {
  const cs = run(family, TEXT);
  it("keys the article question to the lead, with details from other paragraphs as distractors", () => {
    const c = cs.find((x) => x.facts.includes("central:article"))!;
    expect(c.body.prompt).toBe("Which statement best expresses the central idea of the article?");
    expect(c.key[0]).toMatch(/^The town council has voted to close the old harbour bridge/);
    expect(c.distractors).toHaveLength(3);
    for (const d of c.distractors) expect(TEXT).toContain(d);
    expect(optionsOf(c)).toContain(c.key[0]);
    expect(c.body.skill).toBe("main-idea");
  });
  it("makes nothing of a text too short to have a centre", () => {
    expect(run(family, "One sentence only here, about a bridge that was closed.")).toEqual([]);
  });
  it("keys the article question to a trimmed statement, not the lead quoted whole", () => {
    expect(compress("The council closed the bridge to cars after engineers found deep cracks in its frame, a spokesman said.")).toBe("The council closed the bridge to cars after engineers found deep cracks in its frame.");
    expect(compress("The committee (which meets twice a year) recommended a freeze on all new disputed names.")).toBe("The committee recommended a freeze on all new disputed names.");
    expect(compress("On Monday, the council closed the old harbour bridge to all cars and lorries.")).toBe("The council closed the old harbour bridge to all cars and lorries.");
  });
  it("never offers a note on the writer as a detail", () => {
    const byline = "Anna Berg is technology correspondent for The Harbour Times, a weekly paper in the north.";
    const cs = run(family, `${TEXT}\n\n${byline}`);
    expect(cs.length).toBeGreaterThan(0);
    for (const c of cs) expect(c.distractors).not.toContain(byline);
  });
  it("never shortens a long lead by cutting away its main verb", () => {
    const lead = "Not only the cost of the new harbour wall but also the long delays and repeated failures of the pumps in the first weeks after its opening were laid out in plain terms at a packed public meeting in the town hall on Monday evening.";
    const out = compress(lead);
    expect(out).not.toMatch(/in the first weeks\.$/);
    expect(out).toMatch(/were laid out/);
  });
});

describe("central idea: a shortened lead ends on a whole clause", () => {
  it("never stops a long lead inside an aside", () => {
    const lead = "Night buses will stop running from next year, but, in a setback for the mayor, councillors decided that most late trains, increasingly crowded as students move into the centre, need not be run by the city's own transport company in future years.";
    const out = compress(lead);
    expect(out).not.toMatch(/increasingly crowded\.$/);
  });
});

describe("central idea of a news article with a long lead", () => {
  it("keys the article question to a lead of up to 60 words", () => {
    const lead = "The town council has voted to close the old harbour bridge to cars for at least two years after engineers found deep cracks in its steel frame, forcing drivers onto the ring road and leaving the council facing a bridge repair bill of several million pounds this year.";
    const cs = run(family, [lead, ...TEXT.split("\n\n").slice(1)].join("\n\n"));
    expect(cs.find((x) => x.facts.includes("central:article"))?.key[0]).toMatch(/^The town council has voted to close the old harbour bridge to cars for at least two years/);
  });
});

describe("central idea: when not to ask", () => {
  it("asks no article question when TextRank does not rank the candidate key among the central sentences", () => {
    const doc = segment(TEXT);
    const ents = findEntities(doc);
    const ctx = contextOf(doc, ents, findRelations(doc, ents));
    const flat = { ...ctx, centrality: ctx.centrality.map(() => 0.3) };
    expect(family.build(flat).some((c) => c.facts.includes("central:article"))).toBe(false);
    expect(family.build(ctx).some((c) => c.facts.includes("central:article"))).toBe(true);
  });
  it("never offers a sentence whose subject is a pronoun after an opening adverbial", () => {
    const cs = run(family, TEXT.replace("Drivers will have to use the ring road", "Early on Monday, they will have to use the ring road"));
    for (const c of cs) expect(optionsOf(c).some((o) => /^Early on Monday, they/.test(o))).toBe(false);
  });
});

describe("paragraph main point", () => {
  const PARA = [
    "The harbour bridge will close to cars for two years while engineers repair cracks in its frame.",
    "Engineers found the cracks in the bridge frame during a routine inspection in the winter.",
    "The repairs to the bridge frame will cost the council several million pounds, engineers said.",
  ].join(" ");
  const doc = segment(`${PARA}\n\nA second paragraph says something else entirely about the weather this week.`);
  const ents = findEntities(doc);
  const ctx = contextOf(doc, ents, findRelations(doc, ents));
  it("keys the paragraph to the sentence both TextRank and the paragraph's own overlap pick", () => {
    expect(paragraphPoint({ ...ctx, centrality: [0.9, 0.5, 0.4, 0.1] }, 0)?.index).toBe(0);
  });
  it("drops the paragraph when TextRank's choice is not the sentence the paragraph builds on", () => {
    expect(paragraphPoint({ ...ctx, centrality: [0.2, 0.3, 0.9, 0.1] }, 0)).toBeUndefined();
  });
  it("drops the paragraph when the sentence it builds on stands in its middle (a detail, not its point)", () => {
    const mid = segment("The town council met on Monday evening in the hall. The council voted on Monday to close the old harbour bridge to all cars. The old harbour bridge has deep cracks in its frame.\n\nA second paragraph says something else entirely about the weather this week.");
    const e = findEntities(mid);
    const c = contextOf(mid, e, findRelations(mid, e));
    expect(paragraphPoint({ ...c, centrality: [0.3, 0.9, 0.2, 0.1] }, 0)).toBeUndefined();
  });
});

describe("central idea with a headline", () => {
  const ctxWith = (headline: string) => {
    const doc = segment(TEXT);
    const ents = findEntities(doc);
    return contextOf(doc, ents, findRelations(doc, ents), headline);
  };
  const article = (headline: string) => family.build(ctxWith(headline)).filter((c) => c.facts.includes("central:article"));
  it("keeps the lead when it uses the headline's words", () => {
    expect(article("Cracked harbour bridge closed to cars")[0]!.key[0]).toMatch(/^The town council has voted to close the old harbour bridge/);
  });
  it("asks no article question when no opening sentence uses a word of the headline (a scene, not the point)", () => {
    expect(article("Choir festival delights visitors")).toEqual([]);
  });
});
