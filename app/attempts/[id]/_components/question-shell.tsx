import type { PublicQuestion } from "@/lib/quiz/public";
import { cardClass } from "../../../_components/ui";

const instructions: Record<PublicQuestion["type"], string> = {
  single: "Choose one answer.",
  multiple: "Choose all that apply.",
  truefalse: "Choose true or false.",
  numeric: "Enter a number.",
  short: "Answer in a few words.",
  blank: "Fill in the blanks.",
  ordering: "Put the items in order.",
  matching: "Match each item on the left.",
};

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
  children: React.ReactNode;
}) {
  return (
    <li id={`question-${question.id}`} data-scroll-target="" className={`${cardClass} p-5`}>
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
      <fieldset className="mt-2 min-w-0" disabled={locked}>
        <legend className="text-base font-semibold text-slate-900 dark:text-slate-50">
          <span className="sr-only">Question {number}: </span>
          {showPrompt ? question.prompt : instructions[question.type]}
          {legendExtra}
        </legend>
        {showPrompt ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{instructions[question.type]}</p> : null}
        <div className="mt-4">{children}</div>
      </fieldset>
      {footer}
    </li>
  );
}
