"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { buttonClass } from "@/app/_components/ui";
import { ApiError, callApi, messageOf } from "../../../_components/api";
import { FieldError } from "../../../_components/field-error";
import {
  AssignmentFields,
  fieldErrorsFrom,
  readAssignmentFields,
  type AssignmentValues,
  type FieldErrors,
} from "./assignment-fields";

/**
 * "Edit" an assignment's dates and rules in a dialog. The fields mount only while it is open:
 * their datetime-local values depend on the browser's time zone, which the server cannot know.
 */
export function EditAssignmentButton({ id, title, values }: { id: string; title: string; values: AssignmentValues }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const uid = useId();

  function show() {
    setErrors({});
    setOpen(true);
    dialog.current?.showModal();
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = readAssignmentFields(new FormData(event.currentTarget));
    if ("error" in read) return setErrors(read.error);
    setBusy(true);
    setErrors({});
    try {
      await callApi(`/api/assignments/${id}`, { method: "PATCH", body: read });
      dialog.current?.close();
      router.refresh();
    } catch (err) {
      setErrors(err instanceof ApiError ? fieldErrorsFrom(err.issues, err.message) : { form: messageOf(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        ref={trigger}
        type="button"
        onClick={show}
        aria-haspopup="dialog"
        aria-label={`Edit assignment: ${title}`}
        className={buttonClass("secondary", "px-3 py-1.5")}
      >
        Edit
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${uid}-title`}
        onClose={() => {
          setOpen(false);
          trigger.current?.focus();
        }}
        className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {open && (
          <form onSubmit={submit} noValidate className="space-y-4 p-5">
            <h2 id={`${uid}-title`} className="text-lg font-semibold break-words">
              Edit assignment: {title}
            </h2>
            <AssignmentFields initial={values} errors={errors} />
            <FieldError id={`${uid}-form-error`} messages={errors.form} />
            <div className="flex flex-wrap justify-end gap-2">
              <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
                Cancel
              </button>
              <button type="submit" disabled={busy} className={buttonClass("primary")}>
                {busy ? "Saving…" : "Save changes"}
              </button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
