/**
 * Numbers written in English words, as students type them: "four", "twenty-one", "one hundred
 * and five", "a dozen", "2.5 million". The reading itself is compromise's (already the
 * generator's NLP library); this module only decides what counts as a number on its own.
 */
import nlp from "compromise";

export type NumberWords = { value: number; rest: string };

// compromise does not read these; they are common in articles ("a dozen soldiers").
const DOZENS: [RegExp, number][] = [
  [/^half a dozen\b/, 6],
  [/^(?:a |one )?dozen\b/, 12],
];

// A number phrase of words, optionally led by figures ("4 thousand"); no other marks.
const PHRASE = /^(?:\d+(?:\.\d+)?|[a-z]+)(?:[ -][a-z]+)*$/;

/**
 * The cardinal number that `input` starts with, and the text after it; null when it does not
 * start with one, holds two numbers ("four or five", "nineteen sixty-one"), or the number is an
 * ordinal ("fourth"). Case and surrounding space are ignored.
 */
export function readNumberWords(input: string): NumberWords | null {
  let text = input.toLowerCase().replace(/[\u2010-\u2015]/g, "-").replace(/\s+/g, " ").trim();
  for (const [pattern, value] of DOZENS) {
    const m = pattern.exec(text);
    if (m) return { value, rest: text.slice(m[0].length).trim() };
  }
  // "a hundred", "a million": compromise reads the word and leaves the article before it.
  text = text.replace(/^an? (?=(?:hundred|thousand|million|billion)\b)/, "one ");
  // Figures alone are the strict parser's (normalize.ts); only words are read here.
  if (!/^[\d.]*\s?[a-z]/.test(text)) return null;

  const numbers = nlp(text).numbers();
  const found = numbers.json({ offset: true }) as { text: string; number: { num: number }; offset: { start: number; length: number } }[];
  if (found.length !== 1 || numbers.isOrdinal().length > 0) return null;
  const [only] = found;
  const spelled = text.slice(only!.offset.start, only!.offset.start + only!.offset.length);
  if (only!.offset.start !== 0 || !PHRASE.test(spelled) || !Number.isFinite(only!.number.num)) return null;
  return { value: only!.number.num, rest: text.slice(spelled.length).trim() };
}
