"use client";

import { inputClass } from "@/app/_components/ui";
import { FieldError, hintClass } from "../../../_components/field-error";
import { SmallButton } from "../fields";
import { freshId } from "@/lib/quiz/editing";
import { fieldsetClass, legendClass, type KeyEditorProps } from "./types";

/**
 * Pairs: each left entry with the right entry it matches. Right entries that match nothing are
 * distractors. Removing a right entry unpairs whatever pointed at it.
 */
export function MatchingKey({ q, onChange, uid, issues, name }: KeyEditorProps<"matching">) {
  const rightLabel = (id: string) => {
    const i = q.right.findIndex((r) => r.id === id);
    const text = q.right[i]?.text;
    return text ? text : `Right entry ${i + 1} (empty)`;
  };

  function addPair() {
    const l = freshId("l", q.left.map((x) => x.id));
    const r = freshId("r", q.right.map((x) => x.id));
    onChange({ ...q, left: [...q.left, { id: l, text: "" }], right: [...q.right, { id: r, text: "" }], answer: { ...q.answer, [l]: r } });
  }

  function removeLeft(id: string) {
    const answer = { ...q.answer };
    delete answer[id];
    onChange({ ...q, left: q.left.filter((x) => x.id !== id), answer });
  }

  function removeRight(id: string) {
    const answer = Object.fromEntries(Object.entries(q.answer).filter(([, r]) => r !== id));
    onChange({ ...q, right: q.right.filter((x) => x.id !== id), answer });
  }

  return (
    <div className="space-y-3">
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Pairs</legend>
        <ol className="space-y-3">
          {q.left.map((l, i) => {
            const errors = issues(`left.${i}`);
            return (
              <li key={l.id} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-start">
                <div>
                  <label htmlFor={`${uid}-l-${l.id}`} className="text-xs font-semibold">
                    Left {i + 1}
                  </label>
                  <input
                    id={`${uid}-l-${l.id}`}
                    value={l.text}
                    onChange={(e) => onChange({ ...q, left: q.left.map((x) => (x.id === l.id ? { ...x, text: e.target.value } : x)) })}
                    aria-invalid={errors.length ? true : undefined}
                    aria-describedby={`${uid}-l-${l.id}-error`}
                    className={inputClass}
                  />
                  <FieldError id={`${uid}-l-${l.id}-error`} messages={errors} />
                </div>
                <div>
                  <label htmlFor={`${uid}-m-${l.id}`} className="text-xs font-semibold">
                    <span className="sr-only">Left {i + 1} </span>matches
                  </label>
                  <select
                    id={`${uid}-m-${l.id}`}
                    value={q.answer[l.id] ?? ""}
                    onChange={(e) => onChange({ ...q, answer: { ...q.answer, [l.id]: e.target.value } })}
                    className={inputClass}
                  >
                    <option value="" disabled>
                      Choose…
                    </option>
                    {q.right.map((r) => (
                      <option key={r.id} value={r.id}>
                        {rightLabel(r.id)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="sm:pt-5">
                  <SmallButton label={`Remove left entry ${i + 1}`} disabled={q.left.length <= 2} onClick={() => removeLeft(l.id)}>
                    Remove
                  </SmallButton>
                </div>
              </li>
            );
          })}
        </ol>
        <SmallButton disabled={q.left.length >= 10 || q.right.length >= 12} onClick={addPair}>
          Add a pair
        </SmallButton>
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Right entries</legend>
        <p className={hintClass}>Entries no left entry matches are shown as distractors.</p>
        <ul className="space-y-2">
          {q.right.map((r, i) => {
            const errors = issues(`right.${i}`);
            return (
              <li key={r.id} className="flex flex-wrap items-start gap-2">
                <div className="min-w-0 flex-1 basis-48">
                  <label htmlFor={`${uid}-r-${r.id}`} className="sr-only">
                    {name}, right entry {i + 1}
                  </label>
                  <input
                    id={`${uid}-r-${r.id}`}
                    value={r.text}
                    placeholder={`Right entry ${i + 1}`}
                    onChange={(e) => onChange({ ...q, right: q.right.map((x) => (x.id === r.id ? { ...x, text: e.target.value } : x)) })}
                    aria-invalid={errors.length ? true : undefined}
                    aria-describedby={`${uid}-r-${r.id}-error`}
                    className={inputClass}
                  />
                  <FieldError id={`${uid}-r-${r.id}-error`} messages={errors} />
                </div>
                <SmallButton label={`Remove right entry ${i + 1}`} disabled={q.right.length <= Math.max(2, q.left.length)} onClick={() => removeRight(r.id)}>
                  Remove
                </SmallButton>
              </li>
            );
          })}
        </ul>
        <SmallButton
          disabled={q.right.length >= 12}
          onClick={() => onChange({ ...q, right: [...q.right, { id: freshId("r", q.right.map((x) => x.id)), text: "" }] })}
        >
          Add a distractor
        </SmallButton>
      </fieldset>
      <FieldError id={`${uid}-answer-error`} messages={[...issues("answer"), ...issues("left", true), ...issues("right", true)]} />
    </div>
  );
}
