/**
 * An imported quiz as the editor's draft. The schema needs an article, evidence and explanations;
 * when the file had them all the quiz is `complete` and can be saved at once, otherwise the draft
 * goes to the editor with the list of what is missing.
 */
import { quizFileSchema, type QuizFile } from "@/lib/quiz/schema";
import type { ImportedQuiz } from "./types";

export const IMPORT_SLUG = "imported-quiz";

export function draftFromImport(quiz: ImportedQuiz): { draft: QuizFile; complete: QuizFile | null; missing: string[] } {
  const draft: QuizFile = {
    slug: IMPORT_SLUG,
    title: quiz.title.slice(0, 200),
    ...(quiz.description ? { description: quiz.description } : {}),
    article: quiz.article ?? { title: quiz.title.slice(0, 300) || "Article", text: "" },
    questions: quiz.questions,
  };
  const missing: string[] = [];
  if (!quiz.article) missing.push("the article's text");
  const noEvidence = quiz.questions.filter((q) => q.evidence.length === 0).length;
  if (noEvidence) missing.push(`evidence for ${noEvidence} question(s)`);
  const noExplanation = quiz.questions.filter((q) => !q.explanation.trim()).length;
  if (noExplanation) missing.push(`an explanation for ${noExplanation} question(s)`);
  const parsed = quizFileSchema.safeParse(draft);
  if (parsed.success && !missing.length) return { draft, complete: parsed.data, missing };
  if (!missing.length && !parsed.success) missing.push(...parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`));
  return { draft, complete: null, missing };
}
