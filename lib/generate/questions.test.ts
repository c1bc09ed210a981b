import { describe, expect, it } from "vitest";
import { findEntities } from "./entities";
import { buildCandidates, blankOut } from "./questions";
import { findRelations } from "./relations";
import { segment } from "./sentences";

const candidates = (text: string) => {
  const doc = segment(text);
  const ents = findEntities(doc);
  return buildCandidates(doc, ents, findRelations(doc, ents));
};
const ofFamily = (text: string, family: string) => candidates(text).filter((c) => c.family === family);

const PEOPLE =
  "Manuel Valls, the French interior minister, spoke first. Oana Lungescu, a Nato spokesperson, replied. " +
  "Mathieu Guidère, a specialist in strategic intelligence, listened. ";

describe("question builders", () => {
  it("blanks a gap and keeps the rest of a short sentence", () => {
    const doc = segment("The rebels are now 250 miles from the capital.");
    const s = doc.sentences[0]!;
    const at = doc.text.indexOf("250");
    expect(blankOut(doc, s, at, at + 3)).toBe('"The rebels are now _____ miles from the capital."');
  });

  it("asks who said a quotation, with other people of the article as options", () => {
    const [c] = ofFamily(PEOPLE + '"There has been no request for help from Paris at all," said Oana Lungescu.', "attribution");
    expect(c?.body.type).toBe("single");
    expect(c?.key).toEqual(["Oana Lungescu"]);
    expect(c?.distractors.sort()).toEqual(["Manuel Valls", "Mathieu Guidère"]);
    expect(c?.body.prompt).not.toContain("Lungescu");
  });

  it("asks a natural Wh-question for a code name", () => {
    const [c] = ofFamily("The French military operation in Mali has been given the code name Serval. The serval is a cat.", "naming");
    expect(c?.body.prompt).toBe("According to the article, what code name has the French military operation in Mali been given?");
    expect(c?.body).toMatchObject({ type: "short", answer: ["Serval"] });
  });

  it("makes a numeric gap-fill with the unit for a counted quantity", () => {
    const c = ofFamily("The rebels had been bottled up in central Mali, about 420 miles from Bamako.", "number").find((x) => x.body.type === "numeric");
    expect(c?.body).toMatchObject({ type: "numeric", answer: 420, unit: "miles" });
    expect(c?.body.prompt).toContain("about _____ miles from Bamako");
  });

  it("asks 'how many' when the count is a subject or an object", () => {
    const prompts = (text: string) => ofFamily(text, "number").filter((c) => c.body.type === "numeric").map((c) => c.body.prompt);
    expect(prompts("About 500 French ground troops are already in Bamako and others will follow.")).toEqual([
      "According to the article, how many French ground troops are already in Bamako?",
    ]);
    expect(prompts("The bombs killed 15 students in a university cafeteria on 28 March.")).toEqual([
      "According to the article, how many students did the bombs kill in a university cafeteria on 28 March?",
    ]);
    expect(prompts("Nevertheless, the project has already had 10,000 applicants, according to the company.")).toEqual([
      "According to the article, how many applicants has the project already had?",
    ]);
  });

  it("matches people to their descriptions when there are three or more", () => {
    const c = ofFamily(PEOPLE, "role").find((x) => x.body.type === "matching");
    expect(c?.key).toEqual([
      "Manuel Valls = the French interior minister",
      "Oana Lungescu = a Nato spokesperson",
      "Mathieu Guidère = a specialist in strategic intelligence",
    ]);
  });

  it("orders dated events, earliest first, without the years in the items", () => {
    const [c] = ofFamily(
      "He joined the party in 1943 and founded its youth league. The party won the first free election in 1994. Finally, in 1990, the ban on the party was lifted.",
      "sequence",
    );
    expect(c?.body.type).toBe("ordering");
    expect(c?.key).toEqual([
      "He joined the party and founded its youth league",
      "The ban on the party was lifted",
      "The party won the first free election",
    ]);
  });

  it("offers a list's members against names of the same kind not in the list", () => {
    const [c] = ofFamily("Algeria agreed to help. Reinforcements are expected from Nigeria, Niger, Togo, Senegal and Benin. Egypt was silent. Kenya too.", "list");
    expect(c?.body.type).toBe("multiple");
    expect(c?.key).toEqual(["Nigeria", "Niger", "Togo", "Senegal", "Benin"]);
    expect(c?.distractors).toContain("Algeria");
  });

  it("builds nothing from a broken sentence", () => {
    const cs = candidates('Omar Hamaha said on The French minister, Manuel Valls, said the level rose to 300 points. "We will not stop. He left.');
    for (const c of cs) for (const i of c.sentences) expect(segment('Omar Hamaha said on The French minister, Manuel Valls, said the level rose to 300 points. "We will not stop. He left.').sentences[i]!.broken).toBeUndefined();
    expect(cs.some((c) => c.key.includes("300"))).toBe(true);
  });
});
