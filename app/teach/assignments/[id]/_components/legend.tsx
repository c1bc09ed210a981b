import { WarningIcon } from "./charts";

/** What the two numbers mean, in plain words, as Moodle's quiz statistics explain them. */
export function Legend() {
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm dark:border-slate-800 dark:bg-slate-900" open>
      <summary className="cursor-pointer font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 dark:focus-visible:outline-teal-300">
        How to read this page
      </summary>
      <dl className="mt-3 space-y-3 text-slate-700 dark:text-slate-300">
        <div>
          <dt className="font-semibold text-slate-900 dark:text-slate-100">Facility (how easy)</dt>
          <dd>
            The share of the question’s marks that students earned. 100% means everyone got it right. Under 30% the
            question may be unfair or unclear; over 95% it tells you little.
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-900 dark:text-slate-100">Discrimination (does it separate readers)</dt>
          <dd>
            Whether students who did well on the rest of the quiz also got this question right, from −1 to 1. Above
            0.3 is good. Under 0.2 the question does not tell strong readers from weak ones; below 0 strong readers
            did <em>worse</em> — usually a wrong key or a misleading option.
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-900 dark:text-slate-100">Bars</dt>
          <dd>
            Dark ticks on the bars mark those thresholds. For choice questions, one bar per option shows how many
            students picked it; the right answer is marked with a tick and the words “Right answer”. A wrong option
            that many strong students picked is worth rereading.
          </dd>
        </div>
        <div>
          <dt className="flex items-center gap-1.5 font-semibold text-slate-900 dark:text-slate-100">
            <WarningIcon /> Check this question
          </dt>
          <dd>
            Shown when facility is under 30% or over 95%, or discrimination is under 0.20 — and only once at least 10
            students have submitted. “Check the key” is said only when even the top of the 95% range is below zero.
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        Each student’s first submitted attempt is counted: later attempts have already seen the feedback.
      </p>
    </details>
  );
}
