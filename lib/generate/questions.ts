/**
 * Stage 5: every question family of the registry (patterns/), over one analysed article. Families
 * over-generate; critic.ts rejects unfair candidates with a named reason and rank.ts keeps the best.
 */
import type { Doc } from "./sentences";
import type { Entities } from "./entities";
import type { Relations } from "./relations";
import { centrality } from "./centrality";
import { runFamilies, type Candidate, type Ctx } from "./patterns";

export type { Candidate } from "./patterns";
export { blankOut, spanOf } from "./patterns/construct";
export { howMany } from "./patterns/number";

export function contextOf(doc: Doc, ents: Entities, rel: Relations, headline = ""): Ctx {
  // The article's topic: names that take up a large share of all mentions are not worth a gap.
  const total = ents.mentions.length || 1;
  const top = Math.max(0, ...ents.entities.map((e) => e.mentions.length));
  const topic = new Set(ents.entities.filter((e) => e.mentions.length >= 3 && (e.mentions.length === top || e.mentions.length / total >= 0.1)).map((e) => e.id));
  const years = [...new Set(ents.quantities.filter((q) => q.kind === "year").map((q) => q.value))];
  return { doc, ents, rel, topic, years, centrality: centrality(doc), ...(headline.trim() ? { headline: headline.trim() } : {}) };
}

export function buildCandidates(doc: Doc, ents: Entities, rel: Relations, ctx = contextOf(doc, ents, rel)): Candidate[] {
  const all = runFamilies(ctx);
  // A gap-fill in a sentence that opens with "It"/"This" lacks its subject: less fair to ask.
  for (const c of all) {
    const s0 = doc.sentences[c.sentences[0]!];
    if (c.sentences.length === 1 && s0 && /^"?(It|This|That|These|Those)\b/.test(s0.text) && c.family !== "attribution" && /_{3,}/.test(c.body.prompt)) c.score -= 0.5;
  }
  return all;
}
