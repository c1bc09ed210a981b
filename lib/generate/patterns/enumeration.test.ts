import { describe, expect, it } from "vitest";
import { family } from "./enumeration";
import { run } from "./test-helpers";

const TEXT = [
  "The town is famous for a long and busy history of trade along the coast.",
  "The mayor said the town had found money for the new library from three sources.",
  "From the national lottery fund it received a grant of half the cost.",
  "The second part came from a local bank, which lent the rest at a low rate.",
  "The third source was a campaign in which pupils of the primary school raised money at summer fairs.",
  "The old railway station will become a cafe when the works are finished next summer.",
  "Most of the shops in the high street close early on Wednesday afternoons in winter.",
  "Visitors can walk along the cliffs to the lighthouse on clear days in the season.",
].join("\n\n");

describe("enumeration", () => {
  it("asks one question on the whole announced list, without the ordinals that would give it away", () => {
    const [c] = run(family, TEXT);
    expect(c?.body.type).toBe("multiple");
    expect(c?.body.prompt).toMatch(/three sources/);
    expect(c?.key).toHaveLength(3);
    expect(c?.key.join(" ")).not.toMatch(/\b(second|third)\b/i);
    expect(c?.key[0]).toMatch(/lottery/);
    expect(c?.distractors.length).toBeGreaterThanOrEqual(2);
  });
  it("states each item as a phrase: no ordinal left as a bare noun, no scene-setting clause", () => {
    const text = [
      "The town is famous for a long and busy history of trade along the coast.",
      "The mayor said the town had found money for the new library from three sources.",
      "From the national lottery fund it received a grant of half the cost.",
      "The second part of the money was lent by a local bank at a low rate of interest.",
      "The third source was more recent, he said. Since the spring, when the council agreed the plan, pupils of the primary school raised money at summer fairs.",
      "The old railway station will become a cafe when the works are finished next summer.",
      "Most of the shops in the high street close early on Wednesday afternoons in winter.",
      "Visitors can walk along the cliffs to the lighthouse on clear days in the season.",
    ].join("\n\n");
    const [c] = run(family, text);
    expect(c?.key[1]).toMatch(/^Money lent by a local bank/);
    expect(c?.key[2]).toMatch(/^Pupils of the primary school raised money/);
  });
});
