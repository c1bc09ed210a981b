"use client";

import { useId, useRef, useState } from "react";
import { buttonClass, type ButtonVariant } from "@/app/_components/ui";
import { messageOf } from "./api";

/**
 * A button that asks before doing something hard to undo, in a modal <dialog>: focus starts on
 * "Cancel", Escape cancels, and focus returns to the button afterwards. A failure is shown in
 * the dialog, which stays open.
 */
export function ConfirmButton({
  label,
  title,
  body,
  confirmLabel,
  onConfirm,
  variant = "secondary",
  confirmVariant = "danger",
  className = "",
  accessibleLabel,
}: {
  label: React.ReactNode;
  title: string;
  body: React.ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  variant?: ButtonVariant;
  confirmVariant?: ButtonVariant;
  className?: string;
  /** When the visible label alone is ambiguous ("Remove" in a list). */
  accessibleLabel?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const bodyId = useId();

  function open() {
    setError(null);
    dialog.current?.showModal();
    cancel.current?.focus();
  }

  function close() {
    dialog.current?.close();
  }

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        ref={trigger}
        type="button"
        onClick={open}
        aria-label={accessibleLabel}
        aria-haspopup="dialog"
        className={buttonClass(variant, className)}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onClose={() => trigger.current?.focus()}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <div id={bodyId} className="text-sm text-slate-700 dark:text-slate-300">
            {body}
          </div>
          <p role="alert" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-300">
            {error}
          </p>
          <div className="flex flex-wrap justify-end gap-2">
            <button ref={cancel} type="button" onClick={close} className={buttonClass("secondary")}>
              Cancel
            </button>
            <button type="button" onClick={confirm} disabled={busy} className={buttonClass(confirmVariant)}>
              {busy ? "Working…" : confirmLabel}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
