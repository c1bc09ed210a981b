"use client";

import { useEffect, useRef, useState } from "react";
import { useActiveSelection } from "../../../_components/sentence-selection";
import { buttonClass } from "../../../_components/ui";

/**
 * The article beside the questions on wide screens (sticky, scrolling on its own) and above them
 * on narrow ones, where it can be collapsed to get to the questions quickly. While an evidence
 * question is being answered it opens, says so in a banner that takes focus, and counts the
 * selected sentences in a live region.
 */
export function ArticlePanel({
  children,
  label = "article",
  revealSignal = 0,
  aids,
}: {
  children: React.ReactNode;
  label?: string;
  /** Above the article and outside what collapses, e.g. the reading aids, which serve the questions too. */
  aids?: React.ReactNode;
  /** Changing it opens a collapsed panel, in the same render (so a caller can scroll into it). */
  revealSignal?: number;
}) {
  const [open, setOpen] = useState(true);
  const [seenSignal, setSeenSignal] = useState(revealSignal);
  if (revealSignal !== seenSignal) {
    setSeenSignal(revealSignal);
    setOpen(true);
  }
  const selection = useActiveSelection();
  const selecting = selection?.questionId ?? null;
  const [seenSelecting, setSeenSelecting] = useState<string | null>(null);
  if (selecting !== seenSelecting) {
    setSeenSelecting(selecting);
    if (selecting) setOpen(true);
  }
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selecting || !banner.current) return;
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    banner.current.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "nearest" });
    banner.current.focus({ preventScroll: true });
  }, [selecting]);

  return (
    <section aria-label="Article" className="min-w-0 lg:sticky lg:top-20 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto lg:pr-2" tabIndex={0}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="article-body"
        onClick={() => setOpen((o) => !o)}
        className={buttonClass("secondary", "mb-3 w-full lg:hidden")}
      >
        {open ? `Hide the ${label}` : `Show the ${label}`}
      </button>
      {aids}
      <div id="article-body" className={`${open ? "block" : "hidden"} rounded-xl border border-slate-200 bg-white p-5 sm:p-6 lg:block dark:border-slate-800 dark:bg-slate-900`}>
        {selection ? (
          <div
            ref={banner}
            tabIndex={-1}
            role="group"
            aria-labelledby="selecting-title"
            aria-describedby="selecting-help"
            className="sticky top-0 z-10 mb-4 rounded-lg border border-teal-700 bg-teal-50 px-3 py-2 font-sans text-sm text-teal-950 outline-none focus-visible:ring-2 focus-visible:ring-teal-700 dark:border-teal-300 dark:bg-teal-950 dark:text-teal-50 dark:focus-visible:ring-teal-300"
          >
            <p id="selecting-title" className="font-semibold">
              Selecting sentences for {selection.label}
            </p>
            <p id="selecting-help" className="mt-0.5">
              Select up to {selection.maxSelect} {selection.maxSelect === 1 ? "sentence" : "sentences"}: click one, or Tab to it
              and press Space. Select it again to remove it.
            </p>
            <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
              <span className="font-semibold">{countText(selection.selected.length, selection.maxSelect)}</span>
              <button type="button" onClick={selection.finish} className={buttonClass("secondary", "px-3 py-1")}>
                Done — back to {selection.label}
              </button>
            </div>
          </div>
        ) : null}
        <p aria-live="polite" className="sr-only">
          {selection ? (selection.notice ?? countText(selection.selected.length, selection.maxSelect)) : ""}
        </p>
        {children}
      </div>
    </section>
  );
}

const countText = (n: number, max: number) => `${n} of ${max} ${max === 1 ? "sentence" : "sentences"} selected`;
