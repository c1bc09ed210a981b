import { inputClass } from "./ui";

/**
 * A labelled input whose error is announced and tied to it with aria-describedby. The error
 * region is always rendered, so a screen reader hears an error that appears after submitting.
 */
export function FormField({
  id,
  label,
  errors,
  hint,
  ...input
}: {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
} & React.InputHTMLAttributes<HTMLInputElement> & { ref?: React.Ref<HTMLInputElement> }) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const invalid = Boolean(errors?.length);
  const describedBy = [hint ? hintId : null, errorId].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800 dark:text-slate-200">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <input id={id} aria-invalid={invalid || undefined} aria-describedby={describedBy} className={`mt-1 ${inputClass}`} {...input} />
      <div id={errorId} aria-live="polite" aria-atomic="true">
        {errors?.map((e) => (
          <p key={e} className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
            {e}
          </p>
        ))}
      </div>
    </div>
  );
}

/** A form-level message (e.g. wrong credentials), announced when it appears. */
export function FormMessage({ message }: { message?: string }) {
  return (
    <div aria-live="assertive" aria-atomic="true" className="[&:not(:empty)]:mb-5">
      {message ? (
        <p
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
