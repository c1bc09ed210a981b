"use client";

import { inputClass } from "@/app/_components/ui";
import { FieldError, hintClass } from "../../../_components/field-error";
import { SmallButton } from "../fields";
import { freshId, move } from "@/lib/quiz/editing";
import { fieldsetClass, legendClass, type KeyEditorProps } from "./types";

/**
 * Items listed in their correct order; "Up" and "Down" change the key. Students see them shuffled.
 */
export function OrderingKey({ q, onChange, uid, issues, name }: KeyEditorProps<"ordering">) {
  // Items not (yet) in the key go last, so nothing the teacher typed is hidden.
  const ordered = [...q.answer, ...q.items.map((i) => i.id).filter((id) => !q.answer.includes(id))];
  const text = (id: string) => q.items.find((i) => i.id === id)?.text ?? "";
  const itemIndex = (id: string) => q.items.findIndex((i) => i.id === id);
  return (
    <fieldset className={fieldsetClass} aria-describedby={`${uid}-answer-error`}>
      <legend className={legendClass}>Items, in the correct order</legend>
      <p className={hintClass}>Students get them shuffled and put them back in this order.</p>
      <ol className="space-y-2">
        {ordered.map((id, pos) => {
          const errors = issues(`items.${itemIndex(id)}`);
          return (
            <li key={id} className="flex flex-wrap items-start gap-2">
              <span className="min-w-6 pt-2 text-sm font-semibold tabular-nums" aria-hidden="true">
                {pos + 1}.
              </span>
              <div className="min-w-0 flex-1 basis-48">
                <label htmlFor={`${uid}-item-${id}`} className="sr-only">
                  {name}, item {pos + 1} in the correct order
                </label>
                <input
                  id={`${uid}-item-${id}`}
                  value={text(id)}
                  onChange={(e) => onChange({ ...q, items: q.items.map((i) => (i.id === id ? { ...i, text: e.target.value } : i)) })}
                  aria-invalid={errors.length ? true : undefined}
                  aria-describedby={`${uid}-item-${id}-error`}
                  className={inputClass}
                />
                <FieldError id={`${uid}-item-${id}-error`} messages={errors} />
              </div>
              <div className="flex gap-1 pt-1">
                <SmallButton label={`Move item ${pos + 1} up`} disabled={pos === 0} onClick={() => onChange({ ...q, answer: move(ordered, pos, pos - 1) })}>
                  Up
                </SmallButton>
                <SmallButton
                  label={`Move item ${pos + 1} down`}
                  disabled={pos === ordered.length - 1}
                  onClick={() => onChange({ ...q, answer: move(ordered, pos, pos + 1) })}
                >
                  Down
                </SmallButton>
                <SmallButton
                  label={`Remove item ${pos + 1}`}
                  disabled={q.items.length <= 3}
                  onClick={() => onChange({ ...q, items: q.items.filter((i) => i.id !== id), answer: ordered.filter((x) => x !== id) })}
                >
                  Remove
                </SmallButton>
              </div>
            </li>
          );
        })}
      </ol>
      <SmallButton
        disabled={q.items.length >= 10}
        onClick={() => {
          const id = freshId("i", q.items.map((i) => i.id));
          onChange({ ...q, items: [...q.items, { id, text: "" }], answer: [...ordered, id] });
        }}
      >
        Add an item
      </SmallButton>
      <FieldError id={`${uid}-answer-error`} messages={[...issues("answer"), ...issues("items", true)]} />
    </fieldset>
  );
}
