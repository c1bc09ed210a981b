/**
 * What a round trip must keep, written once for the tests and the docs: a question seen through
 * its texts and key (option ids, which some formats renumber, are not part of it).
 */
import type { Question, QuizFile } from "@/lib/quiz/schema";
import type { QuestionPart } from "./capabilities";
import { exportQuiz, importQuiz, type FormatId } from "./index";

const textOf = (list: { id: string; text: string }[], id: string) => list.find((x) => x.id === id)?.text;

/** The question as a person would check it: what is asked, what is right, how it is scored. */
export function keyView(q: Question): Record<string, unknown> {
  const common = { type: q.type, prompt: q.prompt, points: q.points, explanation: q.explanation, evidence: q.evidence, skill: q.skill, difficulty: q.difficulty };
  switch (q.type) {
    case "single":
      return { ...common, options: q.options.map((o) => o.text), answer: textOf(q.options, q.answer) };
    case "multiple":
      return { ...common, options: q.options.map((o) => o.text), answer: q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text) };
    case "truefalse":
      return { ...common, answer: q.answer };
    case "numeric":
      return { ...common, answer: q.answer, tolerance: q.tolerance, unit: q.unit, unitAliases: q.unitAliases };
    case "short":
      return { ...common, answer: q.answer };
    case "blank":
      return { ...common, answer: q.answer };
    case "ordering":
      return { ...common, items: [...q.items.map((i) => i.text)].sort(), shownOrder: q.items.map((i) => i.text), answer: q.answer.map((id) => textOf(q.items, id)) };
    case "matching": {
      const used = new Set(Object.values(q.answer));
      return {
        ...common,
        right: q.right.filter((r) => used.has(r.id)).map((r) => r.text).sort(),
        distractors: q.right.filter((r) => !used.has(r.id)).map((r) => r.text).sort(),
        answer: q.left.map((l) => [l.text, textOf(q.right, q.answer[l.id]!)]),
      };
    }
    case "evidence":
      return { ...common, answer: q.answer, maxSelect: q.maxSelect ?? q.answer.length };
  }
}

/** The view without the parts a format does not carry (capabilities.ts `lost`). */
export function withoutParts(view: Record<string, unknown>, parts: readonly QuestionPart[]): Record<string, unknown> {
  const out = { ...view };
  for (const part of parts) delete out[part === "key" ? "answer" : part];
  return out;
}

/** Export, import, and the quiz rebuilt from what came back (for a second export). */
export function roundTrip(quiz: QuizFile, format: FormatId) {
  const first = exportQuiz(quiz, format);
  const imported = importQuiz(first.body);
  const rebuilt: QuizFile = {
    ...quiz,
    title: imported.quiz.title,
    article: imported.quiz.article ?? quiz.article,
    questions: imported.quiz.questions,
  };
  return { first, imported, rebuilt };
}
