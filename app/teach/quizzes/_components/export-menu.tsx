"use client";

import { useEffect, useId, useState } from "react";
import { buttonClass, inputClass, linkClass } from "@/app/_components/ui";
import { CAPABILITIES } from "@/lib/formats/capabilities";
import { FORMAT_LABELS, FORMAT_NAMES, FORMATS, type FormatId, type Loss } from "@/lib/formats/types";
import { QUESTION_TYPES } from "@/lib/quiz/schema";
import { TYPE_LABELS } from "@/lib/quiz/editing";
import { callApi, messageOf } from "../../_components/api";
import { labelClass } from "../../_components/field-error";

type Report = { format: FormatId; filename: string; total: number; exported: number; losses: Loss[] };

/** "15 of 16 questions exported as GIFT" and each loss, before the teacher downloads. */
function summary(r: Report): string {
  const dropped = r.losses.filter((l) => l.kind === "dropped").length;
  return `${r.exported} of ${r.total} question${r.total === 1 ? "" : "s"} exported as ${FORMAT_NAMES[r.format]}${dropped ? `; ${dropped} ha${dropped === 1 ? "s" : "ve"} no ${FORMAT_NAMES[r.format]} equivalent` : ""}.`;
}

/** One line per reason, naming the questions it concerns: a quiz of short answers says it once. */
function groupLosses(losses: Loss[]): { message: string; dropped: boolean; questions: string[] }[] {
  const groups = new Map<string, { message: string; dropped: boolean; questions: string[] }>();
  for (const l of losses) {
    const key = `${l.kind}:${l.message}`;
    const group = groups.get(key) ?? { message: l.message, dropped: l.kind === "dropped", questions: [] };
    if (l.questionId) group.questions.push(`“${l.questionId}”`);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** What the format does with each question type, from the capability map. */
function FormatCapabilities({ format }: { format: FormatId }) {
  const word = { exact: "kept exactly", approximated: "approximated", none: "not exported" } as const;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-700 dark:text-slate-300">What {FORMAT_NAMES[format]} keeps of each question type</summary>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="format-capabilities">
        {QUESTION_TYPES.map((type) => {
          const c = CAPABILITIES[format][type];
          return (
            <div key={type} className="contents">
              <dt className="font-medium">{TYPE_LABELS[type]}</dt>
              <dd className="text-slate-700 dark:text-slate-300">
                {word[c.fidelity]}
                {c.message ? `: ${c.message}` : ""}
                {(c.limits ?? []).map((l) => ` ${l.when[0]!.toUpperCase()}${l.when.slice(1)}: ${word[l.fidelity]} (${l.message})`).join("")}
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}

/**
 * Export the saved quiz: pick a format, read what it keeps and loses, download. The report is
 * fetched first so nothing is dropped without the teacher seeing it.
 */
export function ExportMenu({ quizId, dirty }: { quizId: string; dirty: boolean }) {
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<FormatId>("qti");
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState("");
  const uid = useId();

  useEffect(() => {
    if (!open) return;
    let live = true;
    setReport(null);
    setError("");
    callApi<{ report: Report }>(`/api/quizzes/${quizId}/export?format=${format}&report=1`)
      .then((r) => live && setReport(r.report))
      .catch((err) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, [open, format, quizId]);

  return (
    <div className="contents">
      <button type="button" aria-expanded={open} aria-controls={`${uid}-panel`} onClick={() => setOpen(!open)} className={buttonClass("secondary")}>
        Export…
      </button>
      {open && (
        <div id={`${uid}-panel`} className="basis-full space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <div className="max-w-xs">
            <label htmlFor={`${uid}-format`} className={labelClass}>
              Export format
            </label>
            <select id={`${uid}-format`} value={format} onChange={(e) => setFormat(e.target.value as FormatId)} className={inputClass}>
              {FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </div>
          {dirty && <p className="text-sm text-slate-700 dark:text-slate-300">The export is of the saved quiz: save first to include your latest changes.</p>}
          <div aria-live="polite" className="space-y-2 text-sm">
            {error && <p className="font-medium text-red-700 dark:text-red-300">{error}</p>}
            {!report && !error && <p>Checking what {FORMAT_NAMES[format]} can hold…</p>}
            {report && (
              <>
                <p className="font-medium" data-testid="export-summary">
                  {summary(report)}
                </p>
                {report.losses.length > 0 && (
                  <ul className="list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
                    {groupLosses(report.losses).map((g) => (
                      <li key={`${g.dropped}:${g.message}`}>
                        {g.questions.length ? `${g.questions.length === 1 ? "Question" : "Questions"} ${g.questions.join(", ")}: ` : ""}
                        {g.dropped ? "not exported. " : ""}
                        {g.message}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </div>
          <FormatCapabilities format={format} />
          {report && report.exported > 0 && (
            <a href={`/api/quizzes/${quizId}/export?format=${format}`} download={report.filename} className={linkClass}>
              Download {report.filename}
            </a>
          )}
        </div>
      )}
    </div>
  );
}
