"use client";

import { useId, useState } from "react";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { callApi, ApiError } from "../../../../../_components/api";
import { hintClass, labelClass } from "../../../../../_components/field-error";

type Accommodations = { extraTime: number; extensionHours: number; largeText: boolean };

/** A student's accommodations in this class, applied to every assignment automatically. */
export function AccommodationsForm({ classId, userId, initial }: { classId: string; userId: string; initial: Accommodations }) {
  const [values, setValues] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const uid = useId();

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const { accommodations } = await callApi<{ accommodations: Accommodations }>(`/api/classes/${classId}/students/${userId}`, {
        method: "PATCH",
        body: values,
      });
      setValues(accommodations);
      setMessage("Saved. They apply to every assignment in this class from now on.");
    } catch (err) {
      setMessage(err instanceof ApiError ? err.message : "Could not save. Try again.");
    }
    setBusy(false);
  }

  return (
    <form onSubmit={save} className="space-y-4" aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`} className="text-lg font-semibold">
        Accommodations
      </h2>
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor={`${uid}-time`} className={labelClass}>
            Extra time on timed assignments
          </label>
          <select
            id={`${uid}-time`}
            value={String(values.extraTime)}
            onChange={(e) => setValues((v) => ({ ...v, extraTime: Number(e.target.value) }))}
            className={inputClass}
          >
            <option value="1">None</option>
            <option value="1.5">Time and a half (×1.5)</option>
            <option value="2">Double time (×2)</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${uid}-ext`} className={labelClass}>
            Due-date extension (hours)
          </label>
          <input
            id={`${uid}-ext`}
            type="number"
            min={0}
            max={2160}
            step={1}
            value={values.extensionHours}
            onChange={(e) => setValues((v) => ({ ...v, extensionHours: Math.max(0, Math.round(Number(e.target.value) || 0)) }))}
            aria-describedby={`${uid}-ext-hint`}
            className={inputClass}
          />
          <p id={`${uid}-ext-hint`} className={hintClass}>
            Every due date in this class moves this much later for them.
          </p>
        </div>
        <div className="flex items-start gap-3 sm:pt-7">
          <input
            id={`${uid}-large`}
            type="checkbox"
            checked={values.largeText}
            onChange={(e) => setValues((v) => ({ ...v, largeText: e.target.checked }))}
            className="mt-1 h-5 w-5 shrink-0 accent-teal-700 dark:accent-teal-300"
          />
          <label htmlFor={`${uid}-large`} className="font-semibold">
            Larger text when taking quizzes
          </label>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={busy} className={buttonClass("primary", "px-5")}>
          {busy ? "Saving…" : "Save accommodations"}
        </button>
        <p aria-live="polite" className="text-sm">
          {message}
        </p>
      </div>
    </form>
  );
}
