"use client";

import { hintClass } from "../../../_components/field-error";
import { FieldError } from "../../../_components/field-error";
import { NumberField, TextField } from "../fields";
import { fieldsetClass, legendClass, type KeyEditorProps } from "./types";

export function TrueFalseKey({ q, onChange, uid, issues }: KeyEditorProps<"truefalse">) {
  return (
    <fieldset className={fieldsetClass} aria-describedby={`${uid}-answer-error`}>
      <legend className={legendClass}>The statement is</legend>
      <div className="flex gap-6">
        {[true, false].map((value) => (
          <label key={String(value)} className="flex items-center gap-2 font-medium">
            <input
              type="radio"
              name={`${uid}-tf`}
              checked={q.answer === value}
              onChange={() => onChange({ ...q, answer: value })}
              className="h-5 w-5 accent-emerald-700 dark:accent-emerald-300"
            />
            {value ? "True" : "False"}
          </label>
        ))}
      </div>
      <FieldError id={`${uid}-answer-error`} messages={issues("answer")} />
    </fieldset>
  );
}

export function NumericKey({ q, onChange, uid, issues }: KeyEditorProps<"numeric">) {
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Answer</legend>
      <div className="grid gap-3 sm:grid-cols-3">
        <NumberField id={`${uid}-num`} label="Right answer" value={q.answer} errors={issues("answer")} onChange={(answer) => onChange({ ...q, answer })} />
        <NumberField
          id={`${uid}-tol`}
          label="Tolerance (±)"
          min={0}
          value={q.tolerance}
          errors={issues("tolerance")}
          hint="0 means exact."
          onChange={(tolerance) => onChange({ ...q, tolerance })}
        />
        <TextField
          id={`${uid}-unit`}
          label="Unit (optional)"
          value={q.unit ?? ""}
          placeholder="e.g. miles"
          maxLength={40}
          errors={issues("unit")}
          onChange={(unit) => onChange({ ...q, unit: unit === "" ? undefined : unit })}
        />
      </div>
      <TextField
        id={`${uid}-aliases`}
        label="Other spellings of the unit (optional)"
        hint="Separate with commas, e.g. mile, mi"
        value={q.unitAliases.join(", ")}
        errors={issues("unitAliases")}
        onChange={(v) => onChange({ ...q, unitAliases: v.split(",").map((s) => s.trimStart()).filter((s, i, all) => s !== "" || i === all.length - 1) })}
      />
      <p className={hintClass}>Students may type the number with or without the unit, and with thousands separators.</p>
    </fieldset>
  );
}
