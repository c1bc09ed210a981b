/**
 * Every claim of capabilities.ts, held to what the formats actually do: for each (format, type)
 * pair, and each per-question limit, a question is exported, imported and exported again.
 * exact: the same question (keyView), full marks for its key, the same file again, nothing
 * reported. approximated: the same question but for the parts the map says are lost (and those
 * really change), the map's message reported. none: left out, and the map's reason reported.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gradeQuestion } from "@/lib/quiz/grade";
import { QUESTION_TYPES, type Question, type QuestionOf, type QuestionType } from "@/lib/quiz/schema";
import { assess, CAPABILITIES, capabilityTables } from "./capabilities";
import { sampleQuiz } from "./fixtures/sample-quiz";
import { exportQuiz, FORMATS, importQuiz } from "./index";
import { keyView, withoutParts } from "./roundtrip";

const article = sampleQuiz.article.text;
const at = (text: string) => ({ start: article.indexOf(text), end: article.indexOf(text) + text.length });
const sample = <T extends QuestionType>(type: T) => sampleQuiz.questions.find((q): q is QuestionOf<T> => q.type === type)!;

/** Values no format fills in by default, so a part that is lost visibly changes. */
const distinctive = (q: Question): Question => ({ ...q, points: 2, skill: "inference", difficulty: 3 });

const numeric = sample("numeric");
const blank = sample("blank");
const matching = sample("matching");
const evidence = sample("evidence");

/** Per type: a plain question, and one that meets each of the type's limits in some format. */
const CASES: Record<QuestionType, [string, Question][]> = {
  single: [["plain", sample("single")]],
  multiple: [["plain", sample("multiple")]],
  truefalse: [["plain", sample("truefalse")]],
  numeric: [
    ["without a unit", { ...numeric, unit: undefined, unitAliases: [] }],
    ["with a unit", numeric],
    ["with unit aliases but no unit", { ...numeric, unit: undefined, unitAliases: ["mi"] }],
  ],
  short: [["plain", sample("short")]],
  blank: [
    ["one blank", { ...blank, prompt: "France sent troops to ___ in 2013.", answer: [["Mali"]] }],
    ["two blanks", blank],
    ["nothing but the blank", { ...blank, prompt: "___", answer: [["Mali"]] }],
  ],
  ordering: [["plain", sample("ordering")]],
  matching: [
    ["without distractors", { ...matching, right: matching.right.filter((r) => Object.values(matching.answer).includes(r.id)) }],
    ["with a distractor", matching],
    ["two left items sharing a right one", { ...matching, answer: { when: "jan", "how-many": "jan" } }],
  ],
  evidence: [
    ["whole-sentence key", evidence],
    ["a key that is part of a sentence", { ...evidence, answer: [at("The operation was called Serval")], evidence: [at("The operation was called Serval")] }],
  ],
};

/** A response that earns full marks on this question. */
function rightResponse(q: Question): unknown {
  switch (q.type) {
    case "short":
      return q.answer[0];
    case "blank":
      return q.answer.map((a) => a[0]);
    default:
      return q.answer;
  }
}

describe.each(FORMATS)("%s", (format) => {
  const cases = QUESTION_TYPES.flatMap((type) => CASES[type].map(([name, q]) => [`${type} ${name}`, distinctive(q)] as const));

  it.each(cases)("%s: round-trips as the capability map says", (_, question) => {
    const quiz = { ...sampleQuiz, questions: [question] };
    const claim = assess(format, question, article);
    const first = exportQuiz(quiz, format);
    const reported = first.losses.filter((l) => l.questionId === question.id);
    if (claim.fidelity === "none") {
      expect(first.exported).toBe(0);
      expect(reported).toEqual(claim.messages.map((message) => expect.objectContaining({ kind: "dropped", message })));
      return;
    }
    expect(first.exported).toBe(1);
    expect(reported.map((l) => l.message)).toEqual(claim.messages);
    if (claim.fidelity === "exact") expect(reported).toEqual([]);

    const back = importQuiz(first.body);
    expect(back.skipped).toEqual([]);
    expect(back.quiz.questions).toHaveLength(1);
    const imported = back.quiz.questions[0]!;
    expect(withoutParts(keyView(imported), claim.lost)).toEqual(withoutParts(keyView(question), claim.lost));
    // A part the map calls lost really is: no claim that costs nothing.
    for (const part of claim.lost) expect(keyView(imported)[part === "key" ? "answer" : part], part).not.toEqual(keyView(question)[part === "key" ? "answer" : part]);
    expect(gradeQuestion(imported, rightResponse(imported)).points).toBe(imported.points);
    expect(gradeQuestion(imported, undefined).points).toBe(0);

    const second = exportQuiz({ ...quiz, questions: back.quiz.questions }, format);
    expect(Buffer.from(second.body).toString("latin1")).toBe(Buffer.from(first.body).toString("latin1"));
  });
});

describe("the capability map", () => {
  it("has a case for every limit it states, so none goes untested", () => {
    for (const format of FORMATS) {
      for (const type of QUESTION_TYPES) {
        for (const limit of CAPABILITIES[format][type].limits ?? []) {
          const met = CASES[type].some(([, q]) => limit.applies(q, article));
          expect(met, `${format} ${type} "${limit.when}"`).toBe(true);
        }
      }
    }
  });

  it("tells the import report what the file's format could not carry", () => {
    const back = importQuiz(exportQuiz(sampleQuiz, "gift").body);
    // The sample's gap-fill has two blanks, so GIFT held one typed-answer question.
    expect(back.notes).toContain(`1 question (Short answer): ${CAPABILITIES.gift.short.message}`);
    const aiken = importQuiz(exportQuiz(sampleQuiz, "aiken").body);
    expect(aiken.notes).toContain(`1 question (Single choice): ${CAPABILITIES.aiken.single.message}`);
  });

  it("says why whenever a type is not exact", () => {
    for (const format of FORMATS) for (const type of QUESTION_TYPES) {
      const cell = CAPABILITIES[format][type];
      if (cell.fidelity !== "exact") expect(cell.message, `${format} ${type}`).toBeTruthy();
    }
  });

  // After changing the map: npx tsx scripts/formats-tables.ts rewrites both files' tables.
  it.each([
    ["README.md", "summary"],
    ["docs/formats.md", "summary"],
    ["docs/formats.md", "mapping"],
  ] as const)("%s holds the %s table generated from the map", (file, which) => {
    const text = readFileSync(file, "utf8");
    const marker = `formats-${which}`;
    const section = new RegExp(`<!-- ${marker}:start -->\\n([\\s\\S]*?)<!-- ${marker}:end -->`).exec(text)?.[1];
    expect(section, `${file} needs <!-- ${marker}:start --> and <!-- ${marker}:end -->`).toBeDefined();
    expect(section).toBe(capabilityTables()[which]);
  });
});
