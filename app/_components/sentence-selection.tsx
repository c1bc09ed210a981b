"use client";

import { useEffect, useSyncExternalStore } from "react";
import type { Sentence } from "@/lib/quiz/article-segments";
import { focusRing } from "./ui";

/**
 * Selecting sentences of the article as the answer to an evidence question. The taking page lays
 * the article and the questions side by side as separate server-rendered trees, with no client
 * parent to hold a context, so the question that is selecting and the article's sentences meet
 * in this small store instead: one per browser tab, written only from event handlers and
 * effects, never on the server.
 */
export type ActiveSelection = {
  questionId: string;
  /** "Question 3", for the article's banner and announcements. */
  label: string;
  maxSelect: number;
  /** Selected sentences' spans, in article order. */
  selected: readonly { start: number; end: number }[];
  /** Said instead of the count after a refused selection ("at most 2"). */
  notice?: string;
  toggle: (sentence: Sentence) => void;
  /** Ends selecting (Done, Escape); focus goes back to the question. */
  finish: () => void;
};

let active: ActiveSelection | null = null;
const sentences = new Map<string, Sentence>();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

export const spanKey = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

export function setActiveSelection(next: ActiveSelection | null) {
  active = next;
  emit();
}

export function getActiveSelection() {
  return active;
}

/** The selection in progress, or null; re-renders when it changes. */
export function useActiveSelection(): ActiveSelection | null {
  return useSyncExternalStore(subscribe, () => active, () => null);
}

/** A sentence of the article on this page by its exact span, once the article has rendered. */
export function useSentenceText(span: { start: number; end: number }): string | undefined {
  const key = spanKey(span);
  return useSyncExternalStore(subscribe, () => sentences.get(key)?.text, () => undefined);
}

const isSelected = (selection: ActiveSelection, s: Sentence) => selection.selected.some((x) => x.start === s.start && x.end === s.end);

/**
 * One sentence of the article. Plain text, unless an evidence question is selecting: then it is
 * a toggle button (a span, since Chrome lays a <button> out as a block and breaks the prose)
 * that only then takes focus, with aria-pressed telling whether it is selected.
 */
export function ArticleSentence({
  start,
  end,
  text,
  picked = false,
  children,
}: {
  start: number;
  end: number;
  text: string;
  /** In review: the student selected this sentence. */
  picked?: boolean;
  children: React.ReactNode;
}) {
  const selection = useActiveSelection();
  useEffect(() => {
    const sentence = { start, end, text };
    sentences.set(spanKey(sentence), sentence);
    emit();
    return () => {
      sentences.delete(spanKey(sentence));
    };
  }, [start, end, text]);

  if (!selection) {
    return picked ? (
      <span data-picked="" tabIndex={-1} className="underline decoration-sky-700 decoration-[3px] underline-offset-4 [box-decoration-break:clone] dark:decoration-sky-300">
        <span className="sr-only">(your selection) </span>
        {children}
      </span>
    ) : (
      <span data-sentence={start}>{children}</span>
    );
  }

  const sentence = { start, end, text };
  const on = isSelected(selection, sentence);
  const full = !on && selection.selected.length >= selection.maxSelect;
  return (
    <span
      role="button"
      tabIndex={0}
      aria-pressed={on}
      aria-disabled={full || undefined}
      data-sentence={start}
      onClick={() => selection.toggle(sentence)}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          selection.toggle(sentence);
        } else if (e.key === "Escape") {
          e.preventDefault();
          selection.finish();
        }
      }}
      className={`cursor-pointer rounded-sm [box-decoration-break:clone] ${focusRing} ${
        on
          ? "bg-teal-100 text-slate-950 underline decoration-teal-700 decoration-2 underline-offset-4 dark:bg-teal-900 dark:text-slate-50 dark:decoration-teal-300"
          : "underline decoration-slate-400 decoration-dotted underline-offset-4 hover:bg-slate-100 dark:decoration-slate-500 dark:hover:bg-slate-800"
      }`}
    >
      {children}
    </span>
  );
}
