/** Small marks that always travel with a word, so "late" and "missing" never rely on colour. */
export function LateMark() {
  return (
    <span className="inline-flex items-center gap-0.5 text-xs font-semibold text-amber-800 dark:text-amber-300">
      <svg viewBox="0 0 16 16" className="h-3.5 w-3.5" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      late
    </span>
  );
}

export function MissingMark() {
  return (
    <span className="inline-flex items-center gap-1 font-semibold text-red-800 dark:text-red-300">
      <svg viewBox="0 0 16 16" className="h-3.5 w-3.5" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      Missing
    </span>
  );
}

export const pct = (n: number | null) => (n === null ? "—" : `${Math.round(n)}%`);
