/**
 * Cause and effect from explicit connectives (causes.ts): "According to the article, why …?" with
 * the stated cause as key, and the article's other causes — then its other statements, recast as
 * reasons — as distractors. A chain (A led to B; B because C) becomes one ordering question in
 * sequence.ts.
 */
import type { Sentence } from "../sentences";
import { clauseEnd, findCauses, invert, joined, type Cause } from "../causes";
import { TEMPLATES } from "../lang/en";
import { keepsCapital, personBefore } from "./reference";
import { pickBalanced } from "../distractors";
import { SCORES } from "../scores";
import { contentWords, explain, lowerStart, singleChoice, words, type Candidate, type Ctx, type Family } from "./construct";
import { overlap, statementLike } from "./central-idea";

/** A cause as the questions use it: a "he"/"she" subject named, and whose account it is. */
export type ReadCause = Cause & {
  /** The effect with its "he"/"she" subject replaced by the person's name. */
  named: string;
  /** The person a "he"/"she" subject stands for. */
  subject?: string;
  /** Who gives the reason, when the sentence reports someone's account ("Urmson said that …"). */
  speaker?: string;
};

const causeCache = new WeakMap<Ctx["doc"], ReadCause[]>();
export const causesOf = (ctx: Ctx) => {
  let c = causeCache.get(ctx.doc);
  if (!c) causeCache.set(ctx.doc, (c = findCauses(ctx.doc).flatMap((x) => read(ctx, x) ?? [])));
  return c;
};

function read(ctx: Ctx, c: Cause): ReadCause | undefined {
  let named = c.effect;
  let subject: string | undefined;
  if (c.pronoun) {
    const first = c.effectTokens[0];
    subject = first && personBefore(ctx, first.start);
    if (!subject) return undefined;
    named = `${subject}${c.effect.slice(c.effect.indexOf(" "))}`;
  }
  if (!c.frame) return { ...c, named, ...(subject ? { subject } : {}) };
  const [a, b] = c.frame;
  const m = ctx.ents.mentions.find((x) => x.start >= a && x.end <= b && /^(person|org)$/.test(ctx.ents.entities[x.entity]?.kind ?? ""));
  let speaker = m && ctx.ents.entities[m.entity]!.name;
  const frame = ctx.doc.text.slice(a, b).replace(/^(?:But|And|Yet|So|However,)\s+/, "");
  if (!speaker && /^(He|She)\b/.test(frame)) speaker = personBefore(ctx, a + ctx.doc.text.slice(a, b).indexOf(frame));
  // "The company says that …", "Researchers said …": the subject itself, when it is a short noun phrase.
  const np = /^((?:the|The|A|a)\s+)?([a-z]+(?:\s[a-z]+){0,2})\s+(?:\w+\s+)?\w+(?:\s+that)?\s*$/.exec(frame);
  if (!speaker && np && !/^(he|she|they|it|we|i|you|this|that)$/i.test(np[2]!)) speaker = `${(np[1] ?? "").toLowerCase()}${np[2]}`;
  if (!speaker) return undefined;
  return { ...c, named, speaker, ...(subject ? { subject } : {}) };
}

const upperStart = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** A cause as an option: "Because demand fell" / "Because of the heavy rain". */
export const asReason = (c: { cause: string; shape: Cause["shape"] }) =>
  c.shape === "purpose" ? `To ${c.cause}` : `Because ${c.shape === "np" ? "of " : ""}${lowerStart(c.cause)}`;

/**
 * The article's infinitive phrases ("to build more homes near the river"), as purposes for
 * distractors: "to" and a verb, up to the clause's end, 3–14 words, outside quotation marks.
 */
export function infinitives(ctx: Ctx): { s: Sentence; text: string }[] {
  const out: { s: Sentence; text: string }[] = [];
  for (const s of ctx.doc.sentences) {
    if (s.broken || s.quoted) continue;
    for (let i = s.first; i < s.last; i++) {
      const t = ctx.doc.tokens[i]!, v = ctx.doc.tokens[i + 1]!;
      if (t.lower !== "to" || v.pos !== "VERB" || v.lemma && v.lemma !== v.lower || /^(be|being|been|have|do)$/.test(v.lower) || /^(according|due|thanks|owing|close|next)$/.test(ctx.doc.tokens[i - 1]?.lower ?? "")) continue;
      const rest = ctx.doc.text.slice(v.start, s.end);
      if (/^[^"“”]*["“”]/.test(rest) && (rest.match(/["“”]/g)?.length ?? 0) % 2 === 1) continue;
      const phrase = clauseEnd(rest).replace(/\s+(?:and|or|but|as|than)$/, "");
      const n = words(phrase);
      if (n < 2 || n > 13 || /\b(I|me|my|we|our|you|your)\b/.test(phrase)) continue;
      out.push({ s, text: `To ${phrase}` });
    }
  }
  return out;
}

/** "Hospitals have …" → "hospitals have …", "Wales has …" stays. */
const sentenceCase = (ctx: Ctx, tokenIndex: number, text: string) => (keepsCapital(ctx, tokenIndex) ? text : text[0]!.toLowerCase() + text.slice(1));

/**
 * Statements of the article recast as reasons, for distractors: a sentence's opening clause when it
 * is a whole clause — a subject (determiner, noun, name, number or a third-person pronoun first) and
 * a verb — of 4–18 words, and the sentence is the writer's, not someone's words.
 */
export function mainClauses(ctx: Ctx): { s: Sentence; text: string }[] {
  const out: { s: Sentence; text: string }[] = [];
  for (const s of ctx.doc.sentences) {
    if (s.broken || s.quoted || s.speech || words(s.text) > 45 || /\b(I|me|my|we|our|you)\b/.test(s.text) || /[?:]$/.test(s.text)) continue;
    if (/^(This|That|These|Those|It|But|And|Or|So|Yet|Such|Then|There|Here|Also|However|Meanwhile|Instead)\b/.test(s.text)) continue;
    const toks = ctx.doc.tokens.slice(s.first, s.last + 1);
    const stop = toks.findIndex((t) => /^[,;:–—.!?]$/.test(t.text));
    const clause = toks.slice(0, stop < 0 ? toks.length : stop);
    if (clause.length < 4 || clause.length > 18 || !/^(DET|NOUN|PROPN|NUM|ADJ|PRON)$/.test(clause[0]!.pos)) continue;
    if (clause[0]!.pos === "PRON" && !/^(he|she|they)$/.test(clause[0]!.lower)) continue;
    const vi = clause.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
    if (vi < 1 || clause.slice(0, vi).some((t) => t.pos === "ADP" && t.lower !== "of" || /^(what|which|who|that|whose)$/.test(t.lower))) continue;
    // A finite verb after its subject: "the electrically powered vehicle" is a noun phrase, not a clause.
    if (clause[vi]!.pos === "VERB" && !/^(NOUN|PROPN|PRON|NUM)$/.test(clause[vi - 1]!.pos) || vi === clause.length - 1 && clause[vi]!.pos === "VERB" && clause[vi]!.lower === clause[vi]!.lemma) continue;
    // A clause cut at its comma mid-way ("the report established this but the police") is no statement.
    if (clause.slice(-4).some((t) => /^(but|and|or|while|as|than)$/.test(t.lower)) || /^(ADP|DET|CCONJ|SCONJ)$/.test(clause.at(-1)!.pos)) continue;
    out.push({ s, text: sentenceCase(ctx, s.first, ctx.doc.text.slice(clause[0]!.start, clause.at(-1)!.end)) });
  }
  return out;
}

const stem5 = (w: string) => w.slice(0, 5);
const sharesWord = (a: string, b: string) => { const x = new Set(contentWords(b).map(stem5)); return contentWords(a).some((w) => x.has(stem5(w))); };
const LATER = /\b(after|afterwards|later|then|since|following|subsequently|until)\b/i;
/**
 * Whether a statement reads as a possible reason: not someone's act by pronoun ("he would not give
 * a reason", "none found a buyer": whose?), not who something is ("the engineer is one of dozens").
 */
const asReasonable = (text: string) =>
  !/^(he|she|they|none|nobody|no one|some|many|most)\b/i.test(text) && !/\b(is|are|was|were)\s+(?:one of|a|an|the|his|her|their|its)\b/i.test(text);

/**
 * The article's statements recast as purposes, for distractors when it has few infinitives of its
 * own: "BA has cut 7,000 jobs" → "To cut 7,000 jobs". Only an action verb after a plain subject
 * (no "be", no "say"), 3–12 words kept.
 */
export function recastAsPurposes(ctx: Ctx, clauses: { s: Sentence; text: string }[]): { s: Sentence; text: string }[] {
  const out: { s: Sentence; text: string }[] = [];
  for (const x of clauses) {
    const toks = ctx.doc.tokens.slice(x.s.first, x.s.last + 1).filter((t) => t.end <= x.s.start + x.text.length);
    const vi = toks.findIndex((t) => t.pos === "VERB");
    const v = toks[vi];
    if (!v || vi < 1 || toks.slice(0, vi).some((t) => t.pos === "VERB") || !v.lemma || /^(be|say|tell|add|seem|appear|become|remain|mean|close|open|rise|fall|stand|include|cost|total|reach|bear)$/.test(v.lemma)) continue;
    // Only after its subject or an auxiliary ("has cut", "will open"), never a participle in the
    // subject, and never a passive ("was accused" is no action of the subject's).
    const before = toks[vi - 1]!;
    if (before.pos === "AUX" ? /^(is|are|was|were|be|been|being|am)$/.test(before.lower) : !/^(NOUN|PROPN|PRON)$/.test(before.pos)) continue;
    const rest = toks.slice(vi + 1);
    if (/\b(he|she|him|her|his|they|them|their|it|its)\b/i.test(joined(rest))) continue;
    const text = `To ${v.lemma}${rest.length ? " " + joined(rest) : ""}`;
    const n = words(text);
    if (n >= 4 && n <= 13) out.push({ s: x.s, text });
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
    let q = invert(c.effect, c.effectTokens, (t) => keepsCapital(ctx, ctx.doc.tokens.indexOf(t)));
    // No plain question from the effect's words ("reports of rising incomes"): no question.
    if (!q) continue;
    if (c.subject) q = q.replace(/^(\S+) (?:he|she)\b/, `$1 ${c.subject}`);
    // "According to Thut, why did Thut …": a person's own reasons are the article's account of them.
    const prompt = c.speaker && c.speaker !== c.subject && !q.includes(c.speaker) ? TEMPLATES.whyAccording(c.speaker, q) : TEMPLATES.why(q);
    const key = asReason(c);
    const far = (x: { s: Sentence; text: string }) => Math.abs(x.s.index - s.index) > 1 && overlap(x.text, c.cause) < 0.4 && overlap(x.text, c.effect) < 0.5;
    const pool = c.shape === "purpose"
      // A purpose against the article's other purposes and infinitive phrases: "To …" every one.
      ? [...new Set([...causes.filter((o) => o.shape === "purpose" && o.sentence !== c.sentence).map(asReason), ...[...infinitives(ctx), ...recastAsPurposes(ctx, clauses)].filter((x) => far(x) && overlap(x.text, c.cause) < 0.25).map((x) => x.text)])]
      : [
        ...causes.filter((o) => o !== c && o.sentence !== c.sentence && o.shape !== "purpose").map(asReason),
        // Statements recast as reasons: ones the article gives before the effect first (a reason
        // comes before what it explains), never one that dates itself after something ("the meeting
        // was held four days after the disaster" is no reason for the disaster's events).
        // …and one that names nothing the effect names: "attendance dropped by 100,000" would restate
        // "declines in attendance" as its own reason.
        ...clauses.filter((x) => far(x) && !LATER.test(x.text) && asReasonable(x.text) && !sharesWord(x.text, c.effect)).sort((a, b) => Number(a.s.index > s.index) - Number(b.s.index > s.index)).map((x) => `Because ${x.text}`),
      ];
    const ds = pickBalanced(key, pool, 3);
    if (ds.length < 3) continue;
    out.push(singleChoice({
      prompt, key, distractors: ds, seed: s.text, evidence: [s],
      explanation: explain([s], c.shape === "purpose"
        ? `The purpose ${c.speaker ? `${c.speaker} gives` : "the article gives"} is to ${c.cause}.`
        : `The reason ${c.speaker ? `${c.speaker} gives` : "the article gives"} is ${c.shape === "np" ? "" : "that "}${lowerStart(c.cause)}.`),
      skill: "cause-effect", difficulty: 2, score: SCORES.cause + 0.2, facts: [`cause:${c.sentence}`],
    }));
  }
  return out;
}

export const family: Family = { name: "cause-effect", cap: 0.2, min: 1, build };
