/**
 * Readcheck's own quiz file (docs/quiz-format.md): lossless. On import each question is checked
 * on its own, so one invalid question is skipped rather than the whole file refused.
 */
import { articleSchema, type QuizFile } from "@/lib/quiz/schema";
import { QuestionCollector, type Draft } from "./collect";
import { FormatError, type ImportedQuiz, type Skipped } from "./types";

export const exportJson = (quiz: QuizFile) => `${JSON.stringify(quiz, null, 2)}\n`;

export function importJson(source: string): { quiz: ImportedQuiz; skipped: Skipped[]; notes: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ""));
  } catch {
    throw new FormatError("malformed", "The file is not valid JSON.");
  }
  if (!data || typeof data !== "object" || Array.isArray(data) || !Array.isArray((data as { questions?: unknown }).questions)) {
    throw new FormatError("wrong_format", "This JSON is not a Readcheck quiz: it needs a \"questions\" list.");
  }
  const file = data as Record<string, unknown> & { questions: unknown[] };
  const c = new QuestionCollector();
  for (const q of file.questions) {
    const original = JSON.stringify(q, null, 2) ?? String(q);
    if (!q || typeof q !== "object" || typeof (q as { type?: unknown }).type !== "string") {
      c.skip({ original, reason: "Not a question object with a type." });
      continue;
    }
    const draft = q as Draft;
    c.add(draft, { id: typeof draft.id === "string" ? draft.id : undefined, original });
  }
  const article = articleSchema.safeParse(file.article);
  if (!article.success && file.article !== undefined) c.note("The file's article is not valid (it needs a title and text) and was left out.");
  const title = typeof file.title === "string" && file.title.trim() ? file.title.trim().slice(0, 200) : "";
  const description = typeof file.description === "string" && file.description.trim() ? file.description.trim().slice(0, 1000) : undefined;
  return {
    quiz: {
      title: title || (article.success ? article.data.title : "Imported quiz"),
      ...(description ? { description } : {}),
      article: article.success ? article.data : null,
      questions: c.questions,
    },
    skipped: c.skipped,
    notes: c.notes,
  };
}
