import { FORMAT_NAMES, type FormatId, type Skipped } from "@/lib/formats/types";

export type ImportReport = { format: FormatId; imported: number; skipped: Skipped[]; notes: string[] };

/** What came in and what did not: every skipped question with its original text. */
export function ImportReportView({ report, headingRef }: { report: ImportReport; headingRef?: React.Ref<HTMLHeadingElement> }) {
  return (
    <section aria-labelledby="import-report-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 id="import-report-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
        {report.imported} question{report.imported === 1 ? "" : "s"} imported from {FORMAT_NAMES[report.format]}
        {report.skipped.length ? `, ${report.skipped.length} skipped` : ""}
      </h2>
      {report.notes.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
          {report.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {report.skipped.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">Skipped questions</h3>
          <ol className="space-y-3">
            {report.skipped.map((s) => (
              <li key={s.index} className="space-y-1 text-sm">
                <p>
                  <span className="font-medium">Question {s.index + 1}{s.name ? ` (“${s.name}”)` : ""}:</span> {s.reason}
                </p>
                <details>
                  <summary className="cursor-pointer text-slate-700 dark:text-slate-300">Original text</summary>
                  <pre className="mt-1 max-h-48 overflow-auto rounded bg-slate-100 p-2 text-xs whitespace-pre-wrap dark:bg-slate-800">{s.original}</pre>
                </details>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
