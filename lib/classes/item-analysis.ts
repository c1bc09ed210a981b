/**
 * Item analysis for one assignment, as Moodle's quiz statistics report it:
 * - facility: the mean share of the item's marks students earned (0–1; high = easy);
 * - discrimination: the correlation between the item's score and the score on the rest of the
 *   quiz (−1–1; below ~0.2 the item does not separate strong from weak readers, negative means
 *   strong readers got it wrong more often — usually a flawed key or a misleading distractor);
 * - for choice questions, how many students picked each option.
 * One attempt per student goes in (the caller picks which); fewer than two gives no discrimination.
 */
export type ItemQuestion = {
  id: string;
  type: string;
  prompt: string;
  /** For single / multiple: the options, with which ones the key marks right. */
  options?: { id: string; text: string; correct: boolean }[];
};
export type ItemResponse = { questionId: string; points: number; maxPoints: number; answer: unknown };
export type ItemStats = {
  questionId: string;
  responses: number;
  facility: number | null;
  discrimination: number | null;
  options?: { id: string; text: string; correct: boolean; count: number }[];
};

export function pearson(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

const picks = (answer: unknown): string[] =>
  typeof answer === "string" ? [answer] : Array.isArray(answer) ? answer.filter((a): a is string => typeof a === "string") : [];

export function analyseItems(questions: ItemQuestion[], attempts: ItemResponse[][]): ItemStats[] {
  const totals = attempts.map((responses) => responses.reduce((s, r) => s + r.points, 0));
  return questions.map((q) => {
    const scored: { item: number; rest: number; answer: unknown }[] = [];
    attempts.forEach((responses, i) => {
      const r = responses.find((x) => x.questionId === q.id);
      if (!r || r.maxPoints <= 0) return;
      scored.push({ item: r.points / r.maxPoints, rest: totals[i]! - r.points, answer: r.answer });
    });
    const facility = scored.length ? scored.reduce((s, x) => s + x.item, 0) / scored.length : null;
    const discrimination = pearson(
      scored.map((x) => x.item),
      scored.map((x) => x.rest),
    );
    const stats: ItemStats = { questionId: q.id, responses: scored.length, facility, discrimination };
    if (q.options) {
      const counts = new Map(q.options.map((o) => [o.id, 0]));
      for (const x of scored) for (const id of new Set(picks(x.answer))) if (counts.has(id)) counts.set(id, counts.get(id)! + 1);
      stats.options = q.options.map((o) => ({ ...o, count: counts.get(o.id)! }));
    }
    return stats;
  });
}
