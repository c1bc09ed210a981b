"use client";

import { useEffect, useRef } from "react";
import { buttonClass } from "../../../_components/ui";
import { listNumbers } from "./answers";

/**
 * Confirmation before submitting with unanswered questions. A modal <dialog> keeps focus inside
 * and closes on Escape; focus starts on the safe choice and returns to the Submit button.
 */
export function SubmitDialog({
  open,
  unanswered,
  onCancel,
  onConfirm,
  returnFocusTo,
}: {
  open: boolean;
  unanswered: number[];
  onCancel: () => void;
  onConfirm: () => void;
  returnFocusTo: React.RefObject<HTMLElement | null>;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const back = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      back.current?.focus();
    } else if (!open && d.open) {
      d.close();
      returnFocusTo.current?.focus();
    }
  }, [open, returnFocusTo]);

  const count = unanswered.length;
  return (
    <dialog
      ref={dialog}
      aria-labelledby="submit-dialog-title"
      aria-describedby="submit-dialog-desc"
      onCancel={(e) => {
        e.preventDefault(); // let React state close it, so focus is restored in one place
        onCancel();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="submit-dialog-title" className="text-xl font-bold">
        Submit with {count} unanswered?
      </h2>
      <p id="submit-dialog-desc" className="mt-2 text-slate-700 dark:text-slate-300">
        You haven’t answered {listNumbers(unanswered)}. Unanswered questions score no points. You can’t change your
        answers after submitting.
      </p>
      <div className="mt-6 flex flex-wrap justify-end gap-3">
        <button ref={back} type="button" onClick={onCancel} className={buttonClass("secondary")}>
          Keep answering
        </button>
        <button type="button" onClick={onConfirm} className={buttonClass("primary")}>
          Submit anyway
        </button>
      </div>
    </dialog>
  );
}
