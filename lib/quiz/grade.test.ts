import { describe, expect, it } from "vitest";
import { describeResponse, gradeQuestion, gradeQuiz, NO_ANSWER } from "./grade";
import { questionSchema, type Question, type QuestionOf, type QuestionType } from "./schema";

const common = { explanation: "Because the article says so.", evidence: [{ start: 0, end: 10 }] };

/** A valid question of `type` with schema defaults applied; `extra` overrides the defaults here. */
function make<T extends QuestionType>(type: T, extra: Record<string, unknown>): QuestionOf<T> {
  return questionSchema.parse({ id: `q-${type}`, prompt: "Prompt ___", type, ...common, ...extra }) as QuestionOf<T>;
}

const single = make("single", {
  points: 2,
  options: [
    { id: "cat", text: "A small African cat" },
    { id: "fox", text: "A small desert fox" },
  ],
  answer: "cat",
});
const multiple = make("multiple", {
  points: 3,
  options: ["nigeria", "togo", "benin", "algeria", "chad", "ghana"].map((id) => ({ id, text: id[0]!.toUpperCase() + id.slice(1) })),
  answer: ["nigeria", "togo", "benin"],
});
const trueFalse = make("truefalse", { answer: false });
const numeric = make("numeric", { answer: 250, tolerance: 10, unit: "miles", unitAliases: ["mi"] });
const exact = make("numeric", { answer: 0.3, tolerance: 0.1 });
const short = make("short", { answer: ["Serval", "Operation Serval"] });
const blank = make("blank", {
  prompt: "Raised to ___, one grade below ___.",
  points: 2,
  answer: [["bright red"], ["scarlet"]],
});
const ordering = make("ordering", {
  items: ["a", "b", "c", "d"].map((id) => ({ id, text: id.toUpperCase() })),
  answer: ["a", "b", "c", "d"],
});
const matching = make("matching", {
  left: [
    { id: "valls", text: "Manuel Valls" },
    { id: "lungescu", text: "Oana Lungescu" },
  ],
  right: [
    { id: "interior", text: "Interior minister" },
    { id: "nato", text: "Nato spokesperson" },
    { id: "defence", text: "Defence minister" },
  ],
  answer: { valls: "interior", lungescu: "nato" },
});

// Three sentences of an article; the key of the evidence question is the first and the third.
const ARTICLE = "France sent troops to Mali. The rebels had taken Konna. Paris feared an attack on Bamako itself.";
const sentence = (text: string) => ({ start: ARTICLE.indexOf(text), end: ARTICLE.indexOf(text) + text.length });
const S1 = sentence("France sent troops to Mali.");
const S2 = sentence("The rebels had taken Konna.");
const S3 = sentence("Paris feared an attack on Bamako itself.");
const evidence = make("evidence", { points: 2, answer: [S1, S3], evidence: [S1, S3] });

const points = (q: Question, response: unknown) => gradeQuestion(q, response).points;

describe("every question type", () => {
  const all: Question[] = [single, multiple, trueFalse, numeric, short, blank, ordering, matching, evidence];

  it.each(all.map((q) => [q.type, q] as const))("%s: a missing or ill-typed response scores 0 without throwing", (_, q) => {
    for (const response of [undefined, null, 42, "x".repeat(600), { a: 1 }, [1, 2], true, Symbol("s")]) {
      const result = gradeQuestion(q, response);
      expect(result.points, `${q.type} ${String(response)}`).toBe(0);
      expect(result.correct).toBe(false);
      expect(result.maxPoints).toBe(q.points);
      expect(result.questionId).toBe(q.id);
    }
  });
});

describe("single and truefalse: all or nothing", () => {
  it("gives the question's points for the key and nothing for another option", () => {
    expect(gradeQuestion(single, "cat")).toMatchObject({ correct: true, points: 2, maxPoints: 2, expected: "A small African cat" });
    expect(gradeQuestion(single, "fox")).toMatchObject({ correct: false, points: 0 });
    expect(points(single, "CAT")).toBe(0);
    expect(points(single, ["cat"])).toBe(0);
  });

  it("takes only a boolean for true/false", () => {
    expect(gradeQuestion(trueFalse, false)).toMatchObject({ correct: true, points: 1, expected: "False" });
    expect(points(trueFalse, true)).toBe(0);
    expect(points(trueFalse, "false")).toBe(0);
    expect(points(trueFalse, 0)).toBe(0);
  });
});

describe("multiple: (right − wrong) / right options, floored at 0", () => {
  it("gives full marks only for the exact set, in any order", () => {
    expect(gradeQuestion(multiple, ["benin", "nigeria", "togo"])).toMatchObject({ correct: true, points: 3 });
    expect(gradeQuestion(multiple, [])).toMatchObject({ correct: false, points: 0 });
  });

  it("gives partial credit and takes a right pick back for each wrong one", () => {
    expect(points(multiple, ["nigeria", "togo"])).toBe(2);
    expect(points(multiple, ["nigeria"])).toBe(1);
    expect(points(multiple, ["nigeria", "togo", "algeria"])).toBe(1);
    expect(gradeQuestion(multiple, ["nigeria", "togo", "benin", "chad"])).toMatchObject({ correct: false, points: 2 });
  });

  it("never goes below zero", () => {
    expect(points(multiple, ["nigeria", "algeria", "chad", "ghana"])).toBe(0);
    expect(points(multiple, ["algeria"])).toBe(0);
  });

  it("counts a repeated pick once", () => {
    expect(points(multiple, ["nigeria", "nigeria", "nigeria"])).toBe(1);
    expect(gradeQuestion(multiple, ["nigeria", "togo", "benin", "benin"]).correct).toBe(true);
  });

  it("counts an id that is not an option as a wrong pick", () => {
    expect(points(multiple, ["nigeria", "togo", "benin", "france"])).toBe(2);
  });

  it("rounds partial points to 3 decimals", () => {
    expect(points(make("multiple", { ...multiple, points: 1 }), ["nigeria"])).toBe(0.333);
  });

  it("lists the key options as expected, in option order", () => {
    expect(gradeQuestion(multiple, undefined).expected).toBe("Nigeria; Togo; Benin");
  });
});

describe("numeric: |value − answer| ≤ tolerance, unit optional but never another", () => {
  it.each([
    [250, 1],
    ["250", 1],
    ["250 miles", 1],
    ["250 mile", 1],
    ["250 mi", 1],
    ["240", 1],
    ["260 miles", 1],
    ["239.99", 0],
    ["260.01", 0],
    ["250 km", 0],
    ["250 kilometres", 0],
    ["about 250", 0],
    ["", 0],
  ])("%j scores %d", (response, expected) => {
    expect(points(numeric, response)).toBe(expected);
  });

  it("includes both ends of the tolerance despite floating point", () => {
    expect(points(exact, "0.4")).toBe(1);
    expect(points(exact, 0.2)).toBe(1);
    expect(points(exact, 0.1 + 0.2)).toBe(1);
    expect(points(exact, "0.41")).toBe(0);
  });

  it("with no tolerance, wants the exact figure", () => {
    const q = make("numeric", { answer: 6000 });
    expect(points(q, "6,000")).toBe(1);
    expect(points(q, "6 000")).toBe(1);
    expect(points(q, "6001")).toBe(0);
  });

  it("shows the key with its unit and tolerance", () => {
    expect(gradeQuestion(numeric, undefined).expected).toBe("250 miles ± 10");
    expect(gradeQuestion(make("numeric", { answer: 6000 }), undefined).expected).toBe("6,000");
  });
});

describe("short: normalised response equals a normalised accepted answer", () => {
  it.each(["Serval", "serval", "  SERVAL. ", "“Serval”", "operation serval", "Opération Serval", "the Serval"])(
    "accepts %j",
    (response) => {
      expect(gradeQuestion(short, response)).toMatchObject({ correct: true, points: 1 });
    },
  );

  it.each(["Servals", "Serval cat", "Operation", "", "   ", "?!"])("refuses %j", (response) => {
    expect(points(short, response)).toBe(0);
  });

  it("matches accents either way round", () => {
    const q = make("short", { answer: ["Mathieu Guidère"] });
    expect(points(q, "mathieu guidere")).toBe(1);
    expect(points(q, "Mathieu Guidére")).toBe(1);
    expect(points(q, "Mathieu Guider")).toBe(0);
  });

  it("never matches an empty response to an accepted answer that normalises to nothing", () => {
    expect(points(make("short", { answer: ["?"] }), "!")).toBe(0);
  });

  it("shows the first accepted answer as expected", () => {
    expect(gradeQuestion(short, undefined).expected).toBe("Serval");
  });
});

describe("blank: credit per blank", () => {
  it("gives points × right blanks / blanks", () => {
    expect(gradeQuestion(blank, ["Bright red", "Scarlet"])).toMatchObject({ correct: true, points: 2 });
    expect(gradeQuestion(blank, ["bright-red", "red"])).toMatchObject({ correct: false, points: 1 });
    expect(points(blank, ["scarlet", "bright red"])).toBe(0);
  });

  it("counts missing blanks as wrong and ignores extra entries", () => {
    expect(points(blank, ["bright red"])).toBe(1);
    expect(points(blank, [])).toBe(0);
    expect(points(blank, ["bright red", "scarlet", "extra"])).toBe(2);
  });

  it("takes an array of strings only", () => {
    expect(points(blank, "bright red scarlet")).toBe(0);
    expect(points(blank, ["bright red", 3])).toBe(0);
  });

  it("shows each blank's first accepted answer", () => {
    expect(gradeQuestion(blank, undefined).expected).toBe("bright red; scarlet");
  });
});

describe("ordering: share of pairs in the right relative order", () => {
  it.each([
    [["a", "b", "c", "d"], 1],
    [["d", "c", "b", "a"], 0],
    [["b", "a", "c", "d"], 0.833],
    [["a", "b", "d", "c"], 0.833],
    [["d", "a", "b", "c"], 0.5],
  ])("%j scores %d", (response, expected) => {
    expect(points(ordering, response)).toBe(expected);
  });

  it("gives full marks only to the complete, exact order", () => {
    expect(gradeQuestion(ordering, ["a", "b", "c", "d"]).correct).toBe(true);
    expect(gradeQuestion(ordering, ["a", "b", "c"]).correct).toBe(false);
  });

  it("compares only the ids present: a left-out item loses its pairs", () => {
    expect(points(ordering, ["a", "b", "c"])).toBe(0.5);
    expect(points(ordering, ["a"])).toBe(0);
    expect(points(ordering, [])).toBe(0);
  });

  it("ignores unknown ids and repeats after the first", () => {
    expect(points(ordering, ["x", "a", "b", "y", "c", "d"])).toBe(1);
    expect(points(ordering, ["a", "b", "a", "c", "d"])).toBe(1);
    expect(points(ordering, ["d", "a", "b", "c", "d"])).toBe(0.5);
  });

  it("shows the items in order joined by arrows", () => {
    expect(gradeQuestion(ordering, undefined).expected).toBe("A → B → C → D");
  });
});

describe("matching: points × right pairs / left items", () => {
  it("credits each left item matched to its key", () => {
    expect(gradeQuestion(matching, { valls: "interior", lungescu: "nato" })).toMatchObject({ correct: true, points: 1 });
    expect(points(matching, { valls: "interior", lungescu: "defence" })).toBe(0.5);
    expect(points(matching, { valls: "nato", lungescu: "interior" })).toBe(0);
    expect(points(matching, { valls: "interior" })).toBe(0.5);
  });

  it("lets a right entry be chosen twice, but it is right only where the key puts it", () => {
    expect(points(matching, { valls: "interior", lungescu: "interior" })).toBe(0.5);
  });

  it("ignores unknown left ids and never counts an unknown right id", () => {
    expect(gradeQuestion(matching, { valls: "interior", lungescu: "nato", hamaha: "nato" }).correct).toBe(true);
    expect(points(matching, { valls: "mayor", lungescu: "nato" })).toBe(0.5);
  });

  it("reads only the response's own keys", () => {
    const response = JSON.parse('{"__proto__": {"valls": "interior"}, "lungescu": "nato"}');
    expect(points(matching, response)).toBe(0.5);
  });

  it("shows every pair in left order", () => {
    expect(gradeQuestion(matching, undefined).expected).toBe("Manuel Valls → Interior minister; Oana Lungescu → Nato spokesperson");
  });
});

describe("evidence: (key sentences hit − wrong picks) / key sentences, floored at 0", () => {
  it("gives full marks for exactly the key sentences, in any order", () => {
    expect(gradeQuestion(evidence, [S3, S1])).toMatchObject({ correct: true, points: 2, maxPoints: 2 });
  });

  it("gives partial credit for some of the key and takes a hit back for each wrong pick", () => {
    expect(gradeQuestion(evidence, [S1])).toMatchObject({ correct: false, points: 1 });
    expect(points(evidence, [S1, S2])).toBe(0);
    expect(points(evidence, [S2])).toBe(0);
    expect(points(evidence, [])).toBe(0);
  });

  it("counts a sentence selected twice once", () => {
    expect(gradeQuestion(evidence, [S1, S1, S3])).toMatchObject({ correct: true, points: 2 });
  });

  it("hits a key span that a selection overlaps by more than half of the shorter of the two", () => {
    // The article view trims a sentence differently from the key: one character short either end.
    expect(points(evidence, [{ start: S1.start + 1, end: S1.end }, { start: S3.start, end: S3.end - 1 }])).toBe(2);
    // A key that is most of a sentence is hit by selecting the sentence; a short clause is not,
    // because most of the selection would lie outside it.
    const length = S3.end - S3.start;
    const mostOf = make("evidence", { answer: [{ start: S3.start, end: S3.start + Math.ceil(length * 0.6) }] });
    expect(points(mostOf, [S3])).toBe(1);
    const clause = make("evidence", { answer: [{ start: S3.start, end: S3.start + Math.floor(length * 0.4) }] });
    expect(points(clause, [S3])).toBe(0);
    // Half of a sentence, exactly, is not more than half.
    const half = { start: S2.start, end: S2.start + Math.floor((S2.end - S2.start) / 2) };
    const halfKey = make("evidence", { answer: [half] });
    expect(points(halfKey, [{ start: half.end - Math.floor((half.end - half.start) / 2), end: half.end + 40 }])).toBe(0);
  });

  it("does not let one long selection sweep up every key sentence", () => {
    const all = { start: 0, end: ARTICLE.length };
    expect(points(evidence, [all])).toBe(0);
    expect(points(evidence, [{ start: S1.start, end: S2.end }])).toBe(0);
  });

  it("earns nothing for more selections than the question allows", () => {
    const roomy = make("evidence", { answer: [S1], maxSelect: 2 });
    expect(points(roomy, [S1, S2])).toBe(0);
    expect(points(roomy, [S1])).toBe(1);
    expect(points(evidence, [S1, S2, S3])).toBe(0);
  });

  it("takes only an array of spans", () => {
    expect(points(evidence, [{ start: 5, end: 2 }])).toBe(0);
    expect(points(evidence, ["France sent troops to Mali."])).toBe(0);
    expect(points(evidence, Array.from({ length: 7 }, () => S1))).toBe(0);
  });

  it("describes the key by the sentences' opening words when the article is known, else by offsets", () => {
    expect(gradeQuestion(evidence, [], { articleText: ARTICLE }).expected).toBe(
      "The sentences beginning “France sent troops to Mali.” and “Paris feared an attack on Bamako itself.”",
    );
    expect(gradeQuestion(evidence, []).expected).toBe(`Sentences at characters ${S1.start}–${S1.end} and ${S3.start}–${S3.end}`);
    const long = make("evidence", { answer: [{ start: 0, end: ARTICLE.length }] });
    expect(gradeQuestion(long, [], { articleText: ARTICLE }).expected).toBe("The sentence beginning “France sent troops to Mali. The rebels had…”");
  });
});

describe("number words in typed answers", () => {
  const soldiers = make("numeric", { answer: 4000, unit: "soldiers" });
  const four = make("short", { answer: ["four"] });
  const digits = make("short", { answer: ["21"] });

  it.each([
    ["four thousand", 4000],
    ["Four thousand soldiers", 4000],
    ["4 thousand", 4000],
    ["4,000", 4000],
  ])("numeric: %j is %d", (typed, value) => {
    expect(points(soldiers, typed)).toBe(value === 4000 ? 1 : 0);
  });

  it("numeric: still refuses another unit or another number in words", () => {
    expect(points(soldiers, "four thousand tanks")).toBe(0);
    expect(points(soldiers, "three thousand")).toBe(0);
    expect(points(soldiers, "about four thousand")).toBe(0);
  });

  it("short and blank: a figure matches a key in words and words match a key in figures", () => {
    expect(points(four, "4")).toBe(1);
    expect(points(four, "Four")).toBe(1);
    expect(points(four, "5")).toBe(0);
    expect(points(digits, "twenty-one")).toBe(1);
    expect(points(digits, "twenty one")).toBe(1);
    expect(points(digits, "twenty")).toBe(0);
    const people = make("blank", { prompt: "About ___ fled.", answer: [["21 people"]] });
    expect(points(people, ["twenty-one people"])).toBe(1);
    expect(points(people, ["twenty-one soldiers"])).toBe(0);
  });

  it("short: a word that merely holds a number word is not a number", () => {
    const tone = make("short", { answer: ["tone"] });
    expect(points(tone, "1")).toBe(0);
  });
});

describe("gradeQuiz", () => {
  it("sums points, treats missing responses as 0 and keeps question order", () => {
    const result = gradeQuiz([single, multiple, blank], { [single.id]: "cat", [blank.id]: ["bright red", ""], other: "x" });
    expect(result.maxScore).toBe(7);
    expect(result.score).toBe(3);
    expect(result.results.map((r) => [r.questionId, r.points])).toEqual([
      [single.id, 2],
      [multiple.id, 0],
      [blank.id, 1],
    ]);
  });

  it("does not read responses from the prototype", () => {
    const q = make("short", { id: "toString", answer: ["x"] });
    expect(gradeQuiz([q], {}).score).toBe(0);
  });

  it("rounds the total to 3 decimals", () => {
    const third = make("multiple", { ...multiple, points: 1 });
    const qs = [third, { ...third, id: "b" }, { ...third, id: "c" }];
    expect(gradeQuiz(qs, { [third.id]: ["nigeria"], b: ["nigeria"], c: ["nigeria"] }).score).toBe(0.999);
  });
});

describe("describeResponse", () => {
  it.each([
    [single, "fox", "A small desert fox"],
    [single, "wolf", NO_ANSWER],
    [multiple, ["togo", "nigeria", "togo", "france"], "Nigeria; Togo"],
    [multiple, [], NO_ANSWER],
    [trueFalse, true, "True"],
    [trueFalse, false, "False"],
    [numeric, " 250 miles ", "250 miles"],
    [numeric, 6000, "6,000"],
    [numeric, "", NO_ANSWER],
    [short, "  Serval ", "Serval"],
    [short, "   ", NO_ANSWER],
    [blank, ["bright red", ""], `bright red; ${NO_ANSWER}`],
    [blank, ["", " "], NO_ANSWER],
    [ordering, ["c", "a", "zz", "a"], "C → A"],
    [matching, { lungescu: "nato", valls: "nowhere" }, "Oana Lungescu → Nato spokesperson"],
    [matching, {}, NO_ANSWER],
    [evidence, [S2], `Sentence at characters ${S2.start}–${S2.end}`],
    [evidence, [], NO_ANSWER],
  ] as const)("%s %j → %j", (q, response, expected) => {
    expect(describeResponse(q, response)).toBe(expected);
  });

  it("shows a dash for a missing or ill-typed response of any type", () => {
    for (const q of [single, multiple, trueFalse, numeric, short, blank, ordering, matching, evidence]) {
      expect(describeResponse(q, undefined)).toBe(NO_ANSWER);
      expect(describeResponse(q, { nonsense: [1] })).toBe(NO_ANSWER);
    }
  });
});
