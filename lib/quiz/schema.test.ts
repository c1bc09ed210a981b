import { describe, expect, it } from "vitest";
import { countBlanks, questionSchema, quizFileSchema, responseSchemas, responsesBodySchema } from "./schema";

const common = { prompt: "Question?", explanation: "Because.", evidence: [{ start: 0, end: 5 }] };
const options = [
  { id: "a", text: "Alpha" },
  { id: "b", text: "Beta" },
  { id: "c", text: "Gamma" },
];

const valid = {
  single: { id: "s", type: "single", ...common, options, answer: "a" },
  multiple: { id: "m", type: "multiple", ...common, options, answer: ["a", "b"] },
  truefalse: { id: "t", type: "truefalse", ...common, answer: true },
  numeric: { id: "n", type: "numeric", ...common, answer: 250, unit: "miles" },
  short: { id: "sh", type: "short", ...common, answer: ["Serval"] },
  blank: { id: "bl", type: "blank", ...common, prompt: "Raised to ___, below ___.", answer: [["bright red"], ["scarlet"]] },
  ordering: { id: "o", type: "ordering", ...common, items: options, answer: ["c", "a", "b"] },
  matching: {
    id: "mt",
    type: "matching",
    ...common,
    left: options.slice(0, 2),
    right: options,
    answer: { a: "b", b: "c" },
  },
};

/** The messages of a failed parse, with their paths, for matching in assertions. */
function issues(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) {
  const result = schema.safeParse(value);
  expect(result.success, "expected the parse to fail").toBe(false);
  return result.error!.issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`);
}

const quiz = (questions: unknown[], text = "Some article text. It has two sentences.") => ({
  slug: "a-quiz",
  title: "A quiz",
  article: { title: "An article", text },
  questions,
});

describe("questionSchema", () => {
  it.each(Object.entries(valid))("accepts a valid %s question and fills in defaults", (_, q) => {
    const parsed = questionSchema.parse(q);
    expect(parsed).toMatchObject({ points: 1, skill: "detail", difficulty: 2 });
  });

  it("refuses a single answer that is not an option id", () => {
    expect(issues(questionSchema, { ...valid.single, answer: "z" })).toContain("answer: answer must be one of the option ids");
  });

  it("refuses multiple answers that are unknown or repeated", () => {
    expect(issues(questionSchema, { ...valid.multiple, answer: ["a", "z"] })).toContain(
      "answer: every answer must be one of the option ids",
    );
    expect(issues(questionSchema, { ...valid.multiple, answer: ["a", "a"] })).toContain("answer: answer ids must be unique");
    expect(issues(questionSchema, { ...valid.multiple, answer: [] }).join()).toMatch(/^answer:/);
  });

  it("refuses repeated option ids and too few options", () => {
    expect(issues(questionSchema, { ...valid.single, options: [options[0], options[0]] })).toContain(
      "options: choice ids must be unique",
    );
    expect(issues(questionSchema, { ...valid.single, options: [options[0]] }).join()).toMatch(/^options:/);
  });

  it("refuses a blank question whose prompt and answers disagree in number", () => {
    expect(issues(questionSchema, { ...valid.blank, answer: [["bright red"]] })).toContain(
      "answer: the prompt must hold one ___ for each entry of answer",
    );
    expect(issues(questionSchema, { ...valid.blank, prompt: "No blanks here." }).join()).toMatch(/one ___ for each/);
  });

  it("counts blanks of three or more underscores only", () => {
    expect(countBlanks("a ___ b _____ c __ d")).toBe(2);
    expect(countBlanks("none")).toBe(0);
  });

  it("refuses an ordering answer that is not a permutation of the items", () => {
    const message = "answer: answer must list every item id exactly once";
    expect(issues(questionSchema, { ...valid.ordering, answer: ["a", "b"] })).toContain(message);
    expect(issues(questionSchema, { ...valid.ordering, answer: ["a", "a", "b"] })).toContain(message);
    expect(issues(questionSchema, { ...valid.ordering, answer: ["a", "b", "z"] })).toContain(message);
  });

  it("refuses a matching answer that misses a left id or names an unknown right id", () => {
    const message = "answer: answer must map every left id to a right id";
    expect(issues(questionSchema, { ...valid.matching, answer: { a: "b" } })).toContain(message);
    expect(issues(questionSchema, { ...valid.matching, answer: { a: "b", b: "z" } })).toContain(message);
    expect(issues(questionSchema, { ...valid.matching, answer: { a: "b", b: "c", c: "a" } })).toContain(message);
  });

  it("refuses a matching question with fewer right entries than left", () => {
    const q = { ...valid.matching, left: options, right: options.slice(0, 2), answer: { a: "a", b: "b", c: "a" } };
    expect(issues(questionSchema, q)).toContain("right: right needs at least as many entries as left");
  });

  it("refuses empty or backwards evidence spans", () => {
    expect(issues(questionSchema, { ...valid.truefalse, evidence: [] }).join()).toMatch(/^evidence:/);
    expect(issues(questionSchema, { ...valid.truefalse, evidence: [{ start: 5, end: 5 }] })).toContain(
      "evidence.0: end must be after start",
    );
    expect(issues(questionSchema, { ...valid.truefalse, evidence: [{ start: -1, end: 5 }] }).join()).toMatch(/evidence\.0\.start/);
  });

  it("takes an evidence question with 1–4 key spans and refuses one whose maxSelect cannot hold the key", () => {
    const base = { id: "why", type: "evidence", prompt: "Select the sentence.", explanation: "It says so.", evidence: [{ start: 0, end: 9 }] };
    expect(questionSchema.safeParse({ ...base, answer: [{ start: 0, end: 9 }] }).success).toBe(true);
    expect(questionSchema.safeParse({ ...base, answer: [] }).success).toBe(false);
    const two = [{ start: 0, end: 9 }, { start: 10, end: 20 }];
    expect(questionSchema.safeParse({ ...base, answer: two, maxSelect: 1 }).success).toBe(false);
    expect(questionSchema.safeParse({ ...base, answer: two, maxSelect: 7 }).success).toBe(false);
    expect(questionSchema.safeParse({ ...base, answer: [{ start: 0, end: 9 }, { start: 5, end: 20 }] }).success).toBe(false);
  });

  it("refuses ids with spaces, an unknown type and a negative tolerance", () => {
    expect(issues(questionSchema, { ...valid.truefalse, id: "two words" }).join()).toMatch(/^id: use letters/);
    expect(questionSchema.safeParse({ ...valid.truefalse, type: "essay" }).success).toBe(false);
    expect(issues(questionSchema, { ...valid.numeric, tolerance: -1 }).join()).toMatch(/^tolerance:/);
  });
});

describe("quizFileSchema", () => {
  it("accepts a valid quiz", () => {
    expect(quizFileSchema.safeParse(quiz([valid.single, valid.truefalse])).success).toBe(true);
  });

  it("refuses two questions with the same id, pointing at the second", () => {
    expect(issues(quizFileSchema, quiz([valid.single, { ...valid.truefalse, id: "s" }]))).toContain(
      'questions.1.id: duplicate question id "s"',
    );
  });

  it("refuses evidence that runs past the article text", () => {
    const text = "Short.";
    const q = { ...valid.truefalse, evidence: [{ start: 0, end: 6 }, { start: 2, end: 7 }] };
    expect(issues(quizFileSchema, quiz([q], text))).toEqual([
      "questions.0.evidence.1: evidence [2, 7) runs past the article's 6 characters",
    ]);
  });

  it("refuses a slug that is not lowercase words joined by hyphens, and a bad date", () => {
    expect(issues(quizFileSchema, { ...quiz([valid.single]), slug: "Serval Quiz" }).join()).toMatch(/^slug:/);
    const badDate = { ...quiz([valid.single]), article: { title: "t", text: "Text.", publishedOn: "14/01/2013" } };
    expect(issues(quizFileSchema, badDate).join()).toMatch(/^article\.publishedOn:/);
  });
});

describe("responseSchemas", () => {
  it.each([
    ["single", "a", true],
    ["single", ["a"], false],
    ["multiple", ["a", "b"], true],
    ["multiple", "a", false],
    ["truefalse", false, true],
    ["truefalse", "false", false],
    ["numeric", "250 miles", true],
    ["numeric", 250, true],
    ["numeric", Infinity, false],
    ["short", "Serval", true],
    ["short", "x".repeat(501), false],
    ["blank", ["a", "b"], true],
    ["blank", [1], false],
    ["ordering", ["a", "b"], true],
    ["matching", { a: "b" }, true],
    ["matching", { a: 1 }, false],
  ] as const)("%s accepts %j: %s", (type, response, ok) => {
    expect(responseSchemas[type].safeParse(response).success).toBe(ok);
  });

  it("limits a responses body to 200 answers", () => {
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`q${i}`, "a"]));
    expect(responsesBodySchema.safeParse(many).success).toBe(false);
    expect(responsesBodySchema.safeParse({ q1: "a", q2: [1] }).success).toBe(true);
  });
});
