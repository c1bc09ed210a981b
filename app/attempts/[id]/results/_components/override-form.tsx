"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { buttonClass, inputClass } from "../../../../_components/ui";

/** The class's teacher sets this answer's points by hand, with a note the student sees. */
export function OverrideForm({ attemptId, questionId, points, maxPoints }: { attemptId: string; questionId: string; points: number; maxPoints: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(String(points));
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const uid = useId();

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/attempts/${attemptId}/grades`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ questionId, points: Number(value), note }),
      });
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      if (!res.ok) setError(body?.error?.message ?? "Could not change the grade.");
      else {
        setOpen(false);
        router.refresh();
      }
    } catch {
      setError("Could not reach Readcheck. Try again.");
    }
    setBusy(false);
  }

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className={buttonClass("ghost", "mt-3 px-3 py-1 text-sm")}>
        Change points
      </button>
    );
  }
  return (
    <form onSubmit={save} className="mt-3 grid gap-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700 sm:grid-cols-[8rem_minmax(0,1fr)_auto] sm:items-end">
      <div>
        <label htmlFor={`${uid}-points`} className="font-semibold">
          Points (of {maxPoints})
        </label>
        <input
          id={`${uid}-points`}
          type="number"
          min={0}
          max={maxPoints}
          step="any"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className={inputClass}
          aria-describedby={`${uid}-error`}
        />
      </div>
      <div>
        <label htmlFor={`${uid}-note`} className="font-semibold">
          Note to the student
        </label>
        <input id={`${uid}-note`} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} className={inputClass} />
      </div>
      <div className="flex gap-2">
        <button type="submit" disabled={busy} className={buttonClass("primary", "px-3 py-1.5")}>
          {busy ? "Saving…" : "Save"}
        </button>
        <button type="button" onClick={() => setOpen(false)} className={buttonClass("secondary", "px-3 py-1.5")}>
          Cancel
        </button>
      </div>
      <p id={`${uid}-error`} aria-live="assertive" className="font-medium text-red-700 empty:hidden sm:col-span-3 dark:text-red-300">
        {error}
      </p>
    </form>
  );
}
