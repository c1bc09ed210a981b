/**
 * TextRank over sentence similarity (Mihalcea & Tarau 2004): sentences are nodes, edges weigh the
 * content words two sentences share, normalised by their lengths; a sentence is central when
 * central sentences resemble it. Long articles are ranked in blocks of BLOCK sentences so the cost
 * stays linear in the article's length.
 */
import type { Doc } from "./sentences";
import { contentWords } from "./patterns/construct";

const BLOCK = 120;
const DAMPING = 0.85;
const ROUNDS = 30;

/** A crude stem, so "weapons" meets "weapon" and "armed" meets "arms" no more than it should. */
const stem = (w: string) => w.replace(/(ies|ied)$/, "y").replace(/(ing|ed|es|s)$/, "").slice(0, 8);

/** Centrality of each sentence of the document, scaled to 0..1 within its block; broken sentences count as nodes too. */
export function centrality(doc: Doc): number[] {
  const bags = doc.sentences.map((s) => new Set(contentWords(s.text).map(stem)));
  const out = new Array<number>(bags.length).fill(0);
  for (let from = 0; from < bags.length; from += BLOCK) {
    const block = bags.slice(from, from + BLOCK);
    const n = block.length;
    const w: number[][] = block.map(() => new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = block[i]!, b = block[j]!;
        if (a.size < 2 || b.size < 2) continue;
        let common = 0;
        for (const x of a) if (b.has(x)) common++;
        const sim = common / (Math.log(a.size + 1) + Math.log(b.size + 1));
        w[i]![j] = w[j]![i] = sim;
      }
    }
    const outSum = w.map((row) => row.reduce((x, y) => x + y, 0));
    let score = new Array<number>(n).fill(1);
    for (let r = 0; r < ROUNDS; r++) {
      const next = new Array<number>(n).fill(1 - DAMPING);
      for (let j = 0; j < n; j++) {
        if (!outSum[j]) continue;
        const share = (DAMPING * score[j]!) / outSum[j]!;
        const row = w[j]!;
        for (let i = 0; i < n; i++) if (row[i]) next[i]! += share * row[i]!;
      }
      score = next;
    }
    const max = Math.max(...score);
    const min = Math.min(...score);
    score.forEach((v, i) => (out[from + i] = max > min ? (v - min) / (max - min) : 0.5));
  }
  return out;
}
