/**
 * Who or what did it: a sentence whose subject is a name followed by its verb ("Iguchi studied
 * philosophy by day …") becomes "According to the article, who studied philosophy by day …?", with
 * names of the same kind from the article as options. The question is asked about the predicate,
 * so the student must know who did what, not match a gap to its sentence.
 */
import type { Sentence } from "../sentences";
import { entityDistractors, formOf } from "../distractors";
import { SCORES } from "../scores";
import { explain, singleChoice, words, type Candidate, type Ctx, type Family } from "./construct";

const WH = { person: "who", org: "which organisation", place: "which place" } as const;

function build(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const { doc, ents } = ctx;
  const seen = new Set<number>();
  for (const m of ents.mentions) {
    const s: Sentence = doc.sentences[m.sentence]!;
    const e = ents.entities[m.entity]!;
    if (s.broken || s.quoted || s.speech || e.kind === "other" || !e.confident || ctx.topic.has(e.id)) continue;
    if (m.start !== s.start || words(s.text) < 7 || words(s.text) > 32 || seen.has(s.index)) continue;
    // Past an apposition: "Bob Savage, a local historian, found …".
    let vi = m.last + 1;
    if (doc.tokens[vi]?.text === ",") {
      const close = doc.tokens.findIndex((t, k) => k > vi && k <= s.last && t.text === ",");
      if (close > 0 && close - vi <= 12) vi = close + 1;
    }
    const v = doc.tokens[vi];
    if (!v || !(v.pos === "VERB" || (v.pos === "AUX" && /^(has|have|had|is|was|were|are|will|would|could|can)$/.test(v.lower)))) continue;
    // "X said …" is attribution's question; "X is …" asks for a description roles cover.
    if (/^(said|says|told|added|is|was|are|were)$/.test(v.lower)) continue;
    const predicate = doc.text.slice(v.start, s.end).replace(/[.!]$/, "");
    if (/\b(he|she|his|her|him)\b/i.test(predicate) && e.kind === "person") continue;
    const form = formOf(e, m);
    const ds = entityDistractors(ents, e, form, [s.text], 3, e.kind === "place");
    if (ds.length < 2) continue;
    seen.add(s.index);
    out.push(singleChoice({
      prompt: `According to the article, ${WH[e.kind]} ${predicate}?`,
      key: m.text, distractors: ds, seed: s.text + "actor", evidence: [s],
      explanation: explain([s], `It was ${m.text}.`),
      skill: "detail", difficulty: 2,
      score: SCORES.actor + 0.3 / Math.max(1, e.mentions.length - 1),
      facts: [`entity:${e.id}`],
    }));
  }
  return out;
}

export const family: Family = { name: "actor", cap: 0.2, min: 2, build };
