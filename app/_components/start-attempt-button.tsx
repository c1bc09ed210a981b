"use client";

import { useActionState } from "react";
import { startAttemptAction, type StartAttemptState } from "./attempt-actions";
import { buttonClass, type ButtonVariant } from "./ui";

/** A form with one button that starts or resumes an attempt; works before hydration too. */
export function StartAttemptButton({
  quizId,
  label,
  variant = "primary",
  practice = false,
  retryOf,
}: {
  quizId: string;
  label: string;
  variant?: ButtonVariant;
  /** Ask for practice explicitly (the server may refuse, saying why). */
  practice?: boolean;
  /** Practise only the questions missed in this attempt. */
  retryOf?: string;
}) {
  const [state, action, pending] = useActionState<StartAttemptState, FormData>(startAttemptAction, {});
  return (
    <form action={action} className="inline-flex flex-col">
      <input type="hidden" name="quizId" value={quizId} />
      {practice ? <input type="hidden" name="practice" value="1" /> : null}
      {retryOf ? <input type="hidden" name="retryOf" value={retryOf} /> : null}
      <button type="submit" className={buttonClass(variant, "px-5")} aria-disabled={pending || undefined} disabled={pending}>
        {pending ? "Opening…" : label}
      </button>
      <div aria-live="polite">
        {state.message ? <p className="mt-2 text-sm font-medium text-red-700 dark:text-red-300">{state.message}</p> : null}
      </div>
    </form>
  );
}
