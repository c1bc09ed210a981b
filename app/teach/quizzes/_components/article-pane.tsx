"use client";

import { forwardRef, useMemo } from "react";
import type { Span } from "@/lib/quiz/schema";
import { useRovingTabIndex } from "@/app/_components/roving";
import { focusRing } from "@/app/_components/ui";
import { overlaps, splitArticle, type Sentence } from "@/lib/quiz/editing";

type Props = {
  title: string;
  text: string;
  /** Evidence of the question being edited; its sentences are highlighted. */
  evidence: readonly Span[];
  /** Which question that is, e.g. "Question 3"; null when none is selected. */
  activeLabel: string | null;
  /** What picking sets: the evidence, or the key of an evidence question (which is also its evidence). */
  pickWhat?: "evidence" | "key";
  /** Present when sentences can be picked: toggles one in the active question's evidence. */
  onToggle?: (sentence: Sentence) => void;
  onBack?: () => void;
};

/**
 * The article beside the questions. Each sentence is a toggle button while picking evidence, so
 * the keyboard and screen readers can pick them too (aria-pressed says which are chosen). The
 * sentences are one Tab stop (arrow keys move between them): as separate stops they put dozens of
 * Tab presses between the top of the page and the questions.
 */
export const ArticlePane = forwardRef<HTMLElement, Props>(function ArticlePane(
  { title, text, evidence, activeLabel, pickWhat = "evidence", onToggle, onBack },
  ref,
) {
  const paragraphs = useMemo(() => splitArticle(text), [text]);
  const picking = Boolean(onToggle && activeLabel);
  const roving = useRovingTabIndex<HTMLDivElement>("[data-sentence]");
  return (
    <section
      ref={ref}
      aria-labelledby="article-heading"
      tabIndex={-1}
      className="rounded-xl border border-slate-200 bg-white shadow-sm outline-none dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="border-b border-slate-200 p-4 dark:border-slate-800">
        <h2 id="article-heading" className="text-lg font-semibold break-words">
          <span className="sr-only">Article: </span>
          {title}
        </h2>
        <p aria-live="polite" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {activeLabel
            ? picking
              ? `${pickWhat === "key" ? "Key sentences" : "Evidence"} for ${activeLabel} ${pickWhat === "key" ? "are" : "is"} highlighted. Select a sentence to add it; select it again to remove it.`
              : `Evidence for ${activeLabel} is highlighted.`
            : "Select a question to see its evidence here."}
        </p>
        {picking && (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Tab to the article, then use the arrow keys to move from sentence to sentence.
          </p>
        )}
        {picking && onBack && (
          <button type="button" onClick={onBack} className={`mt-2 text-sm font-semibold text-teal-800 underline dark:text-teal-300 ${focusRing} rounded-sm`}>
            Back to {activeLabel}
          </button>
        )}
      </div>
      <div
        {...roving}
        tabIndex={picking ? undefined : 0}
        role={picking ? undefined : "region"}
        aria-label={picking ? undefined : "Article text"}
        className={`max-h-[60vh] overflow-y-auto p-4 font-serif text-base leading-relaxed lg:max-h-[calc(100dvh-14rem)] ${focusRing}`}
      >
        {paragraphs.map((p) => (
          <p key={p.start} className="mb-4 last:mb-0">
            {p.sentences.map((s, i) => {
              const on = evidence.some((e) => overlaps(e, s));
              const gap = i < p.sentences.length - 1 ? " " : "";
              if (picking) {
                return (
                  <span key={s.start}>
                    {/* A span, not a <button>: Chrome lays buttons out as blocks, which breaks the prose. */}
                    <span
                      role="button"
                      tabIndex={-1}
                      aria-pressed={on}
                      onClick={() => onToggle!(s)}
                      onKeyDown={(e) => {
                        if (e.key === "Enter" || e.key === " ") {
                          e.preventDefault();
                          onToggle!(s);
                        }
                      }}
                      data-sentence={s.start}
                      className={`cursor-pointer scroll-my-16 rounded-sm ${focusRing} ${
                        on
                          ? "bg-amber-200 text-slate-950 underline decoration-amber-700 decoration-2 [box-decoration-break:clone] dark:bg-amber-300"
                          : "hover:bg-slate-100 dark:hover:bg-slate-800"
                      }`}
                    >
                      {s.text}
                    </span>
                    {gap}
                  </span>
                );
              }
              return on ? (
                <span key={s.start}>
                  <mark data-evidence="" data-active="">
                    {s.text}
                  </mark>
                  {gap}
                </span>
              ) : (
                <span key={s.start}>
                  {s.text}
                  {gap}
                </span>
              );
            })}
          </p>
        ))}
      </div>
    </section>
  );
});
