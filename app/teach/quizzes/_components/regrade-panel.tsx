"use client";

import { useState } from "react";
import { buttonClass } from "@/app/_components/ui";
import { callApi, ApiError } from "../../_components/api";

type Preview = {
  responses: number;
  changed: number;
  attempts: { attemptId: string; studentName: string; before: number; after: number; maxBefore: number; maxAfter: number }[];
  skipped: { ref: string; reason: string }[];
};

/**
 * After fixing a key: see what regrading the recorded attempts would change, then apply it. The
 * server does it in one transaction and keeps each change in the attempt's grade history.
 */
export function RegradePanel({ quizId }: { quizId: string }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function run(method: "GET" | "POST") {
    setBusy(true);
    setMessage(null);
    try {
      const result = await callApi<Preview>(`/api/quizzes/${quizId}/regrade`, { method });
      if (method === "GET") setPreview(result);
      else {
        setPreview(null);
        setMessage(`Regraded: ${result.attempts.length} ${result.attempts.length === 1 ? "attempt's score" : "attempts' scores"} changed.`);
      }
    } catch (err) {
      setMessage(err instanceof ApiError ? err.message : "Could not regrade. Try again.");
    }
    setBusy(false);
  }

  return (
    <section aria-labelledby="regrade-heading" className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="regrade-heading" className="font-semibold">
        Regrade recorded attempts
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Fixed a key? Saved edits apply to new attempts only, until you regrade the ones already recorded in your classes and in
        practice.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" onClick={() => void run("GET")} disabled={busy} className={buttonClass("secondary", "px-4")}>
          {busy && !preview ? "Checking…" : "Check what would change"}
        </button>
        {preview && preview.responses > 0 ? (
          <button type="button" onClick={() => void run("POST")} disabled={busy} className={buttonClass("primary", "px-4")}>
            {busy ? "Regrading…" : `Regrade ${preview.attempts.length} ${preview.attempts.length === 1 ? "attempt" : "attempts"}`}
          </button>
        ) : null}
      </div>
      <div aria-live="polite" className="mt-3 text-sm">
        {message ? <p>{message}</p> : null}
        {preview ? (
          preview.responses === 0 ? (
            <p>Nothing to regrade: every recorded answer was graded with the current keys.</p>
          ) : (
            <>
              <p>
                {preview.changed} {preview.changed === 1 ? "answer changes" : "answers change"} its grade;{" "}
                {preview.attempts.length} {preview.attempts.length === 1 ? "score changes" : "scores change"}:
              </p>
              <ul className="mt-2 list-disc space-y-0.5 pl-5">
                {preview.attempts.map((a) => (
                  <li key={a.attemptId}>
                    {a.studentName}: {a.before} / {a.maxBefore} → {a.after} / {a.maxAfter}
                  </li>
                ))}
              </ul>
            </>
          )
        ) : null}
        {preview?.skipped.length ? (
          <ul className="mt-2 list-disc pl-5 text-amber-900 dark:text-amber-200">
            {preview.skipped.map((s) => (
              <li key={s.ref}>
                Question “{s.ref}”: {s.reason}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
