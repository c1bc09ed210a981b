export type Verdict = "correct" | "partial" | "wrong";

export const verdictOf = (r: { correct: boolean; points: number }): Verdict =>
  r.correct ? "correct" : r.points > 0 ? "partial" : "wrong";

const look = {
  correct: { label: "Correct", tone: "bg-teal-100 text-teal-900 dark:bg-teal-900/60 dark:text-teal-100", path: "M5 12.5l4.5 4.5L19 7.5" },
  partial: { label: "Partly correct", tone: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100", path: "M6 12h12" },
  wrong: { label: "Wrong", tone: "bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100", path: "M7 7l10 10M17 7L7 17" },
} as const;

/** Icon and word together: the verdict never depends on colour alone. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const v = look[verdict];
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-semibold ${v.tone}`}>
      <svg viewBox="0 0 24 24" className="h-4 w-4" aria-hidden="true" focusable="false">
        <path d={v.path} fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {v.label}
    </span>
  );
}
