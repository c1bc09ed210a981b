import type { PublicQuestion } from "@/lib/quiz/public";
import { QUESTION_INSTRUCTIONS } from "@/lib/reading/question-speech";
import { cardClass } from "../../../_components/ui";
import { QuestionReadAloud } from "./question-read-aloud";

/**
 * One question as a fieldset: the legend names it (number, prompt), so every control inside is
 * announced with its question.
 */
export function QuestionShell({
  question,
  number,
  total,
  answered,
  showPrompt = true,
  legendExtra,
  locked = false,
  footer,
  order,
  children,
}: {
  question: PublicQuestion;
  number: number;
  total: number;
  answered: boolean;
  showPrompt?: boolean;
  /** Read after the legend's visible text, e.g. a fill-in sentence for screen readers. */
  legendExtra?: React.ReactNode;
  /** A checked answer is final: its controls are disabled. */
  locked?: boolean;
  /** Below the controls, e.g. immediate feedback. */
  footer?: React.ReactNode;
  /** An ordering question's current arrangement, read aloud in that order. */
  order?: string[];
  children: React.ReactNode;
}) {
  return (
    <li id={`question-${question.id}`} data-scroll-target="" className={`${cardClass} question-card p-5`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span aria-hidden="true" className="font-semibold text-teal-800 dark:text-teal-300">
          Question {number} <span className="font-normal text-slate-600 dark:text-slate-400">of {total}</span>
        </span>
        <span className="text-slate-600 dark:text-slate-400">
          {question.points} {question.points === 1 ? "point" : "points"}
        </span>
        <span
          className={`ml-auto rounded-full px-2 py-0.5 text-xs font-semibold ${
            answered
              ? "bg-teal-100 text-teal-900 dark:bg-teal-900/60 dark:text-teal-100"
              : "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300"
          }`}
        >
          {answered ? "Answered" : "Not answered"}
        </span>
      </div>
      <QuestionReadAloud question={question} number={number} order={order} />
      <fieldset className="mt-2 min-w-0" disabled={locked}>
        <legend className="text-base font-semibold text-slate-900 dark:text-slate-50" data-speak={showPrompt ? "prompt" : "instructions"}>
          <span className="sr-only">Question {number}: </span>
          {showPrompt ? question.prompt : QUESTION_INSTRUCTIONS[question.type]}
          {legendExtra}
        </legend>
        {showPrompt ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-speak="instructions">{QUESTION_INSTRUCTIONS[question.type]}</p> : null}
        <div className="mt-4">{children}</div>
      </fieldset>
      {footer}
    </li>
  );
}
