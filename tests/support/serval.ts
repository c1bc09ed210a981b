/**
 * Knows the Serval quiz file, so tests can answer its questions correctly (or not) through the
 * API the way a student would, matching each presented question to its file entry by prompt.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { quizFileSchema, type Question } from "@/lib/quiz/schema";

export const serval = quizFileSchema.parse(
  JSON.parse(readFileSync(path.join(process.cwd(), "quizzes", "serval.quiz.json"), "utf8")),
);

type Presented = { id: string; type: string; prompt: string };

export function fileQuestionFor(presented: Presented): Question {
  const q = serval.questions.find((f) => f.prompt === presented.prompt && f.type === presented.type);
  if (!q) throw new Error(`no question in serval.quiz.json with prompt ${JSON.stringify(presented.prompt)}`);
  return q;
}

/** The answer a perfect student would send for a question. */
export function rightAnswer(q: Question): unknown {
  switch (q.type) {
    case "single":
    case "multiple":
    case "truefalse":
    case "ordering":
    case "matching":
    case "evidence":
      return q.answer;
    case "numeric":
      return q.unit ? `${q.answer} ${q.unit}` : String(q.answer);
    case "short":
      return q.answer[0];
    case "blank":
      return q.answer.map((accepted) => accepted[0]);
  }
}

/** Right answers for every presented question, keyed by the presented (database) id. */
export function perfectResponses(questions: Presented[]): Record<string, unknown> {
  return Object.fromEntries(questions.map((p) => [p.id, rightAnswer(fileQuestionFor(p))]));
}
