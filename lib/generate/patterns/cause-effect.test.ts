import { describe, expect, it } from "vitest";
import { family, infinitives, mainClauses, recastAsPurposes } from "./cause-effect";
import { ctxFor, run } from "./test-helpers";

const TEXT = [
  "The village school closed early on Friday because the heating system broke down.",
  "The river flooded the lower fields after a week of heavy rain.",
  "The farmers moved their sheep to higher ground.",
  "The bakery stopped selling bread in the afternoons.",
  "A new road was built along the coast last year.",
  "The museum doubled its opening hours in the summer.",
].join(" ");

/** Unrelated sentences that give the family other clauses to draw distractors from. */
const FILL = [
  "The town council met on Monday evening in the old hall.",
  "A new library opened beside the station last spring.",
  "The ferry company added a second boat to the route.",
  "Local shops reported higher sales over the holiday weekend.",
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
  it("never offers as a reason a statement that dates itself after something", () => {
    const cs = run(family, `${TEXT.replace("A new road was built along the coast last year.", "The council met four days after the flood.").replace("The museum doubled its opening hours in the summer.", "The shop reopened two weeks after the fire.")} The town hall got a new roof in May.`);
    const c = cs.find((x) => x.body.prompt.includes("school"))!;
    for (const d of c.distractors) expect(d).not.toMatch(/ after the /);
  });
  it("never offers someone's act by pronoun or who something is as a reason", () => {
    const cs = run(family, `${TEXT.replace("The farmers moved their sheep to higher ground.", "He would not give a reason for the delay.").replace("The bakery stopped selling bread in the afternoons.", "The young engineer is one of dozens of volunteers.")} The town hall got a new roof in May.`);
    const c = cs.find((x) => x.body.prompt.includes("school"))!;
    for (const d of c.distractors) expect(d).not.toMatch(/Because (he would|the young engineer is)/);
  });
  it("never offers as a reason a statement about what the effect names (it would restate the effect)", () => {
    const cs = run(family, `The zoo reported a fall in visitor numbers because of the long spell of cold and very wet weather in the north. The river flooded the lower fields after a week of heavy rain. Visitor numbers dropped sharply by a third in early May. ${TEXT.split(". ").slice(2).join(". ")}`);
    const c = cs.find((x) => x.body.prompt.includes("zoo"))!;
    for (const d of c.distractors) expect(d).not.toMatch(/Visitor numbers/i);
  });
  it("asks no why of two clauses joined by 'but', or of a task ('One challenge is creating …')", () => {
    const ps = (t: string) => run(family, `${t} ${TEXT}`).map((c) => c.body.prompt).filter((p) => /nominations|challenge/.test(p));
    expect(ps("The nominations were announced on Sunday, but traffic to the site was heavy because thousands of fans logged on at once.")).toEqual([]);
    expect(ps("One challenge is creating detailed maps of the roads because the cars cannot process enough data.")).toEqual([]);
  });
  it("reads no cause into 'due to' before a verb (a schedule)", () => {
    expect(run(family, "The new bridge is due to open in 2027. " + TEXT).filter((c) => c.body.prompt.includes("bridge"))).toEqual([]);
  });
});

describe("cause and effect in reported speech, pronouns, 'so' and relative clauses", () => {
  const prompts = (text: string) => run(family, `${text} ${FILL}`).map((c) => c.body.prompt);

  it("names whose reason it is when the sentence reports someone's account", () => {
    const cs = run(family, `Maria Lopez, head of the harbour board, said that the ferries stopped running because the pier was unsafe. ${FILL}`);
    const c = cs.find((x) => x.body.prompt.includes("ferries"))!;
    expect(c.body.prompt).toBe("According to Maria Lopez, why did the ferries stop running?");
    expect(c.key).toEqual(["Because the pier was unsafe"]);
  });

  it("names the one person a 'he' can mean, and asks nothing when two people are in reach", () => {
    expect(prompts("Tom Baker runs the bakery on the corner. He closed the shop early because the old ovens in the back room failed again.")).toContain("According to the article, why did Tom Baker close the shop early?");
    expect(prompts("Tom Baker met Paul Reid at the market. He closed the shop early because the old ovens in the back room failed again.").filter((p) => p.includes("shop"))).toEqual([]);
  });

  it("never reads 'she' as a man the article names nearby", () => {
    expect(prompts("Maria Lopez thanked John Smith for his help on Monday. She closed the shop early because the old ovens in the back room failed again.")).toContain("According to the article, why did Maria Lopez close the shop early?");
  });

  it("reads 'CAUSE, so EFFECT' and a relative clause with its antecedent", () => {
    expect(prompts("The road to the coast was closed by snow, so the buses took the longer way round.")).toContain("According to the article, why did the buses take the longer way round?");
    expect(prompts("The mayor tried to defend the city's budget, which keeps shrinking because of falling tax income.")).toContain("According to the article, why does the city's budget keep shrinking?");
  });

  it("leaves out a closed relative clause and asks nothing when the effect is no clause", () => {
    expect(prompts("The owner cut down the old oak, under which the poet is said to have written, because the roots damaged the wall.")).toContain("According to the article, why did the owner cut down the old oak?");
    expect(prompts("In the valley, reports of rising rents owing to the new railway have come alongside complaints about noise.").filter((p) => p.includes("rents"))).toEqual([]);
  });

  it("keeps a sentence's first capital out of the question unless the word is a name", () => {
    const p = prompts("Hospitals have hired more nurses because the winter brought many more patients.");
    expect(p).toContain("According to the article, why have hospitals hired more nurses?");
  });
});

describe("purpose: why something was done, from 'in order to', 'in a bid to', 'To …,' and ', to …'", () => {
  const INFINITIVES = [
    "The council wants to build more homes near the river.",
    "The school plans to open a new science block next year.",
    "Farmers hope to sell more grain to neighbouring countries.",
    "The club decided to keep its old stadium for another season.",
    "Visitors were asked to leave their cars outside the town.",
  ].join(" ");
  const asked = (text: string) => run(family, `${text} ${INFINITIVES}`).filter((c) => c.body.prompt.startsWith("According to the article, why") && !/council|school|farmers|club|visitors/i.test(c.body.prompt));

  it("asks why, keyed to the purpose, with the article's other infinitive phrases as distractors", () => {
    const [c] = asked("The city closed three main roads in order to reduce traffic in the old centre.");
    expect(c!.body.prompt).toBe("According to the article, why did the city close three main roads?");
    expect(c!.key).toEqual(["To reduce traffic in the old centre"]);
    expect(c!.distractors).toHaveLength(3);
    for (const d of c!.distractors) expect(d).toMatch(/^To [a-z]+ /);
    expect(c!.body.explanation).toContain("The purpose the article gives is to reduce traffic");
  });

  it("reads 'in a bid to', a fronted 'To …,' and ', to …' after a clause", () => {
    expect(asked("The bank cut its interest rates in a bid to win back customers.").map((c) => [c.body.prompt, c.key[0]])).toEqual([["According to the article, why did the bank cut its interest rates?", "To win back customers"]]);
    expect(asked("To save money on heating bills, the museum closed its cafe on Mondays.").map((c) => [c.body.prompt, c.key[0]])).toEqual([["According to the article, why did the museum close its cafe on Mondays?", "To save money on heating bills"]]);
    expect(asked("The mice were given a small electric shock, to encode a fear response.").map((c) => [c.body.prompt, c.key[0]])).toEqual([["According to the article, why were the mice given a small electric shock?", "To encode a fear response"]]);
  });

  it("reads the action, its object and then 'to' and a verb", () => {
    expect(asked("The singer adopted a new stage name to avoid confusion with an older star.").map((c) => [c.body.prompt, c.key[0]])).toEqual([["According to the article, why did the singer adopt a new stage name?", "To avoid confusion with an older star"]]);
  });

  it("never reads a verb's or noun's own infinitive, a preposition 'to', or a later verb's purpose", () => {
    expect(asked("The head teacher asked the parents to collect their children at noon.")).toEqual([]);
    expect(asked("The airline announced a plan to cut five hundred jobs in Wales.")).toEqual([]);
    expect(asked("The bakery has been selling bread to top restaurants and hotels for years.")).toEqual([]);
    expect(asked("He is working on a program that proposes using drones to inspect old bridges.")).toEqual([]);
    expect(asked("The cost of the old film prints means that some cinemas need to show them twice a day in order to recoup costs.")).toEqual([]);
    expect(asked("To meet the growing demand for faster lines, the company said it would begin trials in April.")).toEqual([]);
  });

  it("reads no purpose into a 'to' that no verb follows, or a plain infinitive", () => {
    expect(asked("The price of bread rose by five percent, to three pounds a loaf.")).toEqual([]);
    expect(asked("The new manager wanted to leave the office early on Fridays.")).toEqual([]);
    expect(asked("She became the first woman to win the race, to the surprise of many.")).toEqual([]);
  });
});

describe("purpose distractors and question shape", () => {
  it("takes only plain infinitives as purposes: not 'according to figures', 'to conducting', 'due to'", () => {
    const ctx = ctxFor("According to figures from the census office, the town grew. The firm prefers to conducting interviews. The school hopes to open a new science block next year. The bridge is due to open in May.");
    expect(infinitives(ctx).map((x) => x.text)).toEqual(["To open a new science block next year"]);
  });
  it("asks nothing when a phrase of place stands before the subject without a comma", () => {
    const FILL = "The council wants to build more homes near the river. The school plans to open a new science block next year. Farmers hope to sell more grain to neighbouring countries. The club decided to keep its old stadium for another season.";
    expect(run(family, `In the mountain town of Ardmore they are building a new pipeline to bring water for the tourists. ${FILL}`).filter((c) => c.body.prompt.includes("pipeline"))).toEqual([]);
  });
});

describe("statements recast as reasons", () => {
  it("takes whole clauses, never a noun phrase cut at its comma", () => {
    const ctx = ctxFor("The electrically powered vehicle, which the firm has begun testing, needs no pedals. The town hall got a new roof in May.");
    expect(mainClauses(ctx).map((x) => x.text)).toEqual(["the town hall got a new roof in May"]);
  });
});

describe("statements recast as purposes, for distractors", () => {
  it("recasts an action of the subject's, never a passive, a birth or a figure", () => {
    const ctx = ctxFor("The airline has cut seven thousand jobs across the country. The singer was born in a small town in the south. The minister was accused by rivals of hiding the report. The company's shares closed up four pence on Friday. The museum will build a new wing for modern art.");
    expect(recastAsPurposes(ctx, mainClauses(ctx)).map((x) => x.text)).toEqual(["To cut seven thousand jobs across the country", "To build a new wing for modern art"]);
  });
});

describe("a subject's own account: '…, saying …'", () => {
  const asked = (text: string) => run(family, `${text} ${FILL}`).filter((c) => c.sentences[0] === 0).map((c) => [c.body.prompt, c.key[0]]);
  it("asks why the subject acted, keyed to what it said", () => {
    expect(asked("Officials played down the health risks, saying most matches were finished without any medical help.")).toEqual([["According to the article, why did officials play down the health risks?", "Because most matches were finished without any medical help"]]);
  });
  it("reads no reason into a message's content, a passive, or someone's report", () => {
    expect(asked("Scientists have issued a stern warning about food supplies, saying the world may have to eat less meat.")).toEqual([]);
    expect(asked("The gallery was flooded with angry emails from abroad, saying the sale was a disgrace.")).toEqual([]);
    expect(asked("He added that the gallery had received many calls, saying that most of them were abusive.")).toEqual([]);
  });
});
