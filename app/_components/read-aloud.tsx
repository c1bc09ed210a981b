"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import {
  DEFAULT_PREFERENCES,
  LINE_SPACING_LABELS,
  LINE_SPACINGS,
  readingStyle,
  SPEECH_RATES,
  TEXT_SCALE_LABELS,
  TEXT_SCALES,
  type ReadingPreferences,
} from "@/lib/reading/preferences";
import { sentencesToRead, wordAt, type SpokenSentence } from "@/lib/reading/speech";
import { buttonClass } from "./ui";

type Status = "idle" | "playing" | "paused" | "unavailable";

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

// The CSS Custom Highlight API paints a range without changing the DOM (no re-render, no lost
// focus, evidence marks untouched). Where a browser lacks it, the "Reading sentence n" line remains.
type Highlights = { set(name: string, h: unknown): void; delete(name: string): void };
const highlights = (): Highlights | null =>
  typeof CSS !== "undefined" && "highlights" in CSS ? (CSS as unknown as { highlights: Highlights }).highlights : null;
const HighlightCtor = () => (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;

function paint(name: string, range: Range | null) {
  const registry = highlights();
  const Ctor = HighlightCtor();
  if (!registry || !Ctor) return;
  if (range) registry.set(name, new Ctor(range));
  else registry.delete(name);
}

async function englishVoice(): Promise<SpeechSynthesisVoice | null> {
  const synth = window.speechSynthesis;
  let voices = synth.getVoices();
  if (!voices.length) {
    // Chromium loads voices asynchronously; give it a moment to announce them.
    voices = await new Promise<SpeechSynthesisVoice[]>((resolve) => {
      const done = () => resolve(synth.getVoices());
      synth.addEventListener("voiceschanged", done, { once: true });
      setTimeout(done, 1500);
    });
  }
  return voices.find((v) => v.lang.toLowerCase().startsWith("en")) ?? voices[0] ?? null;
}

async function savePreference(changes: Partial<ReadingPreferences>) {
  // Best effort: a setting that fails to save still applies on this page.
  await fetch("/api/preferences", {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(changes),
  }).catch(() => undefined);
}

/**
 * The article with reading aids: read aloud with the browser's speech synthesis (Web Speech API),
 * the sentence being read highlighted, pause/resume and speed; text size and line spacing, kept
 * per user. Without a speech voice it says so instead of failing silently.
 */
export function ArticleReader({
  text,
  initial = DEFAULT_PREFERENCES,
  signedIn = true,
  children,
}: {
  text: string;
  initial?: ReadingPreferences;
  signedIn?: boolean;
  children: React.ReactNode;
}) {
  const uid = useId();
  const root = useRef<HTMLDivElement>(null);
  const sentences = useMemo(() => sentencesToRead(text), [text]);
  const [prefs, setPrefs] = useState(initial);
  const [status, setStatus] = useState<Status>("idle");
  const [current, setCurrent] = useState<number | null>(null);
  const [notice, setNotice] = useState("");
  const run = useRef(0);
  const rate = useRef(initial.speechRate / 100);
  rate.current = prefs.speechRate / 100;

  useEffect(() => () => stopSpeech(), []);

  function change(changes: Partial<ReadingPreferences>) {
    setPrefs((p) => ({ ...p, ...changes }));
    if (signedIn) void savePreference(changes);
  }

  function stopSpeech() {
    run.current++;
    if (typeof window !== "undefined" && "speechSynthesis" in window) window.speechSynthesis.cancel();
    paint("read-aloud", null);
    paint("read-aloud-word", null);
  }

  function highlight(s: SpokenSentence) {
    const container = root.current;
    if (!container) return;
    const range = rangeFor(container, s.start, s.end);
    paint("read-aloud", range);
    const el = range?.startContainer.parentElement;
    el?.scrollIntoView({ block: "nearest" });
  }

  async function play(from = 0) {
    if (!("speechSynthesis" in window) || typeof SpeechSynthesisUtterance === "undefined") {
      setStatus("unavailable");
      setNotice("This browser cannot read aloud. Your device’s own screen reader or read-aloud feature can read this page.");
      return;
    }
    const voice = await englishVoice();
    if (!voice) {
      setStatus("unavailable");
      setNotice(
        "No speech voice is installed in this browser, so Readcheck cannot read aloud here. Your device’s own screen reader or read-aloud feature can still read this page.",
      );
      return;
    }
    stopSpeech();
    const token = run.current;
    setStatus("playing");
    setNotice("");
    const speak = (i: number) => {
      if (token !== run.current) return;
      const s = sentences[i];
      if (!s) {
        setStatus("idle");
        setCurrent(null);
        paint("read-aloud", null);
        paint("read-aloud-word", null);
        return;
      }
      const u = new SpeechSynthesisUtterance(s.text);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = rate.current;
      u.onstart = () => {
        if (token !== run.current) return;
        setCurrent(i);
        highlight(s);
      };
      u.onboundary = (e) => {
        if (token !== run.current || e.name !== "word" || !root.current) return;
        // The boundary events drive the highlight: the sentence (again, in case start was missed) and the word.
        setCurrent(i);
        highlight(s);
        const w = wordAt(s, e.charIndex, e.charLength);
        paint("read-aloud-word", rangeFor(root.current, w.start, w.end));
      };
      u.onend = () => speak(i + 1);
      u.onerror = (e) => {
        if (token !== run.current || e.error === "interrupted" || e.error === "canceled") return;
        setStatus("idle");
        setNotice(`Reading aloud stopped: the browser reported “${e.error}”.`);
      };
      window.speechSynthesis.speak(u);
    };
    speak(from);
  }

  function pause() {
    window.speechSynthesis.pause();
    setStatus("paused");
  }

  function resume() {
    window.speechSynthesis.resume();
    setStatus("playing");
  }

  function stop() {
    stopSpeech();
    setStatus("idle");
    setCurrent(null);
  }

  const select = "rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100";
  return (
    <div>
      <div role="group" aria-label="Reading aids" className="mb-4 space-y-2 rounded-lg border border-slate-200 p-3 font-sans text-sm dark:border-slate-700">
        <div className="flex flex-wrap items-center gap-2">
          {status === "playing" ? (
            <button type="button" onClick={pause} className={buttonClass("secondary", "px-3 py-1.5")}>
              Pause
            </button>
          ) : status === "paused" ? (
            <button type="button" onClick={resume} className={buttonClass("secondary", "px-3 py-1.5")}>
              Resume
            </button>
          ) : (
            <button type="button" onClick={() => void play(0)} className={buttonClass("secondary", "px-3 py-1.5")}>
              Read aloud
            </button>
          )}
          {(status === "playing" || status === "paused") && (
            <button type="button" onClick={stop} className={buttonClass("ghost", "px-3 py-1.5")}>
              Stop
            </button>
          )}
          <label htmlFor={`${uid}-rate`} className="ml-1">
            Speed
          </label>
          <select
            id={`${uid}-rate`}
            value={prefs.speechRate}
            onChange={(e) => change({ speechRate: Number(e.target.value) })}
            className={select}
          >
            {SPEECH_RATES.map((r) => (
              <option key={r} value={r}>
                {r / 100}×
              </option>
            ))}
          </select>
          <label htmlFor={`${uid}-size`} className="ml-1">
            Text size
          </label>
          <select id={`${uid}-size`} value={prefs.textScale} onChange={(e) => change({ textScale: Number(e.target.value) })} className={select}>
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
            className={select}
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
          {status === "playing" || status === "paused"
            ? `${status === "paused" ? "Paused at" : "Reading"} sentence ${(current ?? 0) + 1} of ${sentences.length}.`
            : ""}
        </p>
        <p role="status" className="font-medium text-amber-900 empty:hidden dark:text-amber-200">
          {notice}
        </p>
      </div>
      <div ref={root} className="reading" style={readingStyle(prefs)} data-reading-sentence={current ?? undefined}>
        {children}
      </div>
    </div>
  );
}
