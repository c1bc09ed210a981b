import { VerdictBadge } from "./verdict";

/** A reviewed answer as the results page shows it: the landing page's picture of the product. */
export function LandingPreview() {
  return (
    <figure className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold text-teal-800 dark:text-teal-300">Question 8</span>
        <VerdictBadge verdict="correct" />
      </div>
      <p className="mt-2 font-semibold">What code name has France given its military operation in Mali?</p>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 text-sm">
        <dt className="font-semibold text-slate-700 dark:text-slate-300">Your answer</dt>
        <dd>Serval</dd>
      </dl>
      <blockquote className="mt-4 border-l-4 border-amber-400 pl-3 font-serif leading-relaxed text-slate-800 dark:text-slate-200">
        “<mark data-evidence="">The French military operation in Mali has been given the code name Serval.</mark> The
        serval is a small African cat …”
      </blockquote>
      <figcaption className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        Every answer comes back with the sentence that proves it, highlighted in the article.
      </figcaption>
    </figure>
  );
}
