/**
 * The `evidence` question type (select the sentences that prove it) is being added to the schema
 * in parallel. Its QTI mapping is written against the type's contract; these tests hold it to the
 * contract whether or not the type is in QUESTION_TYPES yet.
 */
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { QUESTION_TYPES, type Question, type QuizFile } from "@/lib/quiz/schema";
import { exportQuiz, importQuiz } from "./index";
import { sampleQuiz } from "./fixtures/sample-quiz";
import { validateQtiPackage } from "./qti-validate";

const text = sampleQuiz.article.text;
const sentence = "Chad, Nigeria and Togo sent troops too.";
const key = { start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length };
const evidenceQuestion = {
  id: "why",
  type: "evidence",
  prompt: "Select the sentence that shows France did not act alone.",
  points: 2,
  explanation: "Other countries sent troops too.",
  evidence: [key],
  answer: [key],
  maxSelect: 1,
  skill: "inference",
  difficulty: 2,
} as unknown as Question;
const quiz: QuizFile = { ...sampleQuiz, questions: [sampleQuiz.questions[0]!, evidenceQuestion] };

describe("the evidence type", () => {
  it("exports to QTI as a hottext interaction over the article's sentences, scored +points/k per key sentence and −points/k per other pick", () => {
    const out = exportQuiz(quiz, "qti");
    expect(out.exported).toBe(2);
    expect(validateQtiPackage(out.body)).toEqual([]);
    const item = strFromU8(unzipSync(out.body)["items/why.xml"]!);
    expect(item).toContain('<qti-hottext-interaction response-identifier="RESPONSE" max-choices="1">');
    expect(item).toContain(`<qti-hottext identifier="S_${key.start}_${key.end}">${sentence}</qti-hottext>`);
    expect(item).toContain('<qti-mapping lower-bound="0" upper-bound="2" default-value="-2">');
    expect(item).toContain(`<qti-map-entry map-key="S_${key.start}_${key.end}" mapped-value="2"/>`);
  });

  it.each(["moodle", "gift", "aiken"] as const)("is reported as lost in %s", (format) => {
    const out = exportQuiz(quiz, format);
    expect(out.losses).toContainEqual(expect.objectContaining({ questionId: "why", kind: "dropped" }));
  });

  it("comes back from QTI as an evidence question once the type exists, and is skipped with a reason before", () => {
    const back = importQuiz(exportQuiz(quiz, "qti").body);
    if ((QUESTION_TYPES as readonly string[]).includes("evidence")) {
      expect(back.quiz.questions[1]).toMatchObject({ type: "evidence", answer: [key], maxSelect: 1, points: 2 });
    } else {
      expect(back.quiz.questions).toHaveLength(1);
      expect(back.skipped[0]).toMatchObject({ name: "why", reason: expect.stringMatching(/hottext/) });
    }
  });
});
