/**
 * Cause and effect from explicit connectives (causes.ts): "According to the article, why …?" with
 * the stated cause as key, and the article's other causes — then its other statements, recast as
 * reasons — as distractors. A chain (A led to B; B because C) becomes one ordering question in
 * sequence.ts.
 */
import type { Sentence } from "../sentences";
import { findCauses, invert, type Cause } from "../causes";
import { TEMPLATES } from "../lang/en";
import { pickBalanced } from "../distractors";
import { SCORES } from "../scores";
import { explain, singleChoice, words, type Candidate, type Ctx, type Family } from "./construct";
import { overlap, statementLike } from "./central-idea";

const causeCache = new WeakMap<Ctx["doc"], Cause[]>();
export const causesOf = (ctx: Ctx) => {
  let c = causeCache.get(ctx.doc);
  if (!c) causeCache.set(ctx.doc, (c = findCauses(ctx.doc)));
  return c;
};

const lowerStart = (s: string) => (/^(The|A|An|Many|Some|Most|More|Its|Their|His|Her|This|These|Those|It|They|There)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
const upperStart = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** A cause as an option: "Because demand fell" / "Because of the heavy rain". */
export const asReason = (c: { cause: string; shape: "clause" | "np" }) => `Because ${c.shape === "np" ? "of " : ""}${lowerStart(c.cause)}`;

/**
 * Statements of the article recast as reasons, for distractors: a sentence's opening clause when it
 * is a whole clause — a subject (determiner, noun, name or number first) and a verb — of 4–16 words.
 */
export function mainClauses(ctx: Ctx): { s: Sentence; text: string }[] {
  const out: { s: Sentence; text: string }[] = [];
  for (const s of ctx.doc.sentences) {
    if (!statementLike(s)) continue;
    const toks = ctx.doc.tokens.slice(s.first, s.last + 1);
    const stop = toks.findIndex((t) => /^[,;:–—.!?]$/.test(t.text));
    const clause = toks.slice(0, stop < 0 ? toks.length : stop);
    if (clause.length < 4 || clause.length > 16 || !/^(DET|NOUN|PROPN|NUM|ADJ)$/.test(clause[0]!.pos)) continue;
    const vi = clause.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
    if (vi < 1 || clause.slice(0, vi).some((t) => t.pos === "ADP" && t.lower !== "of")) continue;
    let text = ctx.doc.text.slice(clause[0]!.start, clause.at(-1)!.end);
    // A sentence's first capital is kept only for a name the article knows ("Hospitals" is no name).
    if (!ctx.ents.mentionAt.has(s.first) && clause[0]!.pos !== "PROPN" && clause[0]!.text !== "I") text = text[0]!.toLowerCase() + text.slice(1);
    out.push({ s, text });
  }
  return out;
}

function build(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const causes = causesOf(ctx);
  const clauses = mainClauses(ctx);
  for (const c of causes) {
    if (c.connective.includes("led to") || /^(caused|resulted in|prompted|triggered|sparked|has )/.test(c.connective)) {
      // "CAUSE led to EFFECT": ask what it led to — only when the cause is a noun phrase, not a clause.
      const s = ctx.doc.sentences[c.sentence]!;
      if (/\b(is|are|was|were|has|have|had|and)\b/.test(c.cause) || words(c.cause) > 8) continue;
      const others = causes.filter((o) => o !== c).map((o) => upperStart(o.effect));
      const ds = pickBalanced(upperStart(c.effect), [...others, ...clauses.filter((x) => x.s.index !== s.index && overlap(x.text, s.text) < 0.3).map((x) => upperStart(lowerStart(x.text)))], 3);
      if (ds.length < 3) continue;
      out.push(singleChoice({
        prompt: TEMPLATES.result(lowerStart(c.cause)),
        key: upperStart(c.effect), distractors: ds, seed: s.text, evidence: [s],
        explanation: explain([s], "The article names this as the result."),
        skill: "cause-effect", difficulty: 2, score: SCORES.cause - 0.3, facts: [`cause:${c.sentence}`],
      }));
      continue;
    }
    const s = ctx.doc.sentences[c.sentence]!;
    const q = invert(c.effect, c.effectTokens);
    const prompt = q ? TEMPLATES.why(q) : `According to the article, what is the reason that ${lowerStart(c.effect)}?`;
    const key = asReason(c);
    const pool = [
      ...causes.filter((o) => o !== c && o.sentence !== c.sentence).map(asReason),
      ...clauses.filter((x) => Math.abs(x.s.index - s.index) > 1 && overlap(x.text, c.cause) < 0.4 && overlap(x.text, c.effect) < 0.5)
        .map((x) => `Because ${x.text}`),
    ];
    const ds = pickBalanced(key, pool, 3);
    if (ds.length < 3) continue;
    out.push(singleChoice({
      prompt, key, distractors: ds, seed: s.text, evidence: [s],
      explanation: explain([s], `The reason the article gives is that ${c.shape === "np" ? "of " : ""}${lowerStart(c.cause)}.`),
      skill: "cause-effect", difficulty: 2, score: SCORES.cause + (q ? 0.2 : 0), facts: [`cause:${c.sentence}`],
    }));
  }
  return out;
}

export const family: Family = { name: "cause-effect", cap: 0.2, min: 1, build };
