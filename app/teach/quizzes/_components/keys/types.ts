import type { Question, QuestionType } from "@/lib/quiz/schema";

/** What every key editor gets: its question, a way to change it, and issues by relative path. */
export type KeyEditorProps<T extends QuestionType> = {
  q: Extract<Question, { type: T }>;
  onChange: (q: Extract<Question, { type: T }>) => void;
  /** Messages at this path (relative to the question, e.g. "answer", "options.1.text"), and below it unless exact. */
  issues: (path: string, exact?: boolean) => string[];
  /** Prefix for element ids, unique to the question. */
  uid: string;
  /** "Question 3", for control names that must make sense out of context. */
  name: string;
};

export const fieldsetClass = "space-y-2 rounded-lg border border-slate-300 p-3 dark:border-slate-600";
export const legendClass = "px-1 text-sm font-semibold text-slate-800 dark:text-slate-200";
