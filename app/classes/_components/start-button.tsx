"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { buttonClass } from "@/app/_components/ui";

/**
 * Start (or resume) an assignment. The server decides: a closed assignment or a used-up attempt
 * limit answers 403 with a message, which is shown beside the button.
 */
export function StartButton({ assignmentId, label, title }: { assignmentId: string; label: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/assignments/${assignmentId}/attempts`, { method: "POST" });
      const data = (await response.json().catch(() => null)) as { attemptId?: string; error?: { message?: string } } | null;
      if (response.ok && data?.attemptId) {
        router.push(`/attempts/${data.attemptId}`);
        return;
      }
      setError(data?.error?.message ?? "Could not start this assignment. Try again.");
    } catch {
      setError("Could not reach Readcheck. Check your connection and try again.");
    }
    setBusy(false);
  }

  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <button
        type="button"
        onClick={start}
        disabled={busy}
        aria-describedby={errorId}
        className={buttonClass("primary", "px-4 py-2")}
      >
        {busy ? "Opening…" : label}
        <span className="sr-only">: {title}</span>
      </button>
      <p id={errorId} aria-live="polite" className="max-w-xs text-sm font-medium text-red-700 empty:hidden sm:text-right dark:text-red-300">
        {error}
      </p>
    </div>
  );
}
