"use client";

import { hintClass } from "../../../_components/field-error";
import { NumberField } from "../fields";
import { fieldsetClass, legendClass, type KeyEditorProps } from "./types";

/**
 * An evidence question's key is the sentences picked in the article (the Key sentences list
 * below the explanation); here only how many a student may select.
 */
export function EvidenceKey({ q, onChange, uid, issues }: KeyEditorProps<"evidence">) {
  const keyCount = q.answer.length;
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Answer</legend>
      <p className={hintClass}>
        Students answer by selecting sentences in the article. Pick the right ones under “Key sentences” below; they are
        also the evidence shown after the answer.
      </p>
      <NumberField
        id={`${uid}-max-select`}
        label="Sentences a student may select"
        min={1}
        step="1"
        className="max-w-64"
        value={q.maxSelect ?? Number.NaN}
        hint={`Leave empty for as many as there are key sentences (${keyCount || "none yet"}). At most 6.`}
        errors={issues("maxSelect")}
        onChange={(n) => onChange({ ...q, maxSelect: Number.isNaN(n) ? undefined : n })}
      />
    </fieldset>
  );
}
