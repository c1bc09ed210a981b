"use client";

import { useId, useState } from "react";
import type { Article } from "@/lib/quiz/schema";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { FieldError, hintClass, labelClass } from "../../../_components/field-error";

/**
 * The file had no article (Aiken never does). Readcheck questions are about an article, so the
 * teacher pastes or writes it here before editing; evidence is then picked in the editor.
 */
export function ArticleForm({ initialTitle, onApply }: { initialTitle: string; onApply: (article: Article) => void }) {
  const [errors, setErrors] = useState<{ title?: string; text?: string }>({});
  const uid = useId();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const title = String(data.get("title") ?? "").trim();
    const text = String(data.get("text") ?? "").replace(/\r\n?/g, "\n").trim();
    const next = { title: title ? undefined : "Give the article a title.", text: text ? undefined : "Paste the article's text." };
    setErrors(next);
    if (next.title || next.text) return;
    onApply({ title: title.slice(0, 300), text });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <h2 className="text-lg font-semibold">The article</h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">This file has no article. Paste the text the questions are about; you will then pick each question’s evidence in it.</p>
      <div>
        <label htmlFor={`${uid}-title`} className={labelClass}>
          Article title
        </label>
        <input id={`${uid}-title`} name="title" defaultValue={initialTitle} maxLength={300} aria-invalid={errors.title ? true : undefined} aria-describedby={`${uid}-title-error`} className={inputClass} />
        <FieldError id={`${uid}-title-error`} messages={errors.title} />
      </div>
      <div>
        <label htmlFor={`${uid}-text`} className={labelClass}>
          Article text
        </label>
        <textarea id={`${uid}-text`} name="text" rows={12} aria-invalid={errors.text ? true : undefined} aria-describedby={`${uid}-text-hint ${uid}-text-error`} className={`${inputClass} font-serif`} />
        <p id={`${uid}-text-hint`} className={hintClass}>
          Paragraphs separated by a blank line.
        </p>
        <FieldError id={`${uid}-text-error`} messages={errors.text} />
      </div>
      <button type="submit" className={buttonClass("primary")}>
        Use this article
      </button>
    </form>
  );
}
