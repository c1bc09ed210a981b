"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { ApiError, callApi, messageOf } from "../../../_components/api";
import { FieldError, hintClass, labelClass } from "../../../_components/field-error";
import { AssignmentFields, fieldErrorsFrom, readAssignmentFields, type FieldErrors } from "./assignment-fields";

export type AssignableQuiz = { id: string; title: string; questionCount: number };

/** "Assign a quiz": one of the published quizzes this teacher may assign, with its rules. */
export function AssignForm({ classId, quizzes }: { classId: string; quizzes: AssignableQuiz[] }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState("");
  const [busy, setBusy] = useState(false);
  const uid = useId();

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const quizId = String(data.get("quizId") ?? "");
    setDone("");
    if (!quizId) return setErrors({ quizId: "Choose a quiz to assign." });
    const values = readAssignmentFields(data);
    if ("error" in values) return setErrors(values.error);
    setBusy(true);
    setErrors({});
    try {
      await callApi(`/api/classes/${classId}/assignments`, { body: { quizId, ...values } });
      const title = quizzes.find((q) => q.id === quizId)?.title ?? "The quiz";
      form.current?.reset();
      setDone(`Assigned “${title}”.`);
      router.refresh();
    } catch (err) {
      setErrors(err instanceof ApiError ? fieldErrorsFrom(err.issues, err.message) : { form: messageOf(err) });
    } finally {
      setBusy(false);
    }
  }

  if (quizzes.length === 0) {
    return (
      <p className="text-slate-600 dark:text-slate-400">
        You have no published quizzes to assign. Publish one from its editor first.
      </p>
    );
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="space-y-4" aria-describedby={`${uid}-form-error`}>
      <div>
        <label htmlFor={`${uid}-quiz`} className={labelClass}>
          Quiz
        </label>
        <select
          id={`${uid}-quiz`}
          name="quizId"
          defaultValue=""
          aria-describedby={`${uid}-quiz-hint ${uid}-quiz-error`}
          aria-invalid={errors.quizId ? true : undefined}
          className={inputClass}
        >
          <option value="" disabled>
            Choose a published quiz…
          </option>
          {quizzes.map((q) => (
            <option key={q.id} value={q.id}>
              {q.title} ({q.questionCount} questions)
            </option>
          ))}
        </select>
        <p id={`${uid}-quiz-hint`} className={hintClass}>
          Only published quizzes can be assigned.
        </p>
        <FieldError id={`${uid}-quiz-error`} messages={errors.quizId} />
      </div>
      <AssignmentFields errors={errors} />
      <FieldError id={`${uid}-form-error`} messages={errors.form} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={busy} className={buttonClass("primary")}>
          {busy ? "Assigning…" : "Assign"}
        </button>
        <p aria-live="polite" className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
          {done}
        </p>
      </div>
    </form>
  );
}
