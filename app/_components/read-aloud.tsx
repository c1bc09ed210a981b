"use client";

import { useId, useMemo, useRef } from "react";
import {
  LINE_SPACING_LABELS,
  LINE_SPACINGS,
  SPEECH_RATES,
  TEXT_SCALE_LABELS,
  TEXT_SCALES,
} from "@/lib/reading/preferences";
import { sentencesToRead, wordAt } from "@/lib/reading/speech";
import { useReading } from "./reading-provider";
import { paint } from "./speech";
import { buttonClass } from "./ui";

/** The DOM range of article offsets [start, end): ArticleView renders each piece with data-start. */
function rangeFor(root: HTMLElement, start: number, end: number): Range | null {
  const range = document.createRange();
  let begun = false;
  for (const el of root.querySelectorAll<HTMLElement>("[data-start]")) {
    const node = el.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    const from = Number(el.dataset.start);
    const to = from + (node.textContent?.length ?? 0);
    if (!begun && start < to) {
      range.setStart(node, Math.max(0, start - from));
      begun = true;
    }
    if (begun && end <= to) {
      range.setEnd(node, Math.max(0, end - from));
      return range;
    }
  }
  return begun ? range : null;
}

const selectClass =
  "rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100";

/**
 * Read aloud, then Pause/Resume, and Stop, for one reader; shared by the article and questions.
 * The first button stays one element whatever it says, so keyboard focus stays on it as reading
 * starts, pauses and ends; Stop hands focus back to it. `what` is heard after the visible "Read
 * aloud" (the visible words stay the start of the name, WCAG 2.5.3).
 */
export function SpeechButtons({ source, start, what }: { source: string; start: () => void; what?: string }) {
  const { speech } = useReading()!;
  const main = useRef<HTMLButtonElement>(null);
  const { status, source: reading } = speech.state;
  const mine = reading === source && status !== "idle";
  const action = !mine ? start : status === "playing" ? speech.pause : speech.resume;
  return (
    <>
      <button ref={main} type="button" onClick={action} className={buttonClass("secondary", "px-3 py-1.5")}>
        {!mine ? "Read aloud" : status === "playing" ? "Pause" : "Resume"}
        {!mine && what ? <span className="sr-only"> {what}</span> : null}
      </button>
      {mine ? (
        <button
          type="button"
          onClick={() => {
            speech.stop();
            main.current?.focus();
          }}
          className={buttonClass("ghost", "px-3 py-1.5")}
        >
          Stop
        </button>
      ) : null}
    </>
  );
}

/**
 * Why `source`'s reading stopped (no voice, a browser error). An alert, inserted when it happens:
 * it answers a button press, and an empty status region in every question card would crowd them.
 */
export function SpeechNotice({ source }: { source: string }) {
  const { notice } = useReading()!.speech.state;
  if (notice?.source !== source) return null;
  return (
    <p role="alert" className="font-medium text-amber-900 dark:text-amber-200">
      {notice.text}
    </p>
  );
}

/**
 * The quiz's reading aids: the article read aloud with the browser's speech synthesis (Web Speech
 * API), the sentence being read highlighted in `#article-body` (ArticlePanel), pause/resume and
 * speed; text size and line spacing for the article and the questions, kept per user. Outside the
 * collapsible article, so they stay at hand on a phone with the article hidden. Needs a
 * ReadingProvider around it.
 */
export function ReadingAids({ text }: { text: string }) {
  const uid = useId();
  const sentences = useMemo(() => sentencesToRead(text), [text]);
  const { prefs, change, speech } = useReading()!;
  const reading = speech.state.source === "article" && speech.state.status !== "idle";

  // The article is rendered beside these controls, not inside them: find it when it is needed.
  const article = () => document.getElementById("article-body");

  function highlight(i: number) {
    const container = article();
    const s = sentences[i];
    if (!container || !s) return;
    const range = rangeFor(container, s.start, s.end);
    paint("read-aloud", range);
    range?.startContainer.parentElement?.scrollIntoView({ block: "nearest" });
  }

  function play() {
    speech.play(
      "article",
      sentences.map((s) => s.text),
      {
        onPart: highlight,
        onWord: (i, charIndex, charLength) => {
          highlight(i);
          const w = wordAt(sentences[i]!, charIndex, charLength);
          const container = article();
          if (container) paint("read-aloud-word", rangeFor(container, w.start, w.end));
        },
        onEnd: () => {
          paint("read-aloud", null);
          paint("read-aloud-word", null);
        },
      },
    );
  }

  return (
    <div role="group" aria-label="Reading aids" className="mb-4 space-y-2 rounded-lg border border-slate-200 p-3 font-sans text-sm dark:border-slate-700">
      <div className="flex flex-wrap items-center gap-2">
        <SpeechButtons source="article" start={play} />
        <label htmlFor={`${uid}-rate`} className="ml-1">
          Speed
        </label>
        <select id={`${uid}-rate`} value={prefs.speechRate} onChange={(e) => change({ speechRate: Number(e.target.value) })} className={selectClass}>
          {SPEECH_RATES.map((r) => (
            <option key={r} value={r}>
              {r / 100}×
            </option>
          ))}
        </select>
        <label htmlFor={`${uid}-size`} className="ml-1">
          Text size
        </label>
        <select id={`${uid}-size`} value={prefs.textScale} onChange={(e) => change({ textScale: Number(e.target.value) })} className={selectClass}>
          {TEXT_SCALES.map((s) => (
            <option key={s} value={s}>
              {TEXT_SCALE_LABELS[s]}
            </option>
          ))}
        </select>
        <label htmlFor={`${uid}-spacing`} className="ml-1">
          Line spacing
        </label>
        <select
          id={`${uid}-spacing`}
          value={prefs.lineSpacing}
          onChange={(e) => change({ lineSpacing: Number(e.target.value) })}
          className={selectClass}
        >
          {LINE_SPACINGS.map((s) => (
            <option key={s} value={s}>
              {LINE_SPACING_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {/* Not a live region: announcing each sentence would talk over the speech itself. */}
      <p className="text-slate-700 empty:hidden dark:text-slate-300" data-testid="read-aloud-state">
        {reading
          ? `${speech.state.status === "paused" ? "Paused at" : "Reading"} sentence ${(speech.state.index ?? 0) + 1} of ${sentences.length}.`
          : ""}
      </p>
      <SpeechNotice source="article" />
    </div>
  );
}
