"use client";

import { useState } from "react";
import { buttonClass } from "../../../_components/ui";

/**
 * The article beside the questions on wide screens (sticky, scrolling on its own) and above them
 * on narrow ones, where it can be collapsed to get to the questions quickly.
 */
export function ArticlePanel({
  children,
  label = "article",
  revealSignal = 0,
}: {
  children: React.ReactNode;
  label?: string;
  /** Changing it opens a collapsed panel, in the same render (so a caller can scroll into it). */
  revealSignal?: number;
}) {
  const [open, setOpen] = useState(true);
  const [seenSignal, setSeenSignal] = useState(revealSignal);
  if (revealSignal !== seenSignal) {
    setSeenSignal(revealSignal);
    setOpen(true);
  }
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
      <div id="article-body" className={`${open ? "block" : "hidden"} rounded-xl border border-slate-200 bg-white p-5 sm:p-6 lg:block dark:border-slate-800 dark:bg-slate-900`}>
        {children}
      </div>
    </section>
  );
}
