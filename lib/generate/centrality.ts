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
const stems = new Map<string, string>();
const stem = (w: string) => {
  let v = stems.get(w);
  if (v === undefined) {
    if (stems.size > 50_000) stems.clear();
    stems.set(w, (v = w.replace(/(ies|ied)$/, "y").replace(/(ing|ed|es|s)$/, "").slice(0, 8)));
  }
  return v;
};

/** Centrality of each sentence of the document, scaled to 0..1 within its block; broken sentences count as nodes too. */
export function centrality(doc: Doc): number[] {
  const bags = doc.sentences.map((s) => [...new Set(contentWords(s.text).map(stem))]);
  const out = new Array<number>(bags.length).fill(0);
  for (let from = 0; from < bags.length; from += BLOCK) {
    const block = bags.slice(from, from + BLOCK);
    const n = block.length;
    // Sparse graph from an inverted index: only sentences that share a word are compared.
    const postings = new Map<string, number[]>();
    block.forEach((b, i) => { for (const w of b) { const p = postings.get(w); if (p) p.push(i); else postings.set(w, [i]); } });
    const edges: Map<number, number>[] = block.map(() => new Map());
    for (const list of postings.values()) {
      if (list.length < 2 || list.length > Math.max(8, n * 0.4)) continue;
      for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) {
        const i = list[a]!, j = list[b]!;
        edges[i]!.set(j, (edges[i]!.get(j) ?? 0) + 1);
      }
    }
    const nbrs: [number, number][][] = block.map(() => []);
    edges.forEach((m, i) => {
      for (const [j, common] of m) {
        if (block[i]!.length < 2 || block[j]!.length < 2) continue;
        const sim = common / (Math.log(block[i]!.length + 1) + Math.log(block[j]!.length + 1));
        nbrs[i]!.push([j, sim]);
        nbrs[j]!.push([i, sim]);
      }
    });
    const outSum = nbrs.map((l) => l.reduce((x, [, v]) => x + v, 0));
    let score = new Array<number>(n).fill(1);
    for (let r = 0; r < ROUNDS; r++) {
      const next = new Array<number>(n).fill(1 - DAMPING);
      for (let j = 0; j < n; j++) {
        if (!outSum[j]) continue;
        const share = (DAMPING * score[j]!) / outSum[j]!;
        for (const [i, v] of nbrs[j]!) next[i]! += share * v;
      }
      score = next;
    }
    let max = -Infinity, min = Infinity;
    for (const v of score) { if (v > max) max = v; if (v < min) min = v; }
    score.forEach((v, i) => (out[from + i] = max > min ? (v - min) / (max - min) : 0.5));
  }
  return out;
}
