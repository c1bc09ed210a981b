import { describe, expect, it } from "vitest";
import { evidenceQuestionSchema } from "../../quiz/schema";
import { family } from "./evidence";
import { run } from "./test-helpers";

const TEXT = [
  "The village school closed early on Friday because the heating system broke down. Parents collected their children at noon. The head teacher apologised in a letter.",
  "The river flooded the lower fields after a week of heavy rain. The farmers moved their sheep to higher ground. Nobody was hurt.",
].join("\n\n");

describe("evidence", () => {
  const cs = run(family, TEXT);
  it("never asks for 'the sentence that states the paragraph's point' (judged wrong every time)", () => {
    const para = [
      "The harbour wall is the town's biggest project in fifty years and the harbour wall will cost the town dearly.",
      "The harbour wall will need new stone from the quarry, and the quarry is far from the harbour.",
      "Work on the harbour wall will close the harbour road for a year.",
      "The harbour wall was first planned in 1990.",
    ].join(" ");
    expect(run(family, [para, para.replace(/harbour/g, "river"), TEXT].join("\n\n")).filter((c) => /states the point/.test(c.body.prompt))).toEqual([]);
  });
  it("never asks who a person is from a clause after the name", () => {
    const text = `Tom Baker, the e-mail was sent by mistake to a reporter, said sorry. Anna Reid, the head of the council, spoke next.\n\n${TEXT}`;
    const prompts = run(family, text).map((c) => c.body.prompt);
    expect(prompts).toContain("Select the sentence in the article that tells who Anna Reid is.");
    expect(prompts).not.toContain("Select the sentence in the article that tells who Tom Baker is.");
  });
  it("never asks who a person is when two sentences describe them", () => {
    const text = `Anna Reid, the head of the council, spoke first. Later Anna Reid, a former teacher, thanked the crowd.\n\n${TEXT}`;
    expect(run(family, text).map((c) => c.body.prompt)).not.toContain("Select the sentence in the article that tells who Anna Reid is.");
  });
  it("asks for the sentence that tells when or where, in the reader's words", () => {
    const text = `The stone bridge over the river was opened in 1887. The peace talks took place in Geneva. The delegates later travelled to Vienna and then to Madrid.\n\n${TEXT}`;
    const prompts = run(family, text).map((c) => c.body.prompt);
    expect(prompts).toContain("Select the sentence in the article that tells in which year the stone bridge over the river was opened.");
    expect(prompts).toContain("Select the sentence in the article that tells where the peace talks took place.");
  });
  it("asks the student to select the sentence that gives a stated reason, as an evidence question", () => {
    const c = cs.find((x) => x.body.type === "evidence" && x.body.prompt.includes("why"))!;
    expect(c.body.prompt).toBe("Select the sentence in the article that explains why the village school closed early on Friday.");
    expect(evidenceQuestionSchema.safeParse({ id: "e1", ...c.body }).success).toBe(true);
    const span = (c.body as { answer: { start: number; end: number }[] }).answer[0]!;
    expect(TEXT.slice(span.start, span.end)).toBe("The village school closed early on Friday because the heating system broke down.");
  });
  it("lowers a common word that opens the reason's sentence, never a name ('why chemical biologists used …')", () => {
    const text = `Chemical biologists used automated synthesis in order to test many small molecules at once. The study of chemical reactions in cells is young. Kenyan farmers sold more grain because the rains came early. Kenya is in east Africa.\n\n${TEXT}`;
    const prompts = run(family, text).map((c) => c.body.prompt).filter((p) => p.startsWith("Select") && p.includes("why"));
    expect(prompts).toContain("Select the sentence in the article that explains why chemical biologists used automated synthesis.");
    expect(prompts).toContain("Select the sentence in the article that explains why Kenyan farmers sold more grain.");
  });
  it("never reads 'the first … to …' as a purpose ('why Mr Obama will become the first US president')", () => {
    const text = `Mr Obama will become the first US president to address the African Union on Sunday. The mayor was the only candidate to visit every school.\n\n${TEXT}`;
    expect(run(family, text).map((c) => c.body.prompt).filter((p) => /president|candidate/.test(p) && p.includes("why"))).toEqual([]);
  });
  it("pairs it with a Part B single choice among article sentences", () => {
    const c = cs.find((x) => x.body.type === "single")!;
    expect(c.body.prompt).toMatch(/^Which sentence from the article best explains why/);
    for (const o of [...c.key, ...c.distractors]) expect(TEXT).toContain(o);
  });
  it("asks who a person is only from the narration, not from a description inside someone's words", () => {
    const text = [
      "Paul Edmondson, the head of research at the Birthplace Trust, spoke at the launch in the town hall.",
      '"We are going to spend the year celebrating William Shakespeare, the man of Stratford, in every street," he said.',
      "The actor Mark Rylance has called the First Folio his favourite book in the whole world.",
    ].join(" ");
    const prompts = run(family, text).map((c) => c.body.prompt);
    expect(prompts).toContain("Select the sentence in the article that tells who Paul Edmondson is.");
    expect(prompts).not.toContain("Select the sentence in the article that tells who William Shakespeare is.");
  });
});
