"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";

/**
 * The one speech synthesis queue of a page (the Web Speech API has one per window, so the article
 * and every question share it): what is being read, by whom, and why it stopped. Readers hand it
 * a list of texts and are told which one is being spoken, to highlight it.
 */

export type SpeechStatus = "idle" | "playing" | "paused";

export type SpeechState = {
  status: SpeechStatus;
  /** Who is reading: "article", "question:<id>", … */
  source: string | null;
  /** The index of the text being spoken, once the browser has started it. */
  index: number | null;
  /** Why the last reading of `source` could not go on, for that reader to show. */
  notice: { source: string; text: string } | null;
};

export type SpeechListeners = {
  onPart?: (index: number) => void;
  onWord?: (index: number, charIndex: number, charLength?: number) => void;
  /** Finished, stopped, failed or replaced by another reader: clear any highlight. */
  onEnd?: () => void;
};

export const SPEECH_UNAVAILABLE =
  "Read-aloud isn’t available in this browser (it has no speech voice). Your device’s own screen reader or read-aloud feature can still read this page.";

const IDLE: SpeechState = { status: "idle", source: null, index: null, notice: null };

const supported = () => typeof window !== "undefined" && "speechSynthesis" in window && typeof SpeechSynthesisUtterance !== "undefined";

/** An English voice when the browser lists one; otherwise the browser's default (voices may load late). */
function englishVoice(): SpeechSynthesisVoice | null {
  const voices = window.speechSynthesis.getVoices();
  return voices.find((v) => v.lang.toLowerCase().startsWith("en")) ?? null;
}

/** The page's speech queue; `rate` (1 = normal) applies from the next text spoken. */
export function useSpeech(rate: number) {
  const [state, setState] = useState<SpeechState>(IDLE);
  const run = useRef(0);
  const listeners = useRef<SpeechListeners>({});
  const rateNow = useRef(rate);
  rateNow.current = rate;

  const end = useCallback(() => {
    run.current++;
    if (supported()) window.speechSynthesis.cancel();
    const done = listeners.current.onEnd;
    listeners.current = {};
    done?.();
  }, []);

  useEffect(() => end, [end]);

  const stop = useCallback(() => {
    end();
    setState(IDLE);
  }, [end]);

  const play = useCallback(
    (source: string, texts: readonly string[], on: SpeechListeners = {}, from = 0) => {
      end();
      if (!supported()) {
        setState({ ...IDLE, notice: { source, text: SPEECH_UNAVAILABLE } });
        return;
      }
      listeners.current = on;
      const token = run.current;
      const voice = englishVoice();
      let started = false;
      setState({ status: "playing", source, index: null, notice: null });
      const finish = (notice: SpeechState["notice"]) => {
        listeners.current = {};
        on.onEnd?.();
        setState({ ...IDLE, notice });
      };
      const speak = (i: number) => {
        if (token !== run.current) return;
        if (i >= texts.length) return finish(null);
        const u = new SpeechSynthesisUtterance(texts[i]);
        if (voice) {
          u.voice = voice;
          u.lang = voice.lang;
        }
        u.rate = rateNow.current;
        u.onstart = () => {
          if (token !== run.current) return;
          started = true;
          setState((s) => ({ ...s, index: i }));
          on.onPart?.(i);
        };
        u.onboundary = (e) => {
          if (token !== run.current || e.name !== "word") return;
          // Boundary events also carry the sentence: a missed start event still highlights it.
          setState((s) => (s.index === i ? s : { ...s, index: i }));
          on.onWord?.(i, e.charIndex, e.charLength);
        };
        u.onend = () => speak(i + 1);
        u.onerror = (e) => {
          if (token !== run.current || e.error === "interrupted" || e.error === "canceled") return;
          // Headless and voiceless browsers fail the first text ("synthesis-failed"): say read-aloud is unavailable.
          const text = started ? `Reading aloud stopped: the browser reported “${e.error}”.` : SPEECH_UNAVAILABLE;
          run.current++;
          finish({ source, text });
        };
        window.speechSynthesis.speak(u);
      };
      speak(from);
    },
    [end],
  );

  const pause = useCallback(() => {
    window.speechSynthesis.pause();
    setState((s) => (s.status === "playing" ? { ...s, status: "paused" } : s));
  }, []);

  const resume = useCallback(() => {
    window.speechSynthesis.resume();
    setState((s) => (s.status === "paused" ? { ...s, status: "playing" } : s));
  }, []);

  return useMemo(() => ({ state, play, pause, resume, stop }), [state, play, pause, resume, stop]);
}

export type Speech = ReturnType<typeof useSpeech>;

// The CSS Custom Highlight API paints a range without changing the DOM (no re-render, no lost
// focus, evidence marks untouched). Where a browser lacks it, the readers' status lines remain.
type Highlights = { set(name: string, h: unknown): void; delete(name: string): void };
const highlights = (): Highlights | null =>
  typeof CSS !== "undefined" && "highlights" in CSS ? (CSS as unknown as { highlights: Highlights }).highlights : null;
const HighlightCtor = () => (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;

/** Paints (or, with null, clears) the read-aloud highlight `name` over `range`. */
export function paint(name: "read-aloud" | "read-aloud-word", range: Range | null) {
  const registry = highlights();
  const Ctor = HighlightCtor();
  if (!registry || !Ctor) return;
  if (range) registry.set(name, new Ctor(range));
  else registry.delete(name);
}
