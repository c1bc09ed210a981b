"use client";

import Link from "next/link";
import { useId, useRef, useState } from "react";
import { buttonClass, linkClass } from "@/app/_components/ui";
import { ApiError, callApi, messageOf } from "../../_components/api";
import { FieldError, hintClass, labelClass } from "../../_components/field-error";
import {
  AssignmentFields,
  fieldErrorsFrom,
  readAssignmentFields,
  type FieldErrors,
} from "../../classes/[id]/_components/assignment-fields";

export type ClassChoice = { id: string; name: string; studentCount: number };

/**
 * "Assign" in the quiz editor: the teacher's active classes as checkboxes and one set of rules,
 * sent in one request that creates every assignment or none.
 */
export function AssignDialog({
  quizId,
  classes,
  onAssigned,
}: {
  quizId: string;
  classes: ClassChoice[];
  onAssigned: (message: string) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const pending = useRef(false);
  const [errors, setErrors] = useState<FieldErrors & { classIds?: string }>({});
  const [busy, setBusy] = useState(false);
  const uid = useId();

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending.current) return;
    const data = new FormData(event.currentTarget);
    const classIds = data.getAll("classId").map(String);
    if (classIds.length === 0) return setErrors({ classIds: "Choose at least one class." });
    const values = readAssignmentFields(data);
    if ("error" in values) return setErrors(values.error);
    pending.current = true;
    setBusy(true);
    setErrors({});
    try {
      await callApi(`/api/quizzes/${quizId}/assignments`, { body: { classIds, ...values } });
      const names = classes.filter((c) => classIds.includes(c.id)).map((c) => `“${c.name}”`);
      dialog.current?.close();
      onAssigned(`Assigned to ${names.join(" and ")}.`);
    } catch (err) {
      const issues = err instanceof ApiError ? err.issues : [];
      const classIssue = issues.find((i) => i.path.startsWith("classIds"));
      setErrors(
        classIssue
          ? { classIds: err instanceof ApiError ? err.message : classIssue.message }
          : err instanceof ApiError
            ? fieldErrorsFrom(issues, err.message)
            : { form: messageOf(err) },
      );
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
        className={buttonClass("secondary")}
        onClick={() => {
          setErrors({});
          dialog.current?.showModal();
          first.current?.focus();
        }}
      >
        Assign
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${uid}-title`}
        onClose={() => trigger.current?.focus()}
        className="m-auto max-h-[calc(100dvh-2rem)] w-[min(40rem,calc(100vw-2rem))] overflow-y-auto rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <form onSubmit={submit} noValidate className="space-y-5 p-5">
          <h2 id={`${uid}-title`} className="text-lg font-semibold">
            Assign to classes
          </h2>
          {classes.length === 0 ? (
            <p>
              You have no active classes yet.{" "}
              <Link href="/teach" className={linkClass}>
                Create one on your dashboard
              </Link>
              , then come back to assign this quiz.
            </p>
          ) : (
            <fieldset aria-describedby={`${uid}-classes-error`}>
              <legend className={labelClass}>Classes</legend>
              <p className={hintClass}>Choose one or more; each gets the same dates and rules.</p>
              <ul className="mt-2 space-y-2">
                {classes.map((c, i) => (
                  <li key={c.id} className="flex items-center gap-3">
                    <input
                      ref={i === 0 ? first : undefined}
                      id={`${uid}-class-${c.id}`}
                      type="checkbox"
                      name="classId"
                      value={c.id}
                      className="h-5 w-5 shrink-0 accent-teal-700 dark:accent-teal-300"
                    />
                    <label htmlFor={`${uid}-class-${c.id}`}>
                      {c.name}{" "}
                      <span className="text-sm text-slate-600 dark:text-slate-400">
                        ({c.studentCount} {c.studentCount === 1 ? "student" : "students"})
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
              <FieldError id={`${uid}-classes-error`} messages={errors.classIds} />
            </fieldset>
          )}
          {classes.length > 0 && <AssignmentFields errors={errors} />}
          <FieldError id={`${uid}-form-error`} messages={errors.form} />
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            {classes.length > 0 && (
              <button type="submit" disabled={busy} className={buttonClass("primary")}>
                {busy ? "Assigning…" : "Assign"}
              </button>
            )}
          </div>
        </form>
      </dialog>
    </>
  );
}
