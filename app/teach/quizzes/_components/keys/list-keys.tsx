"use client";

import { inputClass } from "@/app/_components/ui";
import { countBlanks } from "@/lib/quiz/schema";
import { FieldError, hintClass } from "../../../_components/field-error";
import { SmallButton } from "../fields";
import { fieldsetClass, legendClass, type KeyEditorProps } from "./types";

/** A list of accepted answers; the first is the one shown to students as expected. */
function AcceptedAnswers({
  values,
  onChange,
  uid,
  label,
  issues,
  path,
}: {
  values: string[];
  onChange: (v: string[]) => void;
  uid: string;
  label: string;
  issues: (path: string, exact?: boolean) => string[];
  path: string;
}) {
  return (
    <>
      <ul className="space-y-2">
        {values.map((v, i) => {
          const errors = issues(`${path}.${i}`);
          const id = `${uid}-${i}`;
          return (
            <li key={i} className="flex flex-wrap items-start gap-2">
              <div className="min-w-0 flex-1 basis-48">
                <label htmlFor={id} className="sr-only">
                  {label}, accepted answer {i + 1}
                </label>
                <input
                  id={id}
                  value={v}
                  onChange={(e) => onChange(values.map((x, j) => (j === i ? e.target.value : x)))}
                  placeholder={i === 0 ? "Expected answer" : "Also accept"}
                  aria-invalid={errors.length ? true : undefined}
                  aria-describedby={`${id}-error`}
                  className={inputClass}
                />
                <FieldError id={`${id}-error`} messages={errors} />
              </div>
              <SmallButton label={`Remove accepted answer ${i + 1}`} disabled={values.length <= 1} onClick={() => onChange(values.filter((_, j) => j !== i))}>
                Remove
              </SmallButton>
            </li>
          );
        })}
      </ul>
      <SmallButton disabled={values.length >= 20} onClick={() => onChange([...values, ""])}>
        Add another accepted answer
      </SmallButton>
    </>
  );
}

export function ShortKey({ q, onChange, uid, issues, name }: KeyEditorProps<"short">) {
  return (
    <fieldset className={fieldsetClass} aria-describedby={`${uid}-answer-error`}>
      <legend className={legendClass}>Accepted answers</legend>
      <p className={hintClass}>Case, accents and extra spaces are ignored. The first answer is shown as the expected one.</p>
      <AcceptedAnswers values={q.answer} onChange={(answer) => onChange({ ...q, answer })} uid={`${uid}-short`} label={name} issues={issues} path="answer" />
      <FieldError id={`${uid}-answer-error`} messages={issues("answer", true)} />
    </fieldset>
  );
}

export function BlankKey({ q, onChange, uid, issues, name }: KeyEditorProps<"blank">) {
  const blanks = countBlanks(q.prompt);
  return (
    <fieldset className={fieldsetClass} aria-describedby={`${uid}-answer-error`}>
      <legend className={legendClass}>Accepted answers for each blank</legend>
      <p className={hintClass}>
        Write ___ (three underscores) in the prompt where each blank goes. The prompt has {blanks}{" "}
        {blanks === 1 ? "blank" : "blanks"}; there {q.answer.length === 1 ? "is" : "are"} {q.answer.length} below.
      </p>
      {q.answer.map((accepted, b) => (
        <div key={b} className="space-y-2 border-t border-slate-200 pt-2 first-of-type:border-0 dark:border-slate-700">
          <div className="flex items-center justify-between gap-2">
            <p className="text-sm font-semibold">Blank {b + 1}</p>
            <SmallButton label={`Remove blank ${b + 1}`} disabled={q.answer.length <= 1} onClick={() => onChange({ ...q, answer: q.answer.filter((_, j) => j !== b) })}>
              Remove
            </SmallButton>
          </div>
          <AcceptedAnswers
            values={accepted}
            onChange={(v) => onChange({ ...q, answer: q.answer.map((x, j) => (j === b ? v : x)) })}
            uid={`${uid}-blank${b}`}
            label={`${name}, blank ${b + 1}`}
            issues={issues}
            path={`answer.${b}`}
          />
        </div>
      ))}
      <SmallButton disabled={q.answer.length >= 10} onClick={() => onChange({ ...q, answer: [...q.answer, [""]] })}>
        Add a blank
      </SmallButton>
      <FieldError id={`${uid}-answer-error`} messages={issues("answer", true)} />
    </fieldset>
  );
}
