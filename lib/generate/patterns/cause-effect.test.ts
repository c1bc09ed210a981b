import { describe, expect, it } from "vitest";
import { family } from "./cause-effect";
import { run } from "./test-helpers";

const TEXT = [
  "The village school closed early on Friday because the heating system broke down.",
  "The river flooded the lower fields after a week of heavy rain.",
  "The farmers moved their sheep to higher ground.",
  "The bakery stopped selling bread in the afternoons.",
  "A new road was built along the coast last year.",
  "The museum doubled its opening hours in the summer.",
].join(" ");

describe("cause and effect", () => {
  const cs = run(family, TEXT);
  it("asks why, with the stated cause as key and other statements recast as reasons", () => {
    const c = cs.find((x) => x.body.prompt.includes("school"))!;
    expect(c.body.prompt).toBe("According to the article, why did the village school close early on Friday?");
    expect(c.key).toEqual(["Because the heating system broke down"]);
    expect(c.distractors).toHaveLength(3);
    for (const d of c.distractors) expect(d).toMatch(/^Because /);
    expect(c.body.skill).toBe("cause-effect");
  });
  it("reads no cause into 'due to' before a verb (a schedule)", () => {
    expect(run(family, "The new bridge is due to open in 2027. " + TEXT).filter((c) => c.body.prompt.includes("bridge"))).toEqual([]);
  });
});
