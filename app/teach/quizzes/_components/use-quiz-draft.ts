"use client";

import { useMemo, useState } from "react";
import { quizFileSchema, type Question, type QuizFile } from "@/lib/quiz/schema";
import { toIssueMap, type IssueMap } from "@/lib/quiz/editing";

/** Empty alias entries are what a half-typed "mile, " leaves behind; they are not meant. */
function tidy(file: QuizFile): QuizFile {
  return {
    ...file,
    questions: file.questions.map((q) => (q.type === "numeric" ? { ...q, unitAliases: q.unitAliases.filter((a) => a.trim()) } : q)),
  };
}

/**
 * The quiz being edited, whether it differs from what was last saved, and its validation issues.
 * Validation runs on demand (save) and then again on every edit, so fixed fields clear at once.
 */
export function useQuizDraft(initial: QuizFile) {
  const [draft, setDraft] = useState(initial);
  const [baseline, setBaseline] = useState(() => JSON.stringify(initial));
  const [issues, setIssues] = useState<IssueMap>(new Map());
  const [checking, setChecking] = useState(false);
  const dirty = useMemo(() => JSON.stringify(draft) !== baseline, [draft, baseline]);

  function revalidate(next: QuizFile) {
    if (!checking) return;
    const result = quizFileSchema.safeParse(tidy(next));
    setIssues(result.success ? new Map() : toIssueMap(result.error.issues));
  }

  function update(next: QuizFile) {
    setDraft(next);
    revalidate(next);
  }

  return {
    draft,
    dirty,
    issues,
    update,
    setQuestions: (questions: Question[]) => update({ ...draft, questions }),
    /** The quiz ready to send, or null after showing what is wrong. */
    validate(): QuizFile | null {
      setChecking(true);
      const result = quizFileSchema.safeParse(tidy(draft));
      if (result.success) {
        setIssues(new Map());
        return result.data;
      }
      setIssues(toIssueMap(result.error.issues));
      return null;
    },
    showServerIssues(list: { path: string; message: string }[]) {
      setChecking(true);
      setIssues(toIssueMap(list));
    },
    /** After a save: this is now the saved state. */
    markSaved(file: QuizFile) {
      setDraft(file);
      setBaseline(JSON.stringify(file));
    },
  };
}
