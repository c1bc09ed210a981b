"use client";

import { useEffect, useRef, useState } from "react";
import type { Sentence } from "@/lib/quiz/article-segments";
import type { Span } from "@/lib/quiz/schema";
import { getActiveSelection, setActiveSelection, spanKey, useActiveSelection, useSentenceText } from "../../../_components/sentence-selection";
import { buttonClass } from "../../../_components/ui";

/**
 * The answer to an evidence question: sentences selected in the article. The card starts and
 * ends selecting, and lists what is selected with a button to remove each; the article's
 * sentences become toggles meanwhile (ArticleSentence, ArticlePanel).
 */
export function EvidenceInput({
  id,
  questionId,
  label,
  maxSelect,
  value,
  locked = false,
  onChange,
}: {
  id: string;
  questionId: string;
  /** "Question 3" */
  label: string;
  maxSelect: number;
  value: Span[];
  /** Checked (immediate feedback) or otherwise closed: the answer can no longer change. */
  locked?: boolean;
  onChange: (spans: Span[]) => void;
}) {
  const selection = useActiveSelection();
  const selecting = selection?.questionId === questionId;
  const startButton = useRef<HTMLButtonElement>(null);
  const [announcement, setAnnouncement] = useState("");

  // The article reads the selection from the store; keep it in step with this answer.
  const latest = useRef({ value, onChange, maxSelect, label, locked });
  useEffect(() => {
    latest.current = { value, onChange, maxSelect, label, locked };
    const current = getActiveSelection();
    if (current?.questionId === questionId && keys(current.selected) !== keys(value)) {
      setActiveSelection({ ...current, selected: value, notice: undefined });
    }
  });

  // A checked answer is final: stop selecting for it.
  useEffect(() => {
    if (locked && getActiveSelection()?.questionId === questionId) setActiveSelection(null);
  }, [locked, questionId]);

  // Leaving the page (submit, navigation) ends selecting.
  useEffect(() => () => {
    if (getActiveSelection()?.questionId === questionId) setActiveSelection(null);
  }, [questionId]);

  function toggle(sentence: Sentence) {
    if (latest.current.locked) return;
    const { value: spans, onChange: change, maxSelect: max } = latest.current;
    const on = spans.some((s) => s.start === sentence.start && s.end === sentence.end);
    if (!on && spans.length >= max) {
      const current = getActiveSelection();
      if (current) {
        setActiveSelection({
          ...current,
          notice: `You can select at most ${max} ${max === 1 ? "sentence" : "sentences"}. Remove one first.`,
        });
      }
      return;
    }
    const next = on
      ? spans.filter((s) => !(s.start === sentence.start && s.end === sentence.end))
      : [...spans, { start: sentence.start, end: sentence.end }].sort((a, b) => a.start - b.start);
    change(next);
  }

  function finish() {
    setActiveSelection(null);
    requestAnimationFrame(() => startButton.current?.focus());
  }

  function start() {
    setActiveSelection({ questionId, label, maxSelect, selected: value, toggle, finish });
  }

  function remove(span: Span, text: string | undefined) {
    onChange(value.filter((s) => s !== span));
    setAnnouncement(`Removed ${text ? `“${shorten(text)}”` : "a sentence"}. ${value.length - 1} of ${maxSelect} selected.`);
  }

  return (
    <div>
      <p id={`${id}-hint`} className="text-sm text-slate-700 dark:text-slate-300">
        {value.length} of {maxSelect} {maxSelect === 1 ? "sentence" : "sentences"} selected.
      </p>
      {value.length ? (
        <ul aria-label={`Your selected sentences for ${label}`} className="mt-2 space-y-2">
          {value.map((span) => (
            <SelectedSentence key={`${span.start}:${span.end}`} span={span} onRemove={remove} />
          ))}
        </ul>
      ) : null}
      <button
        ref={startButton}
        type="button"
        aria-describedby={`${id}-hint`}
        onClick={selecting ? finish : start}
        className={buttonClass(selecting ? "secondary" : "primary", "mt-3")}
      >
        {selecting ? "Done selecting" : value.length ? "Change the selection in the article" : "Select sentences in the article"}
      </button>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

function SelectedSentence({ span, onRemove }: { span: Span; onRemove: (span: Span, text: string | undefined) => void }) {
  const text = useSentenceText(span);
  return (
    <li className="flex items-start gap-3 rounded-lg border border-teal-700/40 bg-teal-50 px-3 py-2 dark:border-teal-300/40 dark:bg-teal-950">
      <q className="min-w-0 flex-1 font-serif">{text ?? `Sentence at characters ${span.start}–${span.end}`}</q>
      <button
        type="button"
        onClick={() => onRemove(span, text)}
        aria-label={`Remove “${shorten(text ?? "this sentence")}”`}
        className={buttonClass("secondary", "shrink-0 px-2.5 py-1")}
      >
        Remove
      </button>
    </li>
  );
}

const keys = (spans: readonly Span[]) => spans.map(spanKey).join(",");

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);
