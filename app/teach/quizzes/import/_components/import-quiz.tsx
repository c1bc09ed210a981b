"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import type { QuizFile } from "@/lib/quiz/schema";
import { FORMAT_LABELS, FORMATS } from "@/lib/formats/types";
import { buttonClass, inputClass, linkClass } from "@/app/_components/ui";
import { FieldError, hintClass, labelClass } from "../../../_components/field-error";
import { QuizEditor } from "../../_components/quiz-editor";
import { ArticleForm } from "./article-form";
import { ImportReportView, type ImportReport } from "./import-report";

type Result =
  | { kind: "saved"; quizId: string; title: string; report: ImportReport }
  | { kind: "draft"; draft: QuizFile; missing: string[]; report: ImportReport; key: number };

async function upload(form: FormData): Promise<Result> {
  let response: Response;
  try {
    response = await fetch("/api/quizzes/import", { method: "POST", body: form });
  } catch {
    throw new Error("Could not reach Readcheck. Check your connection and try again.");
  }
  const data = (await response.json().catch(() => undefined)) as
    | { quiz: { id: string; title: string } | null; draft?: QuizFile; missing?: string[]; report: ImportReport; error?: { message?: string; issues?: { path: string; message: string }[] } }
    | undefined;
  if (!response.ok || !data) {
    const issues = data?.error?.issues?.map((i) => i.message) ?? [];
    throw new Error([data?.error?.message ?? "The import failed. Try again.", ...issues.slice(0, 5)].join(" "));
  }
  if (data.quiz) return { kind: "saved", quizId: data.quiz.id, title: data.quiz.title, report: data.report };
  return { kind: "draft", draft: data.draft!, missing: data.missing ?? [], report: data.report, key: Date.now() };
}

/** Upload → report → the draft in the editor (saved already when the file had everything). */
export function ImportQuiz() {
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const uid = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (result) reportHeading.current?.focus();
  }, [result]);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setError("Choose a quiz file first.");
      fileRef.current?.focus();
      return;
    }
    setBusy(true);
    setError("");
    try {
      setResult(await upload(form));
    } catch (err) {
      setError((err as Error).message);
      fileRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  if (result?.kind === "saved") {
    return (
      <div className="space-y-4">
        <ImportReportView report={result.report} headingRef={reportHeading} />
        <p>
          Saved as a draft: <span className="font-semibold">{result.title}</span>. Only you can see it until you publish it.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/teach/quizzes/${result.quizId}/edit`} className={buttonClass("primary")}>
            Open the draft in the editor
          </Link>
          <button type="button" onClick={() => setResult(null)} className={buttonClass("secondary")}>
            Import another file
          </button>
        </div>
      </div>
    );
  }

  if (result?.kind === "draft") {
    const needsArticle = !result.draft.article.text.trim();
    return (
      <div className="space-y-4">
        <ImportReportView report={result.report} headingRef={reportHeading} />
        <div className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-700 dark:bg-amber-950">
          <p className="font-semibold">Not saved yet. Before it can be saved, this quiz needs:</p>
          <ul className="mt-1 list-disc pl-5">
            {result.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {!needsArticle && <p className="mt-2">Select a question, then pick the sentences of the article that prove its answer.</p>}
        </div>
        {needsArticle ? (
          <ArticleForm
            initialTitle={result.draft.article.title}
            onApply={(article) => setResult({ ...result, draft: { ...result.draft, article }, missing: result.missing.filter((m) => m !== "the article's text"), key: Date.now() })}
          />
        ) : (
          <QuizEditor key={result.key} mode="new" initial={result.draft} onStartOver={() => window.confirm("Discard this import?") && setResult(null)} />
        )}
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy} className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <p className="text-slate-700 dark:text-slate-300">
        Bring questions from Moodle, Canvas or any QTI 3.0 system. Each question is checked on its own: one Readcheck cannot use is listed, with
        its text, and the rest are imported. See <Link href="/teach" className={linkClass}>Teach</Link> for your quizzes.
      </p>
      <div>
        <label htmlFor={`${uid}-file`} className={labelClass}>
          Quiz file
        </label>
        <input
          ref={fileRef}
          id={`${uid}-file`}
          name="file"
          type="file"
          required
          accept=".zip,.xml,.txt,.gift,.json"
          disabled={busy}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${uid}-file-hint ${uid}-file-error`}
          className={inputClass}
        />
        <p id={`${uid}-file-hint`} className={hintClass}>
          QTI 3.0 package (.zip), Moodle XML (.xml), GIFT or Aiken (.txt), or Readcheck JSON. At most 5 MB.
        </p>
        <FieldError id={`${uid}-file-error`} messages={error} />
      </div>
      <div className="max-w-xs">
        <label htmlFor={`${uid}-format`} className={labelClass}>
          Format
        </label>
        <select id={`${uid}-format`} name="format" defaultValue="" disabled={busy} className={inputClass}>
          <option value="">Detect from the file</option>
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={busy} className={buttonClass("primary")}>
        {busy ? "Importing…" : "Import"}
      </button>
    </form>
  );
}
