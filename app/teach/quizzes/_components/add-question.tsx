"use client";

import { useState } from "react";
import type { QuestionType } from "@/lib/quiz/schema";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { labelClass } from "../../_components/field-error";
import { TYPE_LABELS } from "@/lib/quiz/editing";

/** "Add a question by hand": choose its type, then fill it in. */
export function AddQuestion({ types, onAdd }: { types: readonly QuestionType[]; onAdd: (type: QuestionType) => void }) {
  const [type, setType] = useState<QuestionType>("single");
  return (
    <div className="flex flex-wrap items-end gap-2 rounded-xl border border-dashed border-slate-400 p-4 dark:border-slate-600">
      <div className="min-w-0 flex-1 basis-48">
        <label htmlFor="add-question-type" className={labelClass}>
          Add a question by hand
        </label>
        <select id="add-question-type" value={type} onChange={(e) => setType(e.target.value as QuestionType)} className={inputClass}>
          {types.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" onClick={() => onAdd(type)} className={buttonClass("secondary")}>
        Add question
      </button>
    </div>
  );
}
