/**
 * The message beside a form field. Always rendered (empty when fine) so the aria-live region
 * exists before the message arrives and screen readers announce it.
 */
export function FieldError({ id, messages }: { id: string; messages?: string[] | string | null }) {
  const list = !messages ? [] : Array.isArray(messages) ? messages : [messages];
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm font-medium text-red-700 empty:hidden dark:text-red-300">
      {list.join(" ")}
    </p>
  );
}

export const labelClass = "mb-1 block text-sm font-semibold text-slate-800 dark:text-slate-200";
export const hintClass = "mt-1 text-sm text-slate-600 dark:text-slate-400";
