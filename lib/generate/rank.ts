/**
 * Stage 7: keep the best N. Greedy: the highest-scoring candidate first, each pick discounting its
 * paragraph and its type so the quiz covers the article and mixes types; a sentence or a fact is
 * used once. Candidates below the bar are dropped even if that leaves fewer than N.
 */
import type { Candidate } from "./questions";
import type { Doc } from "./sentences";

/** Below this a candidate is not worth a student's time (see docs/generator.md). */
export const MIN_SCORE = 2;

export function select(doc: Doc, cands: Candidate[], count: number): Candidate[] {
  const pool = cands.filter((c) => c.score >= MIN_SCORE && c.sentences.length > 0);
  const usedSentences = new Set<number>();
  const usedFacts = new Set<string>();
  const paraUses = new Map<number, number>();
  const typeUses = new Map<string, number>();
  // Single choice is the workhorse; every other type, and each builder family, is capped so the
  // quiz mixes kinds of question.
  const typeCap = (t: string) => Math.max(2, Math.ceil(count * (t === "single" ? 0.7 : 0.35)));
  const familyCap = (f: string) => Math.max(f === "attribution" ? 1 : 2, Math.ceil(count * (f === "attribution" ? 0.25 : 0.3)));
  const familyUses = new Map<string, number>();
  const chosen: Candidate[] = [];
  const paraOf = (c: Candidate) => doc.sentences[c.sentences[0]!]!.para;
  while (chosen.length < count) {
    let best: Candidate | undefined;
    let bestScore = -Infinity;
    for (const c of pool) {
      if ((c.blocks ?? c.sentences).some((s) => usedSentences.has(s)) || c.facts.some((f) => usedFacts.has(f))) continue;
      const tu = typeUses.get(c.body.type) ?? 0;
      const fu = familyUses.get(c.family ?? c.body.type) ?? 0;
      if (tu >= typeCap(c.body.type) || fu >= familyCap(c.family ?? c.body.type)) continue;
      const adjusted = c.score - 0.5 * (paraUses.get(paraOf(c)) ?? 0) - 0.3 * fu - 0.1 * tu;
      if (adjusted > bestScore || (adjusted === bestScore && best && c.sentences[0]! < best.sentences[0]!)) {
        best = c;
        bestScore = adjusted;
      }
    }
    if (!best) break;
    chosen.push(best);
    for (const s of best.blocks ?? best.sentences) usedSentences.add(s);
    for (const f of best.facts) usedFacts.add(f);
    // Coverage is about content: asking who said something does not use up its paragraph.
    if (best.family !== "attribution") paraUses.set(paraOf(best), (paraUses.get(paraOf(best)) ?? 0) + 1);
    typeUses.set(best.body.type, (typeUses.get(best.body.type) ?? 0) + 1);
    familyUses.set(best.family ?? best.body.type, (familyUses.get(best.family ?? best.body.type) ?? 0) + 1);
  }
  return chosen;
}
