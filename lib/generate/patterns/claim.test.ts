import { describe, expect, it } from "vitest";
import { family } from "./claim";
import { optionsOf, run } from "./test-helpers";

const PEOPLE = [
  "The council met on Tuesday to discuss the plan for the new harbour.",
  "Council leader Maria Lopez said the harbour would bring hundreds of jobs to the town.",
  "The fishing fleet will have to move to the northern quay, harbour master Tom Burke said.",
  "According to Anna Fischer, the new quay is too small for the larger trawlers.",
  "Engineer Peter Novak, who designed the breakwater, told the BBC that the works would take three years.",
  "Local fisherman David Moore asked the council to delay the vote until the summer.",
].join(" ");

describe("a claim and who makes it (reported speech)", () => {
  const cs = run(family, PEOPLE);
  const byPrompt = (part: string) => cs.find((c) => c.body.prompt.includes(part));
  it("asks who made a claim reported with 'said', keeping the claim's own words", () => {
    const c = byPrompt("hundreds of jobs")!;
    expect(c.body.prompt).toBe("According to the article, who said that the harbour would bring hundreds of jobs to the town?");
    expect(c.key).toEqual(["Maria Lopez"]);
    expect(c.body.skill).toBe("attribution");
  });
  it("reads 'CLAIM, NAME said' and 'According to NAME, CLAIM'", () => {
    expect(byPrompt("northern quay")?.key).toEqual(["Tom Burke"]);
    expect(byPrompt("too small")?.body.prompt).toBe("According to the article, who says that the new quay is too small for the larger trawlers?");
    expect(byPrompt("too small")?.key).toEqual(["Anna Fischer"]);
  });
  it("keeps the hearer of 'told' and skips the apposition", () => {
    expect(byPrompt("three years")?.body.prompt).toBe("According to the article, who told the BBC that the works would take three years?");
  });
  it("offers the article's other people, never the speaker twice or a name from the claim", () => {
    for (const c of cs) {
      const opts = optionsOf(c);
      expect(opts).toContain(c.key[0]);
      expect(new Set(opts).size).toBe(opts.length);
      for (const d of c.distractors) expect(c.body.prompt).not.toContain(d);
    }
  });
  it("asks nothing of a request, a quotation, or a claim that needs the sentence before it", () => {
    expect(byPrompt("delay the vote")).toBeUndefined();
    const more = run(family, PEOPLE + ' "The harbour will be finished by May," Maria Lopez said. Tom Burke said it would cost too much to build.');
    expect(more.find((c) => c.body.prompt.includes("finished by May"))).toBeUndefined();
    expect(more.find((c) => c.body.prompt.includes("cost too much"))).toBeUndefined();
  });
  it("asks nothing when the article has too few other people to offer", () => {
    expect(run(family, "Council leader Maria Lopez said the harbour would bring hundreds of jobs to the town. The council met on Tuesday.")).toEqual([]);
  });
});
