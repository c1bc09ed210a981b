"use client";

import { forwardRef } from "react";
import type { QuizFile } from "@/lib/quiz/schema";
import { focusRing } from "@/app/_components/ui";
import { issuesUnder, type IssueMap } from "@/lib/quiz/editing";

/**
 * "N problems": where they are, each linking to its question. Focused after a failed save, so a
 * keyboard or screen-reader user lands on the list instead of hunting for red borders.
 */
export const IssueSummary = forwardRef<HTMLDivElement, { issues: IssueMap; quiz: QuizFile }>(function IssueSummary(
  { issues, quiz },
  ref,
) {
  const count = [...issues.values()].reduce((n, m) => n + m.length, 0);
  const questions = quiz.questions
    .map((q, i) => ({ q, i, n: issuesUnder(issues, `questions.${i}`).length }))
    .filter((x) => x.n > 0);
  const other = [...issues].filter(([path]) => !path.startsWith("questions."));
  return (
    <div ref={ref} tabIndex={-1} aria-live="polite" className="outline-none">
      {count > 0 && (
        <div className="rounded-xl border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          <h2 className="font-semibold">
            {count === 1 ? "1 problem to fix" : `${count} problems to fix`} before saving
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
            {other.flatMap(([path, messages]) =>
              messages.map((m) => (
                <li key={`${path}:${m}`}>
                  {path === "title" ? "Quiz title" : path === "" ? "Quiz" : path}: {m}
                </li>
              )),
            )}
            {questions.map(({ q, i, n }) => (
              <li key={q.id}>
                <a href={`#q-${q.id}-heading`} className={`font-semibold underline ${focusRing} rounded-sm`}>
                  Question {i + 1}
                </a>
                : {n === 1 ? "1 problem" : `${n} problems`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
});
