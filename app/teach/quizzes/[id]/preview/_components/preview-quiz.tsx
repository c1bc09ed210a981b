"use client";

import { useState } from "react";
import type { PublicQuestion } from "@/lib/quiz/public";
import { isAnswered, type Answers } from "@/app/attempts/[id]/_components/answers";
import { ProgressMeter } from "@/app/attempts/[id]/_components/progress";
import { QuestionField } from "@/app/attempts/[id]/_components/question-field";

/**
 * The taking page's questions with answers kept in this tab only: no attempt, no autosave, no
 * submit. A teacher sees exactly the controls a student gets, and can try them.
 */
export function PreviewQuiz({ questions }: { questions: PublicQuestion[] }) {
  const [answers, setAnswers] = useState<Answers>({});
  const answered = questions.filter((q) => isAnswered(q, answers[q.id])).length;
  return (
    <section aria-labelledby="questions-heading" className="min-w-0">
      <h2 id="questions-heading" className="sr-only">
        Questions
      </h2>
      <div className="sticky top-0 z-10 -mx-1 mb-4 rounded-xl border border-slate-200 bg-white/95 px-4 py-3 shadow-sm backdrop-blur sm:top-[3.75rem] dark:border-slate-800 dark:bg-slate-900/95">
        <ProgressMeter answered={answered} total={questions.length} />
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Preview: answers stay in this tab and are not saved.</p>
      </div>
      <ol className="space-y-4">
        {questions.map((q, i) => (
          <QuestionField
            key={q.id}
            question={q}
            number={i + 1}
            total={questions.length}
            value={answers[q.id]}
            answered={isAnswered(q, answers[q.id])}
            onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}
          />
        ))}
      </ol>
      <p className="mt-6 rounded-xl border border-slate-200 bg-white p-5 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
        Students end here with a “Submit answers” button. In this preview nothing is submitted or graded.
      </p>
    </section>
  );
}
