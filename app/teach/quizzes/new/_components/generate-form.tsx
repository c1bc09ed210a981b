"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { QuizFile } from "@/lib/quiz/schema";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { ApiError, callApi, messageOf } from "../../../_components/api";
import { FieldError, hintClass, labelClass } from "../../../_components/field-error";

type Errors = { text?: string; title?: string; count?: string; form?: string };
export type GenerateInput = { text: string; title: string; count: number };

/** The article, an optional title and how many questions; the generator drafts the quiz. */
export function GenerateForm({
  onDraft,
  defaults,
}: {
  onDraft: (quiz: QuizFile, input: GenerateInput) => void;
  /** What was typed last time, after "Start over". */
  defaults?: GenerateInput;
}) {
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [seconds, setSeconds] = useState(0);
  const [words, setWords] = useState(() => defaults?.text.match(/\S+/g)?.length ?? 0);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const uid = useId();

  useEffect(() => {
    if (!busy) return;
    setSeconds(0);
    const t = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(t);
  }, [busy]);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = String(data.get("text") ?? "");
    const title = String(data.get("title") ?? "").trim();
    const count = Number(data.get("count"));
    if (!text.trim()) {
      setErrors({ text: "Paste the article's text first." });
      textRef.current?.focus();
      return;
    }
    if (!Number.isInteger(count) || count < 5 || count > 20) {
      setErrors({ count: "Choose from 5 to 20 questions." });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const { quiz } = await callApi<{ quiz: QuizFile }>("/api/generate", {
        body: { text, count, ...(title ? { title } : {}) },
      });
      onDraft(quiz, { text, title, count });
    } catch (err) {
      const field = err instanceof ApiError ? err.issues.find((i) => ["text", "title", "count"].includes(i.path)) : undefined;
      if (field) setErrors({ [field.path]: err instanceof ApiError ? err.message : field.message });
      else setErrors({ form: messageOf(err) });
      if (!field || field.path === "text") textRef.current?.focus();
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy} className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <div>
        <label htmlFor={`${uid}-text`} className={labelClass}>
          Article text
        </label>
        <textarea
          ref={textRef}
          id={`${uid}-text`}
          name="text"
          rows={14}
          required
          defaultValue={defaults?.text}
          disabled={busy}
          onChange={(e) => setWords(e.target.value.match(/\S+/g)?.length ?? 0)}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={`${uid}-text-hint ${uid}-text-error`}
          className={`${inputClass} font-serif`}
        />
        <p id={`${uid}-text-hint`} className={hintClass}>
          Paste a news article in English: plain text, Markdown or a copied web page. {words > 0 && `${words.toLocaleString()} words.`}
        </p>
        <FieldError id={`${uid}-text-error`} messages={errors.text} />
      </div>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <div>
          <label htmlFor={`${uid}-title`} className={labelClass}>
            Title (optional)
          </label>
          <input
            id={`${uid}-title`}
            name="title"
            maxLength={200}
            defaultValue={defaults?.title}
            disabled={busy}
            autoComplete="off"
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={`${uid}-title-hint ${uid}-title-error`}
            className={inputClass}
          />
          <p id={`${uid}-title-hint`} className={hintClass}>
            Empty: taken from the article.
          </p>
          <FieldError id={`${uid}-title-error`} messages={errors.title} />
        </div>
        <div>
          <label htmlFor={`${uid}-count`} className={labelClass}>
            Number of questions
          </label>
          <input
            id={`${uid}-count`}
            name="count"
            type="number"
            min={5}
            max={20}
            defaultValue={defaults?.count ?? 10}
            disabled={busy}
            aria-invalid={errors.count ? true : undefined}
            aria-describedby={`${uid}-count-hint ${uid}-count-error`}
            className={inputClass}
          />
          <p id={`${uid}-count-hint`} className={hintClass}>
            From 5 to 20.
          </p>
          <FieldError id={`${uid}-count-error`} messages={errors.count} />
        </div>
      </div>
      <FieldError id={`${uid}-form-error`} messages={errors.form} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={busy} className={buttonClass("primary")}>
          {busy ? "Generating…" : "Generate questions"}
        </button>
        <div role="status" className="flex items-center gap-3 text-sm text-slate-700 dark:text-slate-300">
          {busy && (
            <>
              <span
                aria-hidden="true"
                className="h-5 w-5 animate-spin rounded-full border-2 border-slate-300 border-t-teal-700 motion-reduce:animate-none dark:border-slate-600 dark:border-t-teal-300"
              />
              <span>
                Reading the article and writing questions…
                {seconds >= 2 && <span aria-hidden="true"> {seconds} s</span>}
              </span>
            </>
          )}
        </div>
      </div>
    </form>
  );
}
