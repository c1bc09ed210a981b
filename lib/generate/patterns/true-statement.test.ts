import { describe, expect, it } from "vitest";
import { family } from "./true-statement";
import { optionsOf, run } from "./test-helpers";

const TEXT = [
  "Maria Lopez, the head of the museum, opened the new gallery on Monday.",
  "About 300 visitors have already seen the gallery and more are expected at the weekend.",
  "John Carter, a local painter, lent three of his pictures to the show.",
  "The museum was built in the nineteenth century by the city council.",
].join(" ");

describe("which statement is true", () => {
  const cs = run(family, TEXT).filter((c) => c.body.type === "single");
  it("offers one faithful statement and altered ones, each false according to the text", () => {
    const c = cs[0]!;
    expect(TEXT).toContain(c.key[0]!);
    expect(c.body.prompt).toBe("Which statement is true according to the article?");
    expect(c.distractors).toHaveLength(3);
    for (const d of c.distractors) {
      expect(TEXT).not.toContain(d);
      expect(d).not.toBe(c.key[0]);
    }
  });
  it("alters three other sentences, never the key's own, so the key is not the option the others agree on", () => {
    const sentences = TEXT.split(/(?<=\.) /);
    const source = (d: string) => {
      const shared = (s: string) => d.split(" ").filter((w) => s.split(" ").includes(w)).length;
      return sentences.reduce((best, s) => (shared(s) > shared(best) ? s : best));
    };
    for (const c of cs) {
      const from = c.distractors.map(source);
      expect(from).not.toContain(sentences.find((s) => s.startsWith(c.key[0]!.slice(0, 20))));
      expect(new Set(from).size).toBe(3);
    }
    expect(cs.length).toBeGreaterThan(0);
  });
  it("never alters an age or negates a relative clause, and never swaps an acronym in brackets", () => {
    const text = [
      "Margaret Thatcher, who was 87, had been in declining health for some years, suffering from dementia.",
      "MPs accused HM Revenue and Customs (HMRC) officials of having cosy relationships with 40 big businesses.",
      "John Carter, a local painter, lent three of his pictures to the Tate Gallery in London.",
      "About 300 visitors have already seen the gallery in London and more are expected at the weekend.",
    ].join(" ");
    const all = run(family, text).flatMap((c) => c.distractors);
    expect(all.some((d) => /who was (?!87)\d+|who was not/.test(d))).toBe(false);
    expect(all.some((d) => /\((?!HMRC)[^)]*\)/.test(d))).toBe(false);
  });
  it("never denies a hedge or a degree ('might not be', 'is not almost impossible')", () => {
    const text = [
      "The new harbour wall might be the largest building project in the county this decade.",
      "The old ferry timetable is almost impossible to find in the town library now.",
      "The museum's garden is best known for its collection of rare roses from China.",
      "About 300 visitors have already seen the gallery in London and more are expected at the weekend.",
      "John Carter, a local painter, lent three of his pictures to the Tate Gallery in London.",
      ...TEXT.split(/(?<=\.) /),
    ].join(" ");
    const all = run(family, text).flatMap((c) => c.distractors);
    expect(all.length).toBeGreaterThan(0);
    expect(all.some((d) => /might not be|is not almost|is not best/.test(d))).toBe(false);
  });
  it("negates only a main verb: not a subordinate clause's, not a participle before the main verb", () => {
    const text = [
      "As he reached the desired height, Felix Baumgartner went through a checklist of 40 items with Joe Kittinger.",
      "Three cameras attached to the suit of Felix Baumgartner recorded his free-fall of just over four minutes.",
      "About 300 visitors have already seen the gallery in London and more are expected at the weekend.",
      "Joe Kittinger jumped from a balloon 19 miles above the planet in 1960 for the US Air Force.",
    ].join(" ");
    const all = run(family, text).flatMap((c) => c.distractors);
    expect(all.some((d) => /did not reach|did not attach/.test(d))).toBe(false);
    const cond = run(family, "The plan could be blocked only if a third or more of the 184 member countries of the London treaty opposed it. About 300 visitors have already seen the gallery in London and more are expected at the weekend.").flatMap((c) => c.distractors);
    expect(cond.some((d) => /could not be blocked only if/.test(d))).toBe(false);
    const pronoun = run(family, "Within five days, he had hit his target and raised 36,200 pounds in London. About 300 visitors have already seen the gallery in London and more are expected at the weekend.");
    expect(pronoun.some((c) => c.key[0]!.startsWith("Within five days, he"))).toBe(false);
  });
  it("alters different sentences in each variant of a key, and never negates a claim that already denies", () => {
    const text = [
      ...TEXT.split(/(?<=\.) /),
      "The museum has announced no plans to charge for entry to the new gallery.",
      "Anna Berg, the city's mayor, visited the gallery with 40 pupils on Tuesday.",
    ].join(" ");
    const cs2 = run(family, text);
    const all = cs2.flatMap((c) => c.distractors);
    expect(all.length).toBeGreaterThan(3);
    // Variants of one key share no wrong option; across keys the ranker refuses a shared statement (rank.test.ts).
    for (const key of new Set(cs2.map((c) => c.sentences[0]))) {
      const ds = cs2.filter((c) => c.sentences[0] === key).flatMap((c) => c.distractors);
      expect(new Set(ds).size).toBe(ds.length);
    }
    expect(all.some((d) => /not announced no/.test(d))).toBe(false);
    const dated = run(family, `${text} The country's parliamentary elections are scheduled for 27 February in the capital.`).flatMap((c) => c.distractors);
    expect(dated.some((d) => /scheduled for (?!27)\d+ February/.test(d))).toBe(false);
  });
});

describe("negating a modal claim", () => {
  it("denies 'could' and 'would' but never a hedge ('may', 'might') or a 'whether' clause", async () => {
    const { negate } = await import("./true-statement");
    const { ctxFor } = await import("./test-helpers");
    const negateFor = (text: string) => { const ctx = ctxFor(text); return negate(ctx, ctx.doc.sentences[0]!, ctx.doc.sentences[0]!.text); };
    expect(negateFor("Online clubs could give residents a place to meet, the report says.")).toBe("Online clubs could not give residents a place to meet, the report says.");
    expect(negateFor("The new rules might cut waiting times at the clinic.")).toBeUndefined();
    expect(negateFor("Whether the town can cope with the visitors remains to be seen.")).toBeUndefined();
  });
});

describe("swapped actors and denials that a judge would not accept", () => {
  const TEXT2 = [
    "Maria Lopez, the head of the museum, said she was delighted with the new gallery.",
    "Harbour Media, which owns the Coast Gazette, reported higher profits on Monday.",
    "The Coast Gazette will print a colour edition from next spring.",
    "Tom Baker, a local painter, lent three of his pictures to the show.",
    "The Northern Trust gave the city council a grant of 40,000 pounds.",
    "About 300 visitors have already seen the gallery this month.",
    "The museum was not built by the city council in the last century.",
    "The ferry company has cut the price of a return ticket.",
    "The city council has opened a second car park by the station.",
  ].join(" ");
  const options = run(family, TEXT2).flatMap((c) => c.distractors);
  it("never puts a person where a 'he' or 'she' follows, nor a name the article mentions beside the original", () => {
    expect(options.some((o) => /^Tom Baker, the head of the museum, said she/.test(o))).toBe(false);
    expect(options.some((o) => /^(The )?Coast Gazette, which owns|owns the Harbour Media/.test(o))).toBe(false);
  });
  it("offers at most one denial per question", () => {
    for (const c of run(family, TEXT2)) expect(c.distractors.filter((d) => /\bnot\b/.test(d)).length).toBeLessThanOrEqual(1);
  });
});

describe("a denied claim on its own", () => {
  const TEXT3 = [
    "The town museum will open a new gallery for local painters next spring.",
    "The museum has bought twelve paintings from artists in the valley.",
    "The gallery's director said the museum could attract more visitors from the coast.",
    "Visitors are outnumbered by staff on weekdays and most rooms stay empty.",
    "The museum was built by the city council in the last century.",
  ].join(" ");
  const tfs = run(family, TEXT3).filter((c) => c.body.type === "truefalse");
  it("asks true or false of a plain claim denied, answer false", () => {
    expect(tfs.length).toBeGreaterThan(0);
    for (const c of tfs) {
      expect(c.body.prompt).toMatch(/^True or false\? .*\b(not|cannot)\b/);
      expect((c.body as { answer: boolean }).answer).toBe(false);
    }
  });
  it("never denies one half of a compound claim", () => {
    expect(tfs.some((c) => /outnumbered/.test(c.body.prompt))).toBe(false);
  });
});

describe("denials that read as nonsense", () => {
  it("never denies an existential 'there was' or a quantity ('was little')", async () => {
    const { negate } = await import("./true-statement");
    const { ctxFor } = await import("./test-helpers");
    const negateFor = (text: string) => { const ctx = ctxFor(text); return negate(ctx, ctx.doc.sentences[0]!, ctx.doc.sentences[0]!.text); };
    expect(negateFor("Outside the shop there was a steady trickle of visitors all morning.")).toBeUndefined();
    expect(negateFor("In the final race there was little to cheer for the home crowd.")).toBeUndefined();
    expect(negateFor("The new shop was a success with visitors from the coast.")).toBe("The new shop was not a success with visitors from the coast.");
  });
});

describe("statements that lean on the sentence before", () => {
  // A statement shown on its own must say something on its own: "After that, …" and "this clause"
  // point back at words the student cannot see (set C, fresh BBC texts: two such items).
  const TEXT3 = [
    "The city council approved a new budget for the harbour on Monday evening.",
    "After that, the council sold 40 old buses to a private company in Leeds.",
    "Maria Lopez, the head of the museum, opened the new gallery on Tuesday.",
    "This clause gives the mayor the power to close the market for 30 days.",
    "About 300 visitors have already seen the gallery and more are expected soon.",
    "Before this, the ferry company had cut the price of a return ticket by 12 pounds.",
    "John Carter, a local painter, lent three of his pictures to the show.",
    "The museum was built in the nineteenth century by the city council.",
    "Those changes were opposed by 25 shopkeepers in the old town.",
  ].join(" ");
  const leaning = /After that|Before this|This clause|Those changes/;
  it("never shows one as an option of 'which statement is true'", () => {
    const cs = run(family, TEXT3);
    expect(cs.length).toBeGreaterThan(0);
    for (const c of cs) for (const o of optionsOf(c)) expect(o).not.toMatch(leaning);
    for (const c of cs) expect(c.body.prompt).not.toMatch(leaning);
  });
  it("never asks true or false of a sentence in brackets or one that says 'also'", async () => {
    const { family: number } = await import("./number");
    const text = `${TEXT3} (One town in the district, Millbrook, has 14 schools.) The harbour board also bought 30 new cranes for the port.`;
    const tfs = run(number, text).filter((c) => c.body.type === "truefalse");
    expect(tfs.length).toBeGreaterThan(0);
    for (const c of tfs) expect(c.body.prompt).not.toMatch(/Millbrook|cranes/);
  });
  it("keeps a demonstrative that points at the calendar or ahead ('this year', 'those caused by …')", async () => {
    const { BACK_REFERENCE } = await import("../lang/en");
    for (const ok of ["Deaths from resistant bacteria far outstrip those caused by terrorist attacks.", "The council will open a new library this year.", "Grants go to those who lost their homes in the flood."])
      expect(BACK_REFERENCE.test(ok)).toBe(false);
    for (const back of ["After that, the council sold the buses.", "This clause gives the mayor new powers.", "The former paratrooper jumped again.", "The town rejected these changes in May.", "Other donors and local foundations gave to the campaign."])
      expect(BACK_REFERENCE.test(back)).toBe(true);
  });
  it("never asks true or false of one with a number or a name swapped", async () => {
    const { family: number } = await import("./number");
    const { family: name } = await import("./name");
    const tfs = [...run(number, TEXT3), ...run(name, TEXT3)].filter((c) => c.body.type === "truefalse");
    expect(tfs.length).toBeGreaterThan(0);
    for (const c of tfs) expect(c.body.prompt).not.toMatch(leaning);
  });
});

describe("a swapped-in name", () => {
  it("takes the 'a' or 'an' its first letter needs ('gave an Oakfield Trust grant' → 'gave a Northern Trust grant')", () => {
    const text = [
      "Maria Lopez, the head of the museum, opened the new gallery on Monday.",
      "The city council gave an Oakfield Trust grant of 40,000 pounds to the museum.",
      "About 300 visitors have already seen the gallery and more are expected at the weekend.",
      "The Northern Trust paid for a new roof on the old library in the spring.",
      "John Carter, a local painter, lent three of his pictures to the show.",
      "The museum was built in the nineteenth century by the city council.",
      "The ferry company has cut the price of a return ticket by 12 pounds.",
    ].join(" ");
    const swapped = run(family, text).flatMap((c) => c.distractors).filter((d) => d.includes("Northern Trust grant"));
    expect(swapped.length).toBeGreaterThan(0);
    for (const d of swapped) expect(d).toContain("gave a Northern Trust grant");
  });
});
