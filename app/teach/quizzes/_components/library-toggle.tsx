"use client";

import { useId, useState } from "react";
import { hintClass } from "../../_components/field-error";
import { callApi, ApiError } from "../../_components/api";

/**
 * Who sees a published quiz: the owner's students (the classes it is assigned to), or everyone
 * through the public library. Said in words beside the switch.
 */
export function LibraryToggle({ quizId, initial }: { quizId: string; initial: boolean }) {
  const [library, setLibrary] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const id = useId();

  async function change(next: boolean) {
    setBusy(true);
    setMessage(null);
    try {
      await callApi(`/api/quizzes/${quizId}/library`, { body: { library: next } });
      setLibrary(next);
      setMessage(next ? "Shared to the library." : "Only your classes see it now.");
    } catch (err) {
      setMessage(err instanceof ApiError ? err.message : "Could not change sharing. Try again.");
    }
    setBusy(false);
  }

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          checked={library}
          disabled={busy}
          onChange={(e) => void change(e.target.checked)}
          aria-describedby={`${id}-hint`}
          className="mt-1 h-5 w-5 shrink-0 accent-teal-700 dark:accent-teal-300"
        />
        <div>
          <label htmlFor={id} className="font-semibold">
            Share in the public library
          </label>
          <p id={`${id}-hint`} className={hintClass}>
            Publishing makes a quiz ready to assign: only you and the students of classes you assign it to can see it.
            Shared in the library, every Readcheck account can find and practise it, and other teachers can assign it.
          </p>
          <p aria-live="polite" className="mt-1 text-sm empty:hidden">
            {message}
          </p>
        </div>
      </div>
    </div>
  );
}
