/** The Readcheck mark: an open page with a tick. Decorative wherever a text label is beside it. */
export function Logo({ className = "h-7 w-7" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" className="fill-teal-700 dark:fill-teal-300" />
      <path
        d="M7 9.5c3-1 6-1 9 1 3-2 6-2 9-1v13c-3-1-6-1-9 1-3-2-6-2-9-1z"
        className="fill-white dark:fill-slate-950"
      />
      <path
        d="M11.5 16.5l3 3 6-6.5"
        fill="none"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="stroke-teal-700 dark:stroke-teal-300"
      />
    </svg>
  );
}
