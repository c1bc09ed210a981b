"use client";

import { buttonClass, inputClass } from "@/app/_components/ui";
import { FieldError, hintClass, labelClass } from "../../_components/field-error";

type Base = { id: string; label: string; errors?: string[]; hint?: string; className?: string; srLabel?: boolean };

const describedBy = (id: string, hint?: string) => [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");

/** The label, hint and error every field has, around its control. */
function Field({ id, label, errors = [], hint, className = "", srLabel = false, children }: Base & { children: React.ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className={srLabel ? "sr-only" : labelClass}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

/** What ties a control to its field's hint and error for screen readers. */
const controlProps = ({ id, errors = [], hint }: Base) => ({
  id,
  "aria-invalid": errors.length ? true : undefined,
  "aria-describedby": describedBy(id, hint),
  className: inputClass,
});

export function TextField({
  value,
  onChange,
  placeholder,
  maxLength,
  ...base
}: Base & { value: string; onChange: (v: string) => void; placeholder?: string; maxLength?: number }) {
  return (
    <Field {...base}>
      <input
        {...controlProps(base)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        maxLength={maxLength}
        autoComplete="off"
      />
    </Field>
  );
}

/** Rows for a text that wraps at about `columns` characters: the fallback where field-sizing is unsupported. */
export function rowsFor(text: string, min: number, columns = 60, max = 12): number {
  const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / columns)), 0);
  return Math.min(max, Math.max(min, lines));
}

/** A text box that grows with its text (CSS field-sizing, rows as the fallback), never cutting it off. */
export function TextArea({ value, onChange, rows = 3, ...base }: Base & { value: string; onChange: (v: string) => void; rows?: number }) {
  const props = controlProps(base);
  return (
    <Field {...base}>
      <textarea
        {...props}
        className={`${props.className} field-sizing-content min-h-[2.75rem] resize-y`}
        value={value}
        rows={rowsFor(value, rows)}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

/** A calendar date as `YYYY-MM-DD`, or "" when empty. */
export function DateField({ value, onChange, ...base }: Base & { value: string; onChange: (v: string) => void }) {
  return (
    <Field {...base}>
      <input {...controlProps(base)} type="date" value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

/** A number input whose empty state is NaN, which the schema reports as "Enter a number." */
export function NumberField({
  value,
  onChange,
  min,
  step = "any",
  ...base
}: Base & { value: number; onChange: (v: number) => void; min?: number; step?: string }) {
  return (
    <Field {...base}>
      <input
        {...controlProps(base)}
        type="number"
        inputMode="decimal"
        step={step}
        min={min}
        value={Number.isNaN(value) ? "" : value}
        onChange={(e) => onChange(e.target.value === "" ? Number.NaN : e.target.valueAsNumber)}
      />
    </Field>
  );
}

/** A small button with a visible word and, where the word alone is ambiguous, a fuller name. */
export function SmallButton({
  children,
  label,
  onClick,
  disabled,
  id,
  variant = "secondary",
}: {
  children: React.ReactNode;
  label?: string;
  onClick: () => void;
  disabled?: boolean;
  id?: string;
  variant?: "secondary" | "ghost" | "danger";
}) {
  return (
    <button
      id={id}
      type="button"
      onClick={onClick}
      disabled={disabled}
      aria-label={label}
      className={buttonClass(variant, "px-2.5 py-1.5 text-xs")}
    >
      {children}
    </button>
  );
}
