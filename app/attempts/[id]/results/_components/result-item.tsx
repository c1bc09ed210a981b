import { buttonClass, cardClass } from "../../../../_components/ui";
import { formatPoints } from "./score-summary";
import { VerdictBadge, verdictOf } from "../../../../_components/verdict";

export type ReviewItem = {
  questionId: string;
  prompt: string;
  /** Absent when the review shows the score only. */
  correct?: boolean;
  points?: number;
  maxPoints?: number;
  /** Empty when the question was not answered. */
  given: string;
  /** Absent when the review is held back (an assignment's review policy). */
  expected?: string;
  explanation?: string;
  evidence?: { start: number; end: number; text: string }[];
};

export function ResultItem({
  item,
  index,
  total,
  active,
  onShow,
}: {
  item: ReviewItem;
  index: number;
  total: number;
  active: boolean;
  onShow: () => void;
}) {
  const graded = item.correct !== undefined && item.points !== undefined && item.maxPoints !== undefined;
  const headingId = `result-${index}`;
  return (
    <li aria-labelledby={headingId} className={`${cardClass} p-5 ${active ? "ring-2 ring-amber-500 dark:ring-amber-300" : ""}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <span className="text-sm font-semibold text-teal-800 dark:text-teal-300">
          Question {index + 1} <span className="font-normal text-slate-600 dark:text-slate-400">of {total}</span>
        </span>
        {graded ? (
          <>
            <VerdictBadge verdict={verdictOf({ correct: item.correct!, points: item.points! })} />
            <span className="ml-auto text-sm text-slate-700 dark:text-slate-300">
              {formatPoints(item.points!)} / {formatPoints(item.maxPoints!)} {item.maxPoints === 1 ? "point" : "points"}
            </span>
          </>
        ) : null}
      </div>
      <h3 id={headingId} className="mt-2 font-semibold text-slate-900 dark:text-slate-50">
        <span className="sr-only">Question {index + 1}: </span>
        {item.prompt}
      </h3>
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
        <dt className="font-semibold text-slate-700 dark:text-slate-300">Your answer</dt>
        <dd className="break-words">{item.given || <em>No answer</em>}</dd>
        {item.expected !== undefined ? (
          <>
            <dt className="font-semibold text-slate-700 dark:text-slate-300">Correct answer</dt>
            <dd className="break-words">{item.expected}</dd>
          </>
        ) : null}
      </dl>
      {item.explanation ? (
        <div className="mt-3 rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-800 dark:bg-slate-800/60 dark:text-slate-200">
          <p>
            <span className="font-semibold">Why: </span>
            {item.explanation}
          </p>
        </div>
      ) : null}
      {item.evidence?.length ? (
        <button
          id={`show-evidence-${index}`}
          type="button"
          onClick={onShow}
          aria-describedby={headingId}
          className={buttonClass("secondary", "mt-3 px-3 py-1.5")}
        >
          Show in article
        </button>
      ) : null}
    </li>
  );
}
