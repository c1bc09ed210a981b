import { describe, expect, it } from "vitest";
import { family } from "./central-idea";
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
});
