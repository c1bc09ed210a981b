"use client";

import { useMemo } from "react";
import type { PublicQuestion } from "@/lib/quiz/public";
import { questionToRead } from "@/lib/reading/question-speech";
import { SpeechButtons, SpeechNotice } from "../../../_components/read-aloud";
import { useReading } from "../../../_components/reading-provider";
import { paint } from "../../../_components/speech";

/** The element of question card `cardId` that reads `part` (marked `data-speak`). */
function partElement(cardId: string, part: string): HTMLElement | null {
  return document.getElementById(cardId)?.querySelector<HTMLElement>(`[data-speak="${CSS.escape(part)}"]`) ?? null;
}

function highlightPart(cardId: string, part: string) {
  const el = partElement(cardId, part);
  if (!el) return paint("read-aloud", null);
  const range = document.createRange();
  range.selectNodeContents(el);
  paint("read-aloud", range);
  el.scrollIntoView({ block: "nearest" });
}

/**
 * Read-aloud of one question (its prompt, what to do, each option), the part being read
 * highlighted on the card, with pause/resume; the speed is the reader's. Renders nothing outside
 * a ReadingProvider.
 */
export function QuestionReadAloud({ question, number, order }: { question: PublicQuestion; number: number; order?: string[] }) {
  const reading = useReading();
  const parts = useMemo(() => questionToRead(question, number, order), [question, number, order]);
  if (!reading) return null;
  const { speech } = reading;
  const source = `question:${question.id}`;
  const cardId = `question-${question.id}`;
  const mine = speech.state.source === source && speech.state.status !== "idle";

  const play = () =>
    speech.play(
      source,
      parts.map((p) => p.text),
      { onPart: (i) => highlightPart(cardId, parts[i]!.part), onEnd: () => paint("read-aloud", null) },
    );

  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 font-sans text-sm" data-print="hide">
      <SpeechButtons source={source} start={play} what={`question ${number}`} />
      {/* Not a live region: announcing each part would talk over the speech itself. */}
      <span className="text-slate-700 empty:hidden dark:text-slate-300" data-testid="question-read-aloud-state">
        {mine ? `${speech.state.status === "paused" ? "Paused at" : "Reading"} part ${(speech.state.index ?? 0) + 1} of ${parts.length}.` : ""}
      </span>
      <SpeechNotice source={source} />
    </div>
  );
}
