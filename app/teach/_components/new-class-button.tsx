"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { ApiError, callApi, messageOf } from "./api";
import { FieldError, labelClass } from "./field-error";

/** "New class": a small dialog asking for the name, then straight to the new class's page. */
export function NewClassButton() {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const errorId = useId();
  const nameId = useId();
  // State updates land after the event: a double click fires two submits before `busy` renders.
  const pending = useRef(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending.current) return;
    pending.current = true;
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    setBusy(true);
    setError(null);
    try {
      const { class: cls } = await callApi<{ class: { id: string } }>("/api/classes", { body: { name } });
      router.push(`/teach/classes/${cls.id}`);
    } catch (err) {
      setError(err instanceof ApiError && err.issues[0] ? err.issues[0].message : messageOf(err));
      setBusy(false);
      pending.current = false;
      input.current?.focus();
    }
  }

  return (
    <>
      <button
        ref={trigger}
        type="button"
        aria-haspopup="dialog"
        className={buttonClass("primary")}
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
          input.current?.focus();
        }}
      >
        New class
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => trigger.current?.focus()}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <form onSubmit={submit} className="space-y-4 p-5" noValidate>
          <h2 id={titleId} className="text-lg font-semibold">
            New class
          </h2>
          <div>
            <label htmlFor={nameId} className={labelClass}>
              Class name
            </label>
            <input
              ref={input}
              id={nameId}
              name="name"
              required
              maxLength={100}
              autoComplete="off"
              placeholder="e.g. Year 9 English, set 2"
              aria-invalid={error ? true : undefined}
              aria-describedby={errorId}
              className={inputClass}
            />
            <FieldError id={errorId} messages={error} />
          </div>
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="submit" disabled={busy} className={buttonClass("primary")}>
              {busy ? "Creating…" : "Create class"}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
