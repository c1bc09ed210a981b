"use client";

import { inputClass } from "@/app/_components/ui";
import { FieldError } from "../../../_components/field-error";
import { SmallButton } from "../fields";
import { freshId, move } from "@/lib/quiz/editing";
import { fieldsetClass, legendClass, type KeyEditorProps } from "./types";

/**
 * Options of a single-choice or multiple-select question: rename, add, remove, reorder, and mark
 * the right one (radio) or ones (checkboxes). Removing an option also removes it from the key.
 */
export function ChoiceKey(props: KeyEditorProps<"single"> | KeyEditorProps<"multiple">) {
  const { q, issues, uid, name } = props;
  const multiple = q.type === "multiple";
  const isRight = (id: string) => (q.type === "multiple" ? q.answer.includes(id) : q.answer === id);
  const update = (patch: Partial<typeof q>) => (props.onChange as (x: typeof q) => void)({ ...q, ...patch } as typeof q);

  function setRight(id: string, on: boolean) {
    if (q.type === "multiple") update({ answer: on ? [...q.answer, id] : q.answer.filter((a) => a !== id) });
    else if (on) update({ answer: id });
  }

  function remove(id: string) {
    const options = q.options.filter((o) => o.id !== id);
    if (q.type === "multiple") update({ options, answer: q.answer.filter((a) => a !== id) });
    else update({ options, answer: q.answer === id ? "" : q.answer });
  }

  const max = multiple ? 10 : 8;
  const keyErrors = issues("answer");
  return (
    <fieldset className={fieldsetClass} aria-describedby={`${uid}-answer-error`}>
      <legend className={legendClass}>
        Options — mark {multiple ? "every right answer" : "the right answer"}
      </legend>
      <ol className="space-y-2">
        {q.options.map((o, i) => {
          const textErrors = issues(`options.${i}`);
          return (
            <li key={o.id} className="flex flex-wrap items-start gap-2">
              <label className="flex min-h-10 items-center gap-1.5 text-sm font-medium">
                <input
                  type={multiple ? "checkbox" : "radio"}
                  name={`${uid}-right`}
                  checked={isRight(o.id)}
                  onChange={(e) => setRight(o.id, e.target.checked)}
                  className="h-5 w-5 accent-emerald-700 dark:accent-emerald-300"
                />
                Right<span className="sr-only">: option {i + 1}</span>
              </label>
              <div className="min-w-0 flex-1 basis-48">
                <label htmlFor={`${uid}-opt-${o.id}`} className="sr-only">
                  {name}, option {i + 1}
                </label>
                <input
                  id={`${uid}-opt-${o.id}`}
                  value={o.text}
                  onChange={(e) =>
                    update({ options: q.options.map((x) => (x.id === o.id ? { ...x, text: e.target.value } : x)) })
                  }
                  placeholder={`Option ${i + 1}`}
                  aria-invalid={textErrors.length ? true : undefined}
                  aria-describedby={`${uid}-opt-${o.id}-error`}
                  className={inputClass}
                />
                <FieldError id={`${uid}-opt-${o.id}-error`} messages={textErrors} />
              </div>
              <div className="flex gap-1 pt-1">
                <SmallButton label={`Move option ${i + 1} up`} disabled={i === 0} onClick={() => update({ options: move(q.options, i, i - 1) })}>
                  Up
                </SmallButton>
                <SmallButton
                  label={`Move option ${i + 1} down`}
                  disabled={i === q.options.length - 1}
                  onClick={() => update({ options: move(q.options, i, i + 1) })}
                >
                  Down
                </SmallButton>
                <SmallButton label={`Remove option ${i + 1}`} disabled={q.options.length <= (multiple ? 3 : 2)} onClick={() => remove(o.id)}>
                  Remove
                </SmallButton>
              </div>
            </li>
          );
        })}
      </ol>
      <SmallButton
        disabled={q.options.length >= max}
        onClick={() => update({ options: [...q.options, { id: freshId("o", q.options.map((o) => o.id)), text: "" }] })}
      >
        Add an option
      </SmallButton>
      <FieldError id={`${uid}-answer-error`} messages={[...keyErrors, ...issues("options", true)]} />
    </fieldset>
  );
}
