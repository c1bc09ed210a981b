/**
 * The item-analysis charts: plain inline SVG, each with its numbers in words for screen readers
 * (role="img" + aria-label), and the thresholds the flags use drawn as ticks.
 */
const W = 200;
const H = 14;

export function FacilityBar({ value }: { value: number }) {
  const x = (v: number) => v * W;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="h-3.5 w-full max-w-56"
      role="img"
      aria-label={`Facility ${Math.round(value * 100)}%: that share of the marks was earned. Under 30% or over 95% is flagged.`}
      preserveAspectRatio="none"
    >
      <rect width={W} height={H} rx="3" className="fill-slate-200 dark:fill-slate-700" />
      <rect width={Math.max(x(value), 1)} height={H} rx="3" className="fill-teal-700 dark:fill-teal-300" />
      {[0.3, 0.95].map((t) => (
        <rect key={t} x={x(t) - 0.75} width="1.5" height={H} className="fill-slate-900 dark:fill-white" />
      ))}
    </svg>
  );
}

/** −1 … 1 with zero in the middle: the bar grows right for positive, left for negative. */
export function DiscriminationBar({ value }: { value: number }) {
  const x = (v: number) => ((v + 1) / 2) * W;
  const from = Math.min(x(0), x(value));
  const width = Math.max(Math.abs(x(value) - x(0)), 1);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="h-3.5 w-full max-w-56"
      role="img"
      aria-label={`Discrimination ${value.toFixed(2)} on a scale from −1 to 1. Under 0.20 is flagged.`}
      preserveAspectRatio="none"
    >
      <rect width={W} height={H} rx="3" className="fill-slate-200 dark:fill-slate-700" />
      <rect
        x={from}
        width={width}
        height={H}
        className={value < 0 ? "fill-red-700 dark:fill-red-300" : "fill-teal-700 dark:fill-teal-300"}
      />
      <rect x={x(0) - 0.75} width="1.5" height={H} className="fill-slate-500 dark:fill-slate-400" />
      <rect x={x(0.2) - 0.75} width="1.5" height={H} className="fill-slate-900 dark:fill-white" />
    </svg>
  );
}

/** One option's share of the students who answered. */
export function OptionBar({ count, total, correct }: { count: number; total: number; correct: boolean }) {
  const share = total ? count / total : 0;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-3 w-full" aria-hidden="true" focusable="false" preserveAspectRatio="none">
      <rect width={W} height={H} rx="3" className="fill-slate-200 dark:fill-slate-700" />
      <rect
        width={Math.max(share * W, count ? 2 : 0)}
        height={H}
        rx="3"
        className={correct ? "fill-emerald-700 dark:fill-emerald-300" : "fill-slate-500 dark:fill-slate-400"}
      />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg viewBox="0 0 16 16" className="h-4 w-4 shrink-0" aria-hidden="true" focusable="false">
      <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function WarningIcon() {
  return (
    <svg viewBox="0 0 16 16" className="h-4 w-4 shrink-0" aria-hidden="true" focusable="false">
      <path d="M8 1.5l7 13H1z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      <path d="M8 6v4M8 12v.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
