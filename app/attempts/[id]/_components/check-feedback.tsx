"use client";

import { VerdictBadge, verdictOf } from "../../../_components/verdict";
import { buttonClass } from "../../../_components/ui";

/** Immediate feedback on one question, as the server graded it. */
export type Feedback = {
  correct: boolean;
  points: number;
  maxPoints: number;
  expected: string;
  explanation: string;
  evidence: { start: number; end: number; text: string }[];
};

/**
 * Below a question in practice (or an assignment that checks as you go): a Check button, then
 * the verdict, the key, the explanation and a way to the evidence in the article. The answer is
 * final once checked, as the server records it.
 */
export function CheckFeedback({
  number,
  feedback,
  canCheck,
  checking,
  error,
  onCheck,
  onShowEvidence,
}: {
  number: number;
  feedback: Feedback | undefined;
  canCheck: boolean;
  checking: boolean;
  error: string | null;
  onCheck: () => void;
  onShowEvidence: () => void;
}) {
  if (!feedback) {
    return (
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="button" onClick={onCheck} disabled={!canCheck || checking} className={buttonClass("secondary", "px-4 py-1.5")}>
          {checking ? "Checking…" : "Check answer"}
          <span className="sr-only"> to question {number}</span>
        </button>
        <p className="text-sm text-slate-600 dark:text-slate-400">{canCheck ? "Your answer is final once checked." : "Answer first, then check."}</p>
        <div aria-live="assertive" className="w-full text-sm font-medium text-red-700 empty:hidden dark:text-red-300">
          {error}
        </div>
      </div>
    );
  }
  return (
    <div role="status" className="mt-4 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-800/60">
      <div className="flex flex-wrap items-center gap-3">
        <VerdictBadge verdict={verdictOf(feedback)} />
        <span className="text-slate-700 dark:text-slate-300">
          {feedback.points} / {feedback.maxPoints} {feedback.maxPoints === 1 ? "point" : "points"}
        </span>
      </div>
      {!feedback.correct ? (
        <p className="mt-2">
          <span className="font-semibold">Correct answer: </span>
          {feedback.expected}
        </p>
      ) : null}
      <p className="mt-2">
        <span className="font-semibold">Why: </span>
        {feedback.explanation}
      </p>
      {feedback.evidence.length ? (
        <button type="button" onClick={onShowEvidence} className={buttonClass("secondary", "mt-3 px-3 py-1")}>
          Show in article<span className="sr-only"> for question {number}</span>
        </button>
      ) : null}
    </div>
  );
}
