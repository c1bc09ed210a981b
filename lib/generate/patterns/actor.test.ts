import { describe, expect, it } from "vitest";
import { family } from "./actor";
import { run } from "./test-helpers";

const TEXT = [
  "Anna Berg, the head of the team, said the results were good.",
  "Peter Holm, a chemist from Oslo, said more tests were needed.",
  "Lisa Dahl, a student at the university, said she was surprised.",
  "Peter Holm discovered the new compound in a sample of river mud last winter.",
].join(" ");

describe("actor", () => {
  it("asks who did what, with the article's other people as options", () => {
    const c = run(family, TEXT).find((x) => x.key[0] === "Peter Holm")!;
    expect(c.body.prompt).toBe("According to the article, who discovered the new compound in a sample of river mud last winter?");
    expect(c.distractors.sort()).toEqual(["Anna Berg", "Lisa Dahl"].concat(c.distractors.length > 2 ? [c.distractors.sort()[2]!] : []).sort());
  });
});
