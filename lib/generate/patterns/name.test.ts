import { describe, expect, it } from "vitest";
import { family } from "./name";
import { optionsOf, run } from "./test-helpers";

describe("name gaps", () => {
  const TEXT = [
    "John Smith opened the new sports hall in the town on Monday morning.",
    "Peter Brown, the head coach, spoke to the players before the first match.",
    "Anna White and Sarah Green led the warm-up for the younger runners.",
    "Later the mayor thanked Maria Lopez and handed her the first prize of the season.",
    "David Jones said the hall would open every evening until ten.",
  ].join(" ");
  it("offers no man for a gap the sentence's 'her' refers to", () => {
    const c = run(family, TEXT).find((x) => x.body.type === "single" && x.key[0] === "Maria Lopez")!;
    expect(c).toBeDefined();
    const opts = optionsOf(c);
    expect(opts).toContain("Maria Lopez");
    for (const man of ["John Smith", "Peter Brown", "David Jones"]) expect(opts).not.toContain(man);
  });
});

describe("who did X …? for a name after its verb", () => {
  const FILL = "Peter Brown, the head coach, spoke to the players before the match. Anna White and Sarah Green led the warm-up. David Jones said the hall would open every evening.";
  it("asks who, with the name taken out of its clause", () => {
    expect(run(family, `The club appointed John Smith as its new manager on Friday. ${FILL}`).map((c) => c.body.prompt)).toContain("Who did the club appoint as its new manager on Friday?");
  });
  it("asks nothing of a name after a passive ('was born', 'was named')", () => {
    const ps = run(family, `The singer was born John Smith in a small town. ${FILL}`).map((c) => c.body.prompt);
    expect(ps.filter((p) => p.startsWith("Who was"))).toEqual([]);
  });
});
