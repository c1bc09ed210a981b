"use client";

import { useEffect, useState } from "react";
import type { PublicQuestion } from "@/lib/quiz/public";
import { ArticleView, type ArticleMeta } from "../../../_components/article-view";
import { ReadingAids } from "../../../_components/read-aloud";
import { ArticlePanel } from "./article-panel";
import type { Answers } from "./answers";
import type { Feedback } from "./check-feedback";
import { TakeQuiz } from "./take-quiz";

/**
 * The article beside the questions, for an attempt that checks answers as you go: a checked
 * answer's evidence is highlighted in the article at once, and scrolled into view.
 */
export function TakingLayout({
  article,
  text,
  ...quiz
}: {
  article: ArticleMeta;
  text: string;
  attemptId: string;
  questions: PublicQuestion[];
  initialAnswers: Answers;
  savedAt: string | null;
  feedbackMode: "deferred" | "immediate";
  initialChecked: Record<string, Feedback>;
  deadline: string | null;
}) {
  const [evidence, setEvidence] = useState<Feedback["evidence"]>([]);
  const [jump, setJump] = useState(0);

  useEffect(() => {
    if (!jump) return;
    const mark = document.querySelector<HTMLElement>("#article-body mark[data-active]");
    if (!mark) return;
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    mark.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "center" });
  }, [jump]);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start lg:gap-8">
      <ArticlePanel revealSignal={jump} aids={<ReadingAids text={text} />}>
        <ArticleView article={article} text={text} highlights={evidence} activeHighlights={evidence} headingId="article-title" />
      </ArticlePanel>
      <TakeQuiz
        {...quiz}
        onShowEvidence={(e) => {
          setEvidence(e);
          setJump((n) => n + 1);
        }}
      />
    </div>
  );
}
