"use client";

import { useEffect, useId, useState } from "react";
import { buttonClass, inputClass, linkClass } from "@/app/_components/ui";
import { FORMAT_LABELS, FORMATS, type FormatId, type Loss } from "@/lib/formats/types";
import { callApi, messageOf } from "../../_components/api";
import { labelClass } from "../../_components/field-error";

type Report = { format: FormatId; filename: string; total: number; exported: number; losses: Loss[] };

const NAMES: Record<FormatId, string> = { qti: "QTI 3.0", moodle: "Moodle XML", gift: "GIFT", aiken: "Aiken", json: "Readcheck JSON" };

/** "15 of 16 questions exported as GIFT" and each loss, before the teacher downloads. */
function summary(r: Report): string {
  const dropped = r.losses.filter((l) => l.kind === "dropped").length;
  return `${r.exported} of ${r.total} question${r.total === 1 ? "" : "s"} exported as ${NAMES[r.format]}${dropped ? `; ${dropped} ha${dropped === 1 ? "s" : "ve"} no ${NAMES[r.format]} equivalent` : ""}.`;
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
            {!report && !error && <p>Checking what {NAMES[format]} can hold…</p>}
            {report && (
              <>
                <p className="font-medium" data-testid="export-summary">
                  {summary(report)}
                </p>
                {report.losses.length > 0 && (
                  <ul className="list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
                    {report.losses.map((l, i) => (
                      <li key={i}>
                        {l.questionId ? `Question “${l.questionId}” (${l.questionType}): ` : ""}
                        {l.kind === "dropped" ? "not exported. " : ""}
                        {l.message}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </div>
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
