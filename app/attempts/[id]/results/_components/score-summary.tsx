import { mutedText } from "../../../../_components/ui";

export const formatPoints = (n: number) => String(Math.round(n * 100) / 100);

/** The score as text first, with a ring that only repeats it for the eye. */
export function ScoreSummary({
  heading,
  score,
  maxScore,
  submittedAt,
}: {
  heading: string;
  score: number;
  maxScore: number;
  submittedAt: string | null;
}) {
  const pct = maxScore > 0 ? Math.round((score / maxScore) * 100) : 0;
  const r = 42;
  const circumference = 2 * Math.PI * r;
  return (
    <section aria-labelledby="score-heading" className="flex items-center gap-4 sm:gap-6">
      <svg viewBox="0 0 100 100" className="h-20 w-20 shrink-0 -rotate-90 sm:h-28 sm:w-28" aria-hidden="true">
        <circle cx="50" cy="50" r={r} fill="none" strokeWidth="12" className="stroke-slate-200 dark:stroke-slate-700" />
        {pct > 0 ? (
        <circle
          cx="50"
          cy="50"
          r={r}
          fill="none"
          strokeWidth="12"
          strokeLinecap="round"
          strokeDasharray={`${(pct / 100) * circumference} ${circumference}`}
          className="stroke-teal-700 dark:stroke-teal-300"
        />
        ) : null}
      </svg>
      <div>
        <h2 id="score-heading" className="text-sm font-semibold uppercase tracking-wider text-slate-600 dark:text-slate-400">
          {heading}
        </h2>
        <p className="text-3xl font-bold tracking-tight sm:text-5xl">
          {formatPoints(score)} / {formatPoints(maxScore)} <span className="text-teal-800 dark:text-teal-300">— {pct}%</span>
        </p>
        {submittedAt ? (
          <p className={`mt-1 text-sm ${mutedText}`}>
            Submitted{" "}
            <time dateTime={submittedAt} suppressHydrationWarning>
              {new Date(submittedAt).toLocaleString([], { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </p>
        ) : null}
      </div>
    </section>
  );
}
