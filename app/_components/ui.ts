/** Shared class names, so every control has the same focus ring and the same contrast. */

export const focusRing =
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 dark:focus-visible:outline-teal-300";

// A disabled button drops its colour for a flat grey with a dashed edge, in both themes: fading
// the colour (opacity) left a dark-mode teal that still read as pressable.
const disabled =
  "disabled:cursor-not-allowed disabled:border disabled:border-dashed disabled:border-slate-400 disabled:bg-slate-100 disabled:text-slate-600 disabled:shadow-none dark:disabled:border-slate-600 dark:disabled:bg-slate-900 dark:disabled:text-slate-400";

const base = `inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2.5 text-sm font-semibold transition-colors ${disabled} ${focusRing}`;

const variants = {
  primary: "bg-teal-700 text-white hover:bg-teal-800 dark:bg-teal-300 dark:text-slate-950 dark:hover:bg-teal-200",
  secondary:
    "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
  ghost: "text-slate-700 hover:bg-slate-200/70 dark:text-slate-200 dark:hover:bg-slate-800",
  danger: "bg-red-700 text-white hover:bg-red-800 dark:bg-red-300 dark:text-slate-950 dark:hover:bg-red-200",
} as const;

export type ButtonVariant = keyof typeof variants;

export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `${base} ${variants[variant]} ${extra}`.trim();
}

export const linkClass = `font-medium text-teal-800 underline decoration-teal-800/40 underline-offset-2 hover:decoration-teal-800 dark:text-teal-300 dark:decoration-teal-300/50 dark:hover:decoration-teal-300 rounded-sm ${focusRing}`;

export const cardClass =
  "rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900";

export const mutedText = "text-slate-600 dark:text-slate-400";

export const inputClass = `block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 aria-invalid:border-red-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 dark:aria-invalid:border-red-400 ${focusRing}`;
