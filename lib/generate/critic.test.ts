import { describe, expect, it } from "vitest";
import { critique } from "./critic";
import { circularStem, contradictionIn, fragmentOf } from "./critic-statements";
import { findEntities } from "./entities";
import { findRelations } from "./relations";
import { contextOf } from "./questions";
import { segment } from "./sentences";
import { singleChoice, spanOf, type Candidate, type Ctx } from "./patterns/construct";

function ctxOf(text: string): Ctx {
  const doc = segment(text);
  const ents = findEntities(doc);
  return contextOf(doc, ents, findRelations(doc, ents));
}

/** A single-choice gap-fill on sentence `i` of the snippet. */
function gapFill(ctx: Ctx, i: number, prompt: string, key: string, distractors: string[], family = "name"): Candidate {
  const s = ctx.doc.sentences[i]!;
  return singleChoice({ prompt, key, distractors, seed: "t", evidence: [s], explanation: "x", skill: "detail", difficulty: 2, score: 3, facts: [], family });
}

const reasonOf = (ctx: Ctx, c: Candidate) => critique(ctx, c)?.reason;

describe("critic: give-aways in the stem", () => {
  it("rejects a gap whose acronym follows it (acronym-cue)", () => {
    const ctx = ctxOf("The Governmental Advisory Committee (GAC) recommended a freeze on disputed names in April. The Internet Society and the World Wide Web Consortium disagreed with the freeze.");
    const c = gapFill(ctx, 0, `Which organisation completes this sentence? "The _____ (GAC) recommended a freeze on disputed names in April."`, "Governmental Advisory Committee", ["Internet Society", "World Wide Web Consortium", "Domain Name Office"]);
    expect(reasonOf(ctx, c)).toBe("acronym-cue");
  });

  it("rejects a gap on a capital city named as the capital after the gap (general-knowledge)", () => {
    const ctx = ctxOf("Thousands marched in Nairobi, the Kenyan capital, on Sunday to protest against rising prices. Smaller crowds gathered in Mombasa and Kisumu.");
    const c = gapFill(ctx, 0, `Which place completes this sentence? "Thousands marched in _____, the Kenyan capital, on Sunday to protest against rising prices."`, "Nairobi", ["Mombasa", "Kisumu", "Nakuru"]);
    expect(reasonOf(ctx, c)).toBe("general-knowledge");
  });
});

describe("critic: gaps that cut or give away", () => {
  it("rejects a gap before '-winning' or after an ordinal (split-name) and a festival after 'this' (general-knowledge)", () => {
    const ctx = ctxOf("The Oscar-winning composer Anna Berg wrote the score for the film. The shop sold out of the latest toy this Christmas, and Easter sales were strong. BT plans a 21st Century network for the whole country.");
    expect(reasonOf(ctx, gapFill(ctx, 0, `Which person completes this sentence? "The _____-winning composer Anna Berg wrote the score for the film."`, "Oscar", ["Grammy", "Emmy", "Tony"]))).toBe("split-name");
    expect(reasonOf(ctx, gapFill(ctx, 2, `Which organisation completes this sentence? "BT plans a 21st _____ network for the whole country."`, "Century", ["BT", "Ofcom", "Sky"]))).toBe("split-name");
    expect(reasonOf(ctx, gapFill(ctx, 1, `Which name completes this sentence? "The shop sold out of the latest toy this _____, and Easter sales were strong."`, "Christmas", ["Easter", "Diwali", "Eid"]))).toBe("general-knowledge");
  });
  it("rejects a gap that cuts a hyphenated name (split-name) and a word-number range (key-in-stem)", () => {
    const ctx = ctxOf("Milos Raonic beat Daniel Gimeno-Traver on court eight in four sets. Drones are one or two orders of magnitude away from that benchmark.");
    const c = gapFill(ctx, 0, `Which person completes this sentence? "Milos Raonic beat _____-Traver on court eight in four sets."`, "Daniel Gimeno", ["Andy Murray", "John Isner", "Roger Federer"]);
    expect(reasonOf(ctx, c)).toBe("split-name");
    const n: Candidate = {
      body: { type: "numeric", prompt: `What number is missing? "Drones are one or _____ orders of magnitude away from that benchmark."`, answer: 2, explanation: "x", evidence: [spanOf(ctx.doc.sentences[1]!)], skill: "number", difficulty: 2 },
      score: 3, sentences: [1], facts: [], key: ["two"], distractors: [], family: "number",
    };
    expect(reasonOf({ ...ctx, centrality: [1, 1] }, n)).toBe("key-in-stem");
  });
});

describe("critic: distractors of another kind", () => {
  it("rejects the title of a work offered among people (distractor-kind)", () => {
    const ctx = ctxOf("Slave Labour, a spray-painted artwork, vanished from a shop wall in north London last month. Alan Strickland, a local councillor, said residents wanted it back. Frederic Thut, the auctioneer, refused to name the seller. Claire Kober wrote to the mayor of Miami.");
    const c = gapFill(ctx, 1, `Which person completes this sentence? "_____, a local councillor, said residents wanted it back."`, "Alan Strickland", ["Frederic Thut", "Slave Labour", "Claire Kober"]);
    expect(reasonOf(ctx, c)).toBe("distractor-kind");
    expect(critique(ctx, c)?.detail).toMatch(/title of a work/);
  });

  it("rejects a place that the article only uses as part of a longer name (distractor-kind)", () => {
    const ctx = ctxOf("The ship sailed from Halifax to Reykjavik in March. It stopped at the Cape Verde Islands on the way back. Later it docked in Lisbon for repairs.");
    const c = gapFill(ctx, 0, `Which place completes this sentence? "The ship sailed from Halifax to _____ in March."`, "Reykjavik", ["Verde", "Lisbon", "Oslo"]);
    expect(reasonOf(ctx, c)).toBe("distractor-kind");
    expect(critique(ctx, c)?.detail).toMatch(/part of a longer name/);
  });
});

describe("critic: distractors the text makes true", () => {
  it("rejects an option that is another name for a country beside it (distractor-true)", () => {
    const ctx = ctxOf("The company also ships the flatbread to Sweden and the US for diaspora communities. It plans to open a shop in Germany next year.");
    const c = gapFill(ctx, 0, `Which place completes this sentence? "The company also ships the flatbread to _____ and the US for diaspora communities."`, "Sweden", ["America", "Germany", "Finland"]);
    expect(reasonOf(ctx, c)).toBe("distractor-true");
  });
});

describe("critic: more distractor and trivia faults", () => {
  it("rejects a distractor that cuts a hyphenated name (distractor-kind)", () => {
    const ctx = ctxOf("Milos Raonic beat Daniel Gimeno-Traver on court eight in four sets. Caroline Wozniacki said the court was hot. Victoria Azarenka agreed with her.");
    const c = gapFill(ctx, 1, `Who said this? "_____ said the court was hot."`, "Caroline Wozniacki", ["Victoria Azarenka", "Daniel Gimeno", "Milos Raonic"]);
    expect(critique(ctx, c)?.detail).toMatch(/hyphenated/);
  });
  it("rejects a gap on the base of a rate (trivia)", () => {
    const ctx = ctxOf("The rate of incarceration in Sweden is below 70 per 100,000 head of population. It has fallen for years.");
    const c: Candidate = {
      body: { type: "numeric", prompt: `What number is missing? "The rate of incarceration in Sweden is below 70 per _____ head of population."`, answer: 100000, explanation: "x", evidence: [spanOf(ctx.doc.sentences[0]!)], skill: "number", difficulty: 2 },
      score: 3, sentences: [0], facts: [], key: ["100000"], distractors: [], family: "number",
    };
    expect(reasonOf({ ...ctx, centrality: [1, 1] }, c)).toBe("trivia");
  });
});

describe("critic: trivia", () => {
  it("rejects a month as the key (trivia)", () => {
    const ctx = ctxOf("The festival will return to the city in May after a two-year break. Organisers expect more visitors than ever before this year.");
    const c = gapFill(ctx, 0, `Which month completes this sentence? "The festival will return to the city in _____ after a two-year break."`, "May", ["June", "April", "July"], "date");
    expect(reasonOf(ctx, c)).toBe("trivia");
  });

  it("rejects a count in a side sentence, keeps it in a sentence the article builds on (trivia)", () => {
    const ctx = ctxOf("The museum reopened after repairs to its roof cost the city a large sum. A guide said the roof had 40 windows.");
    const c: Candidate = {
      body: { type: "numeric", prompt: `What number is missing? "A guide said the roof had _____ windows."`, answer: 40, explanation: "x", evidence: [spanOf(ctx.doc.sentences[1]!)], skill: "number", difficulty: 2 },
      score: 3, sentences: [1], facts: [], key: ["40"], distractors: [], family: "number",
    };
    expect(reasonOf({ ...ctx, centrality: [1, 0.05] }, c)).toBe("trivia");
    expect(reasonOf({ ...ctx, centrality: [1, 0.8] }, c)).toBeUndefined();
  });
});

describe("critic: statements", () => {
  const text = "The prisoner served three years of a four-year sentence before his release in Malmo. Prison numbers in Sweden have fallen by about one per cent a year since 2004. Officials closed four prisons last year.";

  it("rejects an evidence stem that restates its sentence (circular-evidence)", () => {
    const ctx = ctxOf(text);
    const s = ctx.doc.sentences[2]!;
    const c: Candidate = {
      body: { type: "evidence", prompt: "Select the sentence in the article that supports this statement: officials closed four prisons last year.", answer: [spanOf(s)], maxSelect: 1, explanation: "x", evidence: [spanOf(s)], skill: "inference", difficulty: 2 },
      score: 3, sentences: [2], facts: [], key: [s.text], distractors: [], family: "evidence",
    };
    expect(reasonOf(ctx, c)).toBe("circular-evidence");
  });

  it("rejects a false true/false whose altered number contradicts its own sentence (self-contradiction)", () => {
    const ctx = ctxOf(text);
    const s = ctx.doc.sentences[0]!;
    const c: Candidate = {
      body: { type: "truefalse", prompt: "True or false? The prisoner served five years of a four-year sentence before his release in Malmo.", answer: false, explanation: "x", evidence: [spanOf(s)], skill: "number", difficulty: 1 },
      score: 2.1, sentences: [0], facts: [], key: ["false"], distractors: [], family: "truefalse",
    };
    expect(reasonOf(ctx, c)).toBe("self-contradiction");
  });

  it("rejects a fragment offered as a statement (fragment-statement)", () => {
    const ctx = ctxOf(text);
    const c = gapFill(ctx, 2, "Which statement is true according to the article?", "Officials closed four prisons last year.", ["Officials closed nine prisons last year.", "Officials did not close four prisons last year.", "although prison numbers in Sweden rose"], "true-statement");
    expect(reasonOf(ctx, c)).toBe("fragment-statement");
  });

  it("rejects a cause question that carries a sentence's capital into the stem or an option (fragment-statement, option-grammar)", () => {
    const ctx = ctxOf("Around a third of all deaths occur in children under five, largely because of infectious disease. Hospitals have brought in new rules because infections spread quickly on wards.");
    const stem = (prompt: string, key: string, ds: string[]) => gapFill(ctx, 0, prompt, key, ds, "cause-effect");
    expect(reasonOf(ctx, stem("According to the article, why did Around a third of all deaths occur in children under five, largely?", "Because of infectious disease", ["Because of poor roads", "Because of cold winters", "Because of long queues"]))).toBe("fragment-statement");
    expect(reasonOf(ctx, stem("According to the article, why have new rules been brought in?", "Because infections spread quickly on wards", ["Because Hospitals ran out of beds", "Because nurses went on strike", "Because the wards were closed"]))).toBe("option-grammar");
  });

  it("calls a stem circular when it copies a clause of its evidence word for word", () => {
    const ev = "The campaign group UK Uncut is attempting to draw a link between government cuts and tax avoidance by multinational businesses.";
    expect(circularStem("Select the sentence that supports this statement: The campaign group UK Uncut is attempting to draw a link between government cuts.", ev)).toMatch(/copies/);
    expect(circularStem("Select the sentence in the article that tells who leads UK Uncut.", ev)).toBeUndefined();
    const why = "The village school closed early on Friday because the heating system in the old building broke down.";
    expect(circularStem("Select the sentence in the article that explains why the village school closed early on Friday.", why)).toBeUndefined();
  });

  it("tells fragments and contradictions from whole, consistent statements", () => {
    const doc = segment(text);
    expect(fragmentOf(doc, "Officials closed four prisons last year.")).toBeUndefined();
    expect(fragmentOf(doc, "Although prison numbers in Sweden fell.")).toMatch(/subordinate/);
    expect(contradictionIn("Twelve of the 10 players were injured.")).toMatch(/larger than the whole/);
    expect(contradictionIn("Between 50 and 20 people came.")).toMatch(/reversed/);
    expect(contradictionIn("Three of the four players were injured.")).toBeUndefined();
    expect(contradictionIn("Turnout rose to 130 % of the voters.")).toMatch(/more than the whole/);
  });
});

describe("critic: a name and its number are one name", () => {
  it("rejects a gap before the number of a name ('Channel 4') or after 'No' ('No 10')", () => {
    const ctx = ctxOf("The presenter once hosted a quiz on Channel 4 for many years. The former No 10 media chief wrote to the programme.");
    expect(reasonOf(ctx, gapFill(ctx, 0, `Which organisation completes this sentence? "The presenter once hosted a quiz on _____ 4 for many years."`, "Channel", ["Radio Times", "Sky News", "The Mirror"]))).toBe("split-name");
    expect(reasonOf(ctx, gapFill(ctx, 1, `What number is missing? "The former No _____ media chief wrote to the programme."`, "10", ["12", "8", "20"], "number"))).toBe("split-name");
  });
});

describe("critic: the unit shown with a typed number", () => {
  const ctx = ctxOf("The council spent $10m on the new bridge over the river. Around 300 people came to see it open.");
  const numeric = (unit: string): Candidate => {
    const s = ctx.doc.sentences[0]!;
    return {
      body: { type: "numeric", prompt: "How much did the council spend on the new bridge over the river?", answer: 10, tolerance: 0, unit, unitAliases: [], explanation: "x", evidence: [spanOf(s)], skill: "number", difficulty: 2 },
      score: 3, sentences: [0], facts: [], key: ["$10m"], distractors: [], family: "number",
    };
  };
  it("passes a sum in words ('million dollars') and rejects a unit that is no noun of measure (unit-not-measure)", () => {
    expect(reasonOf(ctx, numeric("million dollars"))).toBeUndefined();
    expect(reasonOf(ctx, numeric("dollars"))).toBeUndefined();
    expect(reasonOf(ctx, numeric("bridge"))).toBe("unit-not-measure");
  });
});

describe("critic: a key the headline prints", () => {
  it("rejects a year the headline names, as a gap or as a question (general-knowledge)", () => {
    const ctx = ctxOf("The year 2004 will not be remembered as a great one for the club. It lost eleven of its games, and two players left in June.");
    const gap = gapFill(ctx, 0, 'Which year completes this sentence from the article? "The year _____ will not be remembered as a great one for the club."', "2004", ["2003", "2005", "2006"], "date");
    expect(critique(ctx, gap, "2004: a year to forget at the club")?.reason).toBe("general-knowledge");
    expect(critique(ctx, gap, "A year to forget at the club")?.reason).toBeUndefined();
    const wh = gapFill(ctx, 1, "In which year did the club lose eleven of its games?", "2004", ["2003", "2005", "2006"], "date");
    expect(critique(ctx, wh, "2004: a year to forget at the club")?.reason).toBe("general-knowledge");
  });
});
