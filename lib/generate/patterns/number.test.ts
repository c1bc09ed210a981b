import { describe, expect, it } from "vitest";
import { family } from "./number";
import { run } from "./test-helpers";

const FILL = "The old museum reopened after a long repair. The harbour was rebuilt by the city. The first ferry sailed from the north pier. The council met on Monday in the town hall.";
const prompts = (text: string) => run(family, `${text} ${FILL}`).map((c) => c.body.prompt);

describe("how many …?", () => {
  it("asks about the object of a present-tense verb", () => {
    expect(prompts("The small village school holds 30 pupils in two rooms.")).toContain("According to the article, how many pupils does the small village school hold in two rooms?");
  });
  it("keeps a participle after the counted noun with it", () => {
    expect(prompts("The inquiry examined 4,000 letters written by the mayor.")).toContain("According to the article, how many letters written by the mayor did the inquiry examine?");
  });
  it("asks nothing when a list runs on past the participle's phrase", () => {
    expect(prompts("The inquiry examined 4,000 letters written by the mayor, the council and the police.").filter((p) => p.startsWith("According"))).toEqual([]);
  });
});
