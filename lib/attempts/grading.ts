/**
 * Grading an attempt and building its review, from plain data. Points and expected answers come
 * only from lib/quiz/grade.ts (`gradeQuestion`, `describeKey`, `totals`); this module arranges
 * them per attempt slot. No I/O.
 */
import type { Issue } from "@/lib/errors";
import { describeKey, describeResponse, gradeQuestion, totals } from "@/lib/quiz/grade";
import { responseSchemas, type Question, type QuestionType, type Span } from "@/lib/quiz/schema";
import type { FullResult, GradedItem } from "./policy";

/** One question as an attempt presents it; `view` is its public form. */
export type Slot = { questionId: string; view: Record<string, unknown> };

/** A question with its key, explanation and evidence, as stored. */
export type KeyedQuestion = { question: Question; explanation: string; evidence: Span[] };

/** What submit records per question. */
export type RecordedResponse = { questionId: string; answer: unknown; points: number; maxPoints: number; correct: boolean };

/**
 * Every answer must name a question of this attempt and have that question type's shape
 * (lib/quiz/schema.ts `responseSchemas`); null clears an answer. Returns the issues, if any.
 */
export function answerIssues(slots: Slot[], answers: Record<string, unknown>): Issue[] {
  const typeOf = new Map(slots.map((s) => [s.questionId, s.view.type as QuestionType]));
  const issues: Issue[] = [];
  for (const [questionId, answer] of Object.entries(answers)) {
    const type = typeOf.get(questionId);
    if (!type) issues.push({ path: `responses.${questionId}`, message: "not a question of this attempt" });
    else if (answer !== null && !responseSchemas[type].safeParse(answer).success)
      issues.push({ path: `responses.${questionId}`, message: `not a valid answer to a ${type} question` });
  }
  return issues;
}

/** The answers submit grades: the saved draft, overlaid with what was sent — except checked questions, whose answers are final. */
export function finalAnswers(draft: Record<string, unknown>, sent: Record<string, unknown>, checked: readonly string[]) {
  const locked = new Set(checked);
  const final: Record<string, unknown> = { ...draft };
  for (const [id, answer] of Object.entries(sent)) if (!locked.has(id)) final[id] = answer;
  return final;
}

const keyOf = (keyed: Map<string, KeyedQuestion>, questionId: string) => {
  const q = keyed.get(questionId);
  if (!q) throw new Error(`question ${questionId} has no stored key`);
  return q;
};

/** Grades every slot of an attempt; a missing answer scores 0. */
export function gradeSlots(slots: Slot[], keyed: Map<string, KeyedQuestion>, answers: Record<string, unknown>) {
  const rows: RecordedResponse[] = slots.map(({ questionId }) => {
    const { question } = keyOf(keyed, questionId);
    const answer = Object.prototype.hasOwnProperty.call(answers, questionId) ? (answers[questionId] ?? null) : null;
    const grade = gradeQuestion(question, answer ?? undefined);
    return { questionId, answer, points: grade.points, maxPoints: grade.maxPoints, correct: grade.correct };
  });
  return { rows, ...totals(rows) };
}

/** One question's full review from its recorded grading. */
export function reviewItem(keyedQuestion: KeyedQuestion, recorded: RecordedResponse, articleText: string): GradedItem {
  const { question, explanation, evidence } = keyedQuestion;
  return {
    questionId: recorded.questionId,
    correct: recorded.correct,
    points: recorded.points,
    maxPoints: recorded.maxPoints,
    expected: describeKey(question),
    given: describeResponse(question, recorded.answer),
    answer: recorded.answer,
    explanation,
    evidence: evidence.map((s) => ({ ...s, text: articleText.slice(s.start, s.end) })),
  };
}

/** The review of a submitted attempt, built from what submit recorded (never re-graded). */
export function buildResult(
  slots: Slot[],
  keyed: Map<string, KeyedQuestion>,
  recorded: RecordedResponse[],
  articleText: string,
): FullResult {
  const byQuestion = new Map(recorded.map((r) => [r.questionId, r]));
  const results = slots.map(({ questionId }) => {
    const r = byQuestion.get(questionId);
    if (!r) throw new Error(`no recorded response for ${questionId}`);
    return reviewItem(keyOf(keyed, questionId), r, articleText);
  });
  return { ...totals(results), results };
}

/** Immediate feedback on one question: graded as submit would grade it. */
export function checkOne(keyedQuestion: KeyedQuestion, questionId: string, answer: unknown, articleText: string): GradedItem {
  const grade = gradeQuestion(keyedQuestion.question, answer ?? undefined);
  return reviewItem(
    keyedQuestion,
    { questionId, answer: answer ?? null, points: grade.points, maxPoints: grade.maxPoints, correct: grade.correct },
    articleText,
  );
}
