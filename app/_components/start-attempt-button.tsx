"use client";

import { useActionState } from "react";
import { startAttemptAction, type StartAttemptState } from "./attempt-actions";
import { buttonClass, type ButtonVariant } from "./ui";

/** A form with one button that starts or resumes an attempt; works before hydration too. */
export function StartAttemptButton({
  quizId,
  label,
  variant = "primary",
}: {
  quizId: string;
  label: string;
  variant?: ButtonVariant;
}) {
  const [state, action, pending] = useActionState<StartAttemptState, FormData>(startAttemptAction, {});
  return (
    <form action={action} className="inline-flex flex-col">
      <input type="hidden" name="quizId" value={quizId} />
      <button type="submit" className={buttonClass(variant, "px-5")} aria-disabled={pending || undefined} disabled={pending}>
        {pending ? "Opening…" : label}
      </button>
      <div aria-live="polite">
        {state.message ? <p className="mt-2 text-sm font-medium text-red-700 dark:text-red-300">{state.message}</p> : null}
      </div>
    </form>
  );
}
