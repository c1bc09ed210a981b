/**
 * Read-aloud's plan, with no browser in it: the article as the sentences to speak in order, and
 * which sentence and word a speech boundary event (a character index into one utterance) is at.
 */
import { splitArticle } from "@/lib/quiz/editing";

export type SpokenSentence = { start: number; end: number; text: string };

/** Every sentence of the article, in reading order, with its offsets into the article text. */
export function sentencesToRead(text: string): SpokenSentence[] {
  return splitArticle(text).flatMap((p) => p.sentences.map((s) => ({ start: s.start, end: s.end, text: s.text })));
}

/** The word a boundary event at `charIndex` of `sentence` names, as absolute article offsets. */
export function wordAt(sentence: SpokenSentence, charIndex: number, charLength?: number): { start: number; end: number } {
  const i = Math.max(0, Math.min(charIndex, sentence.text.length));
  if (charLength && charLength > 0) return { start: sentence.start + i, end: sentence.start + Math.min(sentence.text.length, i + charLength) };
  const rest = sentence.text.slice(i);
  const length = /^\S*/.exec(rest)![0].length;
  return { start: sentence.start + i, end: sentence.start + i + length };
}

/** The first sentence to read when starting from `offset` (e.g. after "Stop", from the top). */
export function sentenceIndexAt(sentences: SpokenSentence[], offset: number): number {
  const i = sentences.findIndex((s) => s.end > offset);
  return i < 0 ? 0 : i;
}
