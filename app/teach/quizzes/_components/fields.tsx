"use client";

import { buttonClass, inputClass } from "@/app/_components/ui";
import { FieldError, hintClass, labelClass } from "../../_components/field-error";

type Base = { id: string; label: string; errors?: string[]; hint?: string; className?: string; srLabel?: boolean };

const describedBy = (id: string, hint?: string) => [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");

export function TextField({
  id,
  label,
  errors = [],
  hint,
  value,
  onChange,
  className = "",
  srLabel = false,
  placeholder,
  maxLength,
}: Base & { value: string; onChange: (v: string) => void; placeholder?: string; maxLength?: number }) {
  return (
    <div className={className}>
      <label htmlFor={id} className={srLabel ? "sr-only" : labelClass}>
        {label}
      </label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        maxLength={maxLength}
        autoComplete="off"
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, hint)}
        className={inputClass}
      />
      {hint && (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

export function TextArea({
  id,
  label,
  errors = [],
  hint,
  value,
  onChange,
  rows = 3,
  className = "",
}: Base & { value: string; onChange: (v: string) => void; rows?: number }) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, hint)}
        className={inputClass}
      />
      {hint && (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

/** A number input whose empty state is NaN, which the schema reports as "Enter a number." */
export function NumberField({
  id,
  label,
  errors = [],
  hint,
  value,
  onChange,
  min,
  step = "any",
  className = "",
}: Base & { value: number; onChange: (v: number) => void; min?: number; step?: string }) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={step}
        min={min}
        value={Number.isNaN(value) ? "" : value}
        onChange={(e) => onChange(e.target.value === "" ? Number.NaN : e.target.valueAsNumber)}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, hint)}
        className={inputClass}
      />
      {hint && (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
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
