"use client";

import { useId } from "react";
import { inputClass } from "@/app/_components/ui";
import { FieldError, hintClass, labelClass } from "../../../_components/field-error";

export type ReviewPolicy = "after_submit" | "after_due" | "never";
export type HeldReview = "score" | "correctness";
export type FeedbackMode = "deferred" | "immediate";
export type AssignmentValues = {
  opensAt: string | null;
  dueAt: string | null;
  attemptLimit: number | null;
  allowLate: boolean;
  reviewPolicy: ReviewPolicy;
  heldReview: HeldReview;
  feedback: FeedbackMode;
  timeLimitMinutes: number | null;
};
export type FieldErrors = Partial<Record<keyof AssignmentValues | "quizId" | "form", string>>;

export const REVIEW_LABELS: Record<ReviewPolicy, string> = {
  after_submit: "Right after submitting",
  after_due: "After the due date",
  never: "Never",
};

export const HELD_LABELS: Record<HeldReview, string> = {
  score: "The score only",
  correctness: "The score and which answers were right",
};

export const FEEDBACK_LABELS: Record<FeedbackMode, string> = {
  deferred: "After submitting",
  immediate: "Question by question (students check each answer as they go)",
};

/** An ISO instant as a datetime-local value in the browser's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** Reads the fields back; datetime-local values are the teacher's local time. */
export function readAssignmentFields(form: FormData): AssignmentValues | { error: FieldErrors } {
  const date = (name: string) => {
    const v = String(form.get(name) ?? "");
    return v ? new Date(v).toISOString() : null;
  };
  const limitText = String(form.get("attemptLimit") ?? "").trim();
  const attemptLimit = limitText === "" ? null : Number(limitText);
  if (attemptLimit !== null && (!Number.isInteger(attemptLimit) || attemptLimit < 1 || attemptLimit > 50)) {
    return { error: { attemptLimit: "Enter a whole number from 1 to 50, or leave it empty for no limit." } };
  }
  const timeText = String(form.get("timeLimitMinutes") ?? "").trim();
  const timeLimitMinutes = timeText === "" ? null : Number(timeText);
  if (timeLimitMinutes !== null && (!Number.isInteger(timeLimitMinutes) || timeLimitMinutes < 1 || timeLimitMinutes > 600)) {
    return { error: { timeLimitMinutes: "Enter whole minutes from 1 to 600, or leave it empty for no time limit." } };
  }
  const values: AssignmentValues = {
    opensAt: date("opensAt"),
    dueAt: date("dueAt"),
    attemptLimit,
    allowLate: form.get("allowLate") === "on",
    reviewPolicy: (String(form.get("reviewPolicy") ?? "after_submit") as ReviewPolicy) || "after_submit",
    heldReview: (String(form.get("heldReview") ?? "score") as HeldReview) || "score",
    feedback: (String(form.get("feedback") ?? "deferred") as FeedbackMode) || "deferred",
    timeLimitMinutes,
  };
  if (values.opensAt && values.dueAt && values.dueAt <= values.opensAt) {
    return { error: { dueAt: "The due date must come after the open date." } };
  }
  return values;
}

/** Open and due dates, attempt limit, late work and review policy: shared by "Assign" and "Edit". */
export function AssignmentFields({ initial, errors }: { initial?: AssignmentValues; errors: FieldErrors }) {
  const uid = useId();
  const ids = (name: string) => ({ input: `${uid}-${name}`, error: `${uid}-${name}-error`, hint: `${uid}-${name}-hint` });
  const opens = ids("opens");
  const due = ids("due");
  const limit = ids("limit");
  const review = ids("review");
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={opens.input} className={labelClass}>
            Opens
          </label>
          <input
            id={opens.input}
            name="opensAt"
            type="datetime-local"
            defaultValue={toLocalInput(initial?.opensAt ?? null)}
            aria-describedby={`${opens.hint} ${opens.error}`}
            aria-invalid={errors.opensAt ? true : undefined}
            className={inputClass}
          />
          <p id={opens.hint} className={hintClass}>
            Empty: open now.
          </p>
          <FieldError id={opens.error} messages={errors.opensAt} />
        </div>
        <div>
          <label htmlFor={due.input} className={labelClass}>
            Due
          </label>
          <input
            id={due.input}
            name="dueAt"
            type="datetime-local"
            defaultValue={toLocalInput(initial?.dueAt ?? null)}
            aria-describedby={`${due.hint} ${due.error}`}
            aria-invalid={errors.dueAt ? true : undefined}
            className={inputClass}
          />
          <p id={due.hint} className={hintClass}>
            Empty: no due date.
          </p>
          <FieldError id={due.error} messages={errors.dueAt} />
        </div>
      </div>
      <div>
        <label htmlFor={`${uid}-time`} className={labelClass}>
          Time limit (minutes)
        </label>
        <input
          id={`${uid}-time`}
          name="timeLimitMinutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={600}
          defaultValue={initial?.timeLimitMinutes ?? ""}
          aria-describedby={`${uid}-time-hint ${uid}-time-error`}
          aria-invalid={errors.timeLimitMinutes ? true : undefined}
          className={inputClass}
        />
        <p id={`${uid}-time-hint`} className={hintClass}>
          Empty: untimed. When time is up the attempt is submitted with what was saved; students with extra time get it
          automatically.
        </p>
        <FieldError id={`${uid}-time-error`} messages={errors.timeLimitMinutes} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={limit.input} className={labelClass}>
            Attempts allowed
          </label>
          <input
            id={limit.input}
            name="attemptLimit"
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            defaultValue={initial?.attemptLimit ?? ""}
            aria-describedby={`${limit.hint} ${limit.error}`}
            aria-invalid={errors.attemptLimit ? true : undefined}
            className={inputClass}
          />
          <p id={limit.hint} className={hintClass}>
            Empty: unlimited. The gradebook keeps each student’s best score.
          </p>
          <FieldError id={limit.error} messages={errors.attemptLimit} />
        </div>
        <div className="flex items-start gap-3 sm:pt-7">
          <input
            id={`${uid}-late`}
            name="allowLate"
            type="checkbox"
            defaultChecked={initial?.allowLate ?? false}
            aria-describedby={`${uid}-late-hint`}
            className="mt-1 h-5 w-5 shrink-0 accent-teal-700 dark:accent-teal-300"
          />
          <div>
            <label htmlFor={`${uid}-late`} className="font-semibold">
              Accept late work
            </label>
            <p id={`${uid}-late-hint`} className={hintClass}>
              Late submissions are marked “late” in the gradebook.
            </p>
          </div>
        </div>
      </div>
      <RadioGroup
        legend="When students see the answers and explanations"
        name="reviewPolicy"
        labels={REVIEW_LABELS}
        checked={initial?.reviewPolicy ?? "after_submit"}
        hint="Students always see their score."
        errorId={review.error}
        errors={errors.reviewPolicy}
      />
      <RadioGroup
        legend="Until then, students see"
        name="heldReview"
        labels={HELD_LABELS}
        checked={initial?.heldReview ?? "score"}
        hint="With “Never”, this is all they ever see. Practising the quiz opens only when the answers are shown."
      />
      <RadioGroup
        legend="Feedback"
        name="feedback"
        labels={FEEDBACK_LABELS}
        checked={initial?.feedback ?? "deferred"}
        hint="Checking an answer shows its key and explanation at once, and makes the answer final."
        stacked
      />
    </>
  );
}

/** One choice of a few, each option a labelled radio, with a hint and (optionally) an error. */
function RadioGroup<K extends string>({
  legend,
  name,
  labels,
  checked,
  hint,
  errorId,
  errors,
  stacked = false,
}: {
  legend: string;
  name: string;
  labels: Record<K, string>;
  checked: K;
  hint: string;
  errorId?: string;
  errors?: string;
  stacked?: boolean;
}) {
  return (
    <fieldset aria-describedby={errorId}>
      <legend className={labelClass}>{legend}</legend>
      <div className={stacked ? "flex flex-col gap-2" : "flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-6"}>
        {(Object.keys(labels) as K[]).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name={name} value={value} defaultChecked={checked === value} className="h-4 w-4 accent-teal-700 dark:accent-teal-300" />
            {labels[value]}
          </label>
        ))}
      </div>
      <p className={hintClass}>{hint}</p>
      {errorId ? <FieldError id={errorId} messages={errors} /> : null}
    </fieldset>
  );
}

/** Server issues (`{ path: "dueAt" }`) as field errors; anything unplaced goes to the form. */
export function fieldErrorsFrom(issues: { path: string; message: string }[], fallback: string): FieldErrors {
  const known = ["opensAt", "dueAt", "attemptLimit", "allowLate", "reviewPolicy", "heldReview", "feedback", "timeLimitMinutes", "quizId"];
  const out: FieldErrors = {};
  for (const i of issues) {
    const key = known.includes(i.path) ? (i.path as keyof FieldErrors) : "form";
    out[key] ??= key === "form" || key === "quizId" ? fallback : i.message;
  }
  if (!issues.length) out.form = fallback;
  return out;
}
