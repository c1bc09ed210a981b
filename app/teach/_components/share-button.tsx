"use client";

import { useId, useRef, useState } from "react";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { ApiError, callApi, messageOf } from "./api";
import { FieldError, hintClass, labelClass } from "./field-error";

/** "Share a copy": another teacher's email address, and they get their own draft of this quiz. */
export function ShareButton({ quizId, title, onShared }: { quizId: string; title: string; onShared: (message: string) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const pending = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const uid = useId();

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending.current) return;
    pending.current = true;
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setBusy(true);
    setError(null);
    try {
      const { shared } = await callApi<{ shared: { email: string; name: string } }>(`/api/quizzes/${quizId}/share`, { body: { email } });
      dialog.current?.close();
      onShared(`Sent a copy of “${title}” to ${shared.name || shared.email}. It is in their quizzes as a draft.`);
    } catch (err) {
      setError(err instanceof ApiError && err.issues[0] ? err.issues[0].message : messageOf(err));
      input.current?.focus();
    } finally {
      pending.current = false;
      setBusy(false);
    }
  }

  return (
    <>
      <button
        ref={trigger}
        type="button"
        aria-haspopup="dialog"
        aria-label={`Share a copy of ${title}`}
        className={buttonClass("secondary", "px-2.5 py-1.5 text-xs")}
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
          input.current?.focus();
        }}
      >
        Share a copy
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${uid}-title`}
        onClose={() => trigger.current?.focus()}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <form onSubmit={submit} noValidate className="space-y-4 p-5">
          <h2 id={`${uid}-title`} className="text-lg font-semibold break-words">
            Share a copy of “{title}”
          </h2>
          <div>
            <label htmlFor={`${uid}-email`} className={labelClass}>
              Other teacher’s email
            </label>
            <input
              ref={input}
              id={`${uid}-email`}
              name="email"
              type="email"
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={`${uid}-hint ${uid}-error`}
              className={inputClass}
            />
            <p id={`${uid}-hint`} className={hintClass}>
              They get their own draft copy, questions and keys included. Your quiz and its results stay yours.
            </p>
            <FieldError id={`${uid}-error`} messages={error} />
          </div>
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="submit" disabled={busy} className={buttonClass("primary")}>
              {busy ? "Sending…" : "Send a copy"}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
