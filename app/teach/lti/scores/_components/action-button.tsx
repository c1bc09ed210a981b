"use client";

import { useActionState } from "react";
import { buttonClass } from "@/app/_components/ui";
import type { SyncActionState } from "../actions";

/** A one-button form for a sync action, its outcome announced beside it. */
export function ActionButton({
  action,
  label,
  field,
}: {
  action: (prev: SyncActionState, form: FormData) => Promise<SyncActionState>;
  label: string;
  field?: { name: string; value: string };
}) {
  const [state, run, pending] = useActionState(action, {});
  return (
    <form action={run} className="inline-flex flex-col items-start gap-1">
      {field ? <input type="hidden" name={field.name} value={field.value} /> : null}
      <button type="submit" className={buttonClass("secondary")} disabled={pending} aria-disabled={pending || undefined}>
        {pending ? "Working…" : label}
      </button>
      <p aria-live="polite" className={`text-sm ${state.error ? "font-medium text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-400"}`}>
        {state.error ?? state.message}
      </p>
    </form>
  );
}
