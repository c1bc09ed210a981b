"use client";

import { useEffect, useState } from "react";
import { ArticleView, type ArticleMeta } from "../../../../_components/article-view";
import { buttonClass } from "../../../../_components/ui";
import { ArticlePanel } from "../../_components/article-panel";
import { ResultItem, type ReviewItem } from "./result-item";

/**
 * Every answer with its verdict, beside the article. "Show in article" marks that one question's
 * evidence (only that one: with every question's evidence marked at once, the one asked for was
 * a thin outline among many), scrolls to it and moves focus there.
 */
export function Review({
  heading,
  items,
  article,
  text,
  overrideFor,
}: {
  heading: string;
  items: ReviewItem[];
  article: ArticleMeta;
  text: string;
  /** The attempt's id when the viewer is its class's teacher: each answer can be re-marked. */
  overrideFor?: string;
}) {
  const [active, setActive] = useState<number | null>(null);
  const [jump, setJump] = useState(0);
  const activeItem = active === null ? null : items[active];

  useEffect(() => {
    if (!jump) return;
    const mark =
      document.querySelector<HTMLElement>("#article-body mark[data-active]") ?? document.querySelector<HTMLElement>("#article-body [data-picked]");
    if (!mark) return;
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    mark.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "center" });
    mark.focus({ preventScroll: true });
  }, [jump]);

  function show(index: number) {
    setActive(index);
    setJump((n) => n + 1);
  }

  function back() {
    if (active === null) return;
    document.getElementById(`show-evidence-${active}`)?.focus();
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start lg:gap-8">
      <section aria-labelledby="answers-heading" className="min-w-0">
        <h2 id="answers-heading" className="text-xl font-bold">
          {heading}
        </h2>
        <ol className="mt-4 space-y-4">
          {items.map((item, i) => (
            <ResultItem
              key={item.questionId}
              item={item}
              index={i}
              total={items.length}
              active={active === i}
              articleText={text}
              onShow={() => show(i)}
              overrideFor={overrideFor}
            />
          ))}
        </ol>
      </section>
      <ArticlePanel revealSignal={jump}>
        {activeItem ? (
          <div className="sticky top-0 z-10 mb-4 flex flex-wrap items-center justify-between gap-2 rounded-lg bg-amber-50 px-3 py-2 font-sans text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
            <span>
              {activeItem.picks
                ? `Question ${(active ?? 0) + 1}: the key sentences are highlighted; the sentences you selected are underlined in blue.`
                : `Showing the evidence for question ${(active ?? 0) + 1}.`}
            </span>
            <button type="button" onClick={back} className={buttonClass("secondary", "px-3 py-1")}>
              Back to question {(active ?? 0) + 1}
            </button>
          </div>
        ) : items.some((i) => i.evidence?.length) ? (
          <p className="mb-4 font-sans text-sm text-slate-600 dark:text-slate-400">
            Choose “Show in article” under an answer to highlight the sentences that prove it.
          </p>
        ) : null}
        <ArticleView
          article={article}
          text={text}
          highlights={activeItem?.evidence ?? []}
          activeHighlights={activeItem?.evidence ?? []}
          picks={activeItem?.picks ?? []}
          headingId="article-title"
        />
      </ArticlePanel>
    </div>
  );
}
