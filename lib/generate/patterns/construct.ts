/**
 * Shared constructors for every question family: the candidate shape, gap-fills, option lists,
 * explanations quoting the evidence, and the sentence tests families agree on.
 */
import type { QuestionInput, Skill } from "../../quiz/schema";
import type { Entities } from "../entities";
import type { Relations } from "../relations";
import { BACK_REFERENCE, STOPWORDS } from "../lang/en";
import type { Doc, Sentence } from "../sentences";
import type { Entity, Mention } from "../entities";
import { REPORTING_VERBS } from "../lexicon";
import { poolOf, shuffle } from "../distractors";

export type Body = QuestionInput extends infer Q ? (Q extends unknown ? Omit<Q, "id"> : never) : never;

export type Candidate = {
  body: Body;
  score: number;
  /** Evidence sentence indices; a sentence feeds one question only. */
  sentences: number[];
  /** Extra fact keys that must not repeat across questions ("speaker:3", "entity:5"). */
  facts: string[];
  /** The key as text, for the automatic checks. */
  key: string[];
  /** Distractors as text, for the automatic checks. */
  distractors: string[];
  /** Which builder made it; the ranker spreads picks across families. */
  family?: string;
  /** Sentences this question uses up, when not all of `sentences` (a matching only uses the descriptions). */
  blocks?: number[];
  /** Sentences shown whole as options (a central idea's details): no other question may ask about them. */
  shows?: number[];
  /** Sentences shown altered, as false options ("which statement is true"): no other question may use them. */
  alters?: number[];
};

export const BLANK = "_____";
export const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
export const OPTION_IDS = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
export const PRONOUN_START = /^"?(He|She|It|They|This|That|These|Those|But|And|Or|So|Yet|His|Her|Their|Its|We|I|You|Such|Then|There)\b/;

export const spanOf = (s: Sentence) => ({ start: s.start, end: s.end });
export const quoteOf = (s: Sentence) => `"${s.text.replace(/^"/, "").replace(/"$/, "")}"`;

/** The sentence with [start, end) replaced by a blank, shortened around it to at most ~32 words. */
export function blankOut(doc: Doc, s: Sentence, start: number, end: number, blank = BLANK): string {
  let before = doc.text.slice(s.start, start);
  let after = doc.text.slice(end, s.end);
  const trimLeft = (x: string) => {
    if (words(x) <= 16) return x;
    const parts = x.split(/(?<=[,;:–—])\s+/);
    while (parts.length > 1 && words(parts.join(" ")) > 16) parts.shift();
    const joined = parts.join(" ");
    return words(joined) > 18 ? "…" + joined.split(/\s+/).slice(-14).join(" ") : "…" + joined;
  };
  const trimRight = (x: string) => {
    if (words(x) <= 18) return x;
    // Cut at the last clause boundary within ~18 words, so the gap keeps enough context.
    const ws = x.split(/\s+/);
    let cut = -1;
    for (let i = 5; i < Math.min(ws.length, 18); i++) if (/[,;:]$/.test(ws[i]!) || /^[–—]$/.test(ws[i + 1] ?? "")) cut = i;
    const head = cut >= 0 ? ws.slice(0, cut + 1).join(" ").replace(/[,;:]$/, "") : ws.slice(0, 16).join(" ");
    return head + "…";
  };
  // A sentence of normal length is shown whole; only long ones are cut around the gap.
  // Cutting inside a quotation would leave a stray quote mark or merge speech into narration.
  if (words(s.text) > 34 && !s.text.includes('"')) {
    before = trimLeft(before);
    after = trimRight(after);
  }
  // Speech inside the quoted sentence keeps its marks, as single quotes.
  const out = `${before}${blank}${after}`.replace(/"/g, "'");
  return `"${out}"`;
}

export const explain = (s: Sentence[], tail: string) =>
  `The article says: ${s.map((x) => quoteOf(x)).join(" ")} ${tail}`.slice(0, 1990);

export function options(key: string, distractors: string[], seed: string) {
  const all = shuffle([key, ...distractors], seed);
  const opts = all.map((text, i) => ({ id: OPTION_IDS[i]!, text }));
  return { options: opts, answer: opts.find((o) => o.text === key)!.id };
}

/**
 * The text before a name put in another's place, its "a"/"an" made to fit the new name: "is also
 * an Camden County district" was shown after a swap. Vowel letters stand for vowel sounds, except
 * the "you" and "won" sounds ("a Unilever plant", "a One Direction fan").
 */
export function beforeName(before: string, name: string): string {
  const m = /\b(a|an|A|An) $/.exec(before);
  if (!m) return before;
  const vowel = /^[AEIOUaeiou]/.test(name) && !/^(?:Uni|Use|Usa|Eu|One|Once|Ute)/i.test(name);
  const article = vowel ? "an" : "a";
  return before.slice(0, m.index) + (/^A/.test(m[1]!) ? article[0]!.toUpperCase() + article.slice(1) : article) + " ";
}

/**
 * A sentence's opening lowered to run on inside a stem ("why chemical biologists used …"): a
 * determiner or pronoun always; another word when the article also writes it in lower case (so
 * never a name: "why Kenyan farmers sold …").
 */
export function lowerStart(text: string, article = ""): string {
  if (/^(The|A|An|Many|Some|Most|More|Its|Their|His|Her|This|These|Those|It|They|There)\b/.test(text)) return text[0]!.toLowerCase() + text.slice(1);
  const first = /^\p{Lu}\p{Ll}+\b/u.exec(text)?.[0];
  if (first && new RegExp(`(?<![\\p{L}])${first.toLowerCase()}(?![\\p{L}])`, "u").test(article)) return first.toLowerCase() + text.slice(first.length);
  return text;
}

export const okSentence = (s: Sentence | undefined, max = 48) => !!s && !s.broken && words(s.text) >= 6 && words(s.text) <= max;
export const lowerFirst = (s: string) => (/^(The|A|An|His|Her|Their|Its)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
export const KIND_NOUN = { place: "places", person: "people", org: "organisations", other: "names" } as const;
export const standalone = (s: Sentence) =>
  okSentence(s, 32) && !s.quoted && !s.text.includes('"') && !PRONOUN_START.test(s.text) && !BACK_REFERENCE.test(s.text) &&
  // An aside in brackets, or a sentence that adds "also" to one before it, needs that one.
  !/^\(/.test(s.text) && !/\balso\b/i.test(s.text) &&
  !/\b(I|we|my|our|you|he|she|him|her|his|they|them|their|it|its)\b/i.test(s.text);
/**
 * Who else could have said it: the article's other people (or organisations) of the key's kind,
 * its speakers first, none named in the words shown, a full name for a full name.
 */
export function otherSpeakers(ctx: Ctx, key: Entity, kind: "person" | "org", speakers: Set<number>, shown: string): string[] {
  return poolOf(ctx.ents, kind)
    .filter((o) => o.id !== key.id && !o.forms.some((f) => shown.includes(f)))
    .sort((a, b) => Number(speakers.has(b.id)) - Number(speakers.has(a.id)) || b.mentions.length - a.mentions.length)
    .filter((o) => kind === "org" || o.name.includes(" ") === key.name.includes(" ") || o.name.includes(" "))
    .map((o) => o.name);
}

export const roleFacts = (ctx: Ctx, person: number, sentences: number[]) =>
  ctx.rel.roles.some((r) => r.person.id === person && sentences.includes(r.sentence)) ? [`role:${person}`] : [];

export const nearQuote = (doc: Doc, m: Mention) => {
  const t = doc.tokens;
  const before = t[m.first - 1]?.lower ?? "";
  const after = t[m.last + 1]?.lower ?? "";
  return (REPORTING_VERBS.has(after) || REPORTING_VERBS.has(before)) && doc.sentences[m.sentence]!.text.includes('"');
};


/** What every family sees: the analysed article and what earlier stages found in it. */
export type Ctx = {
  doc: Doc;
  ents: Entities;
  rel: Relations;
  /** Names that take up a large share of all mentions: the article's topic, not worth a gap. */
  topic: Set<number>;
  years: number[];
  /** Centrality of each sentence (TextRank over sentence similarity), 0..1, by sentence index. */
  centrality: number[];
  /** The article's headline, when it has one: what the writer says the article is about. */
  headline?: string;
};

/**
 * A question family: one file under patterns/, registered in patterns/index.ts. `cap` is the
 * largest share of a quiz it may fill (at least `min` questions); `build` over-generates candidates.
 */
export type Family = { name: string; cap: number; min: number; build: (ctx: Ctx) => Candidate[] };

/** A single-choice candidate: options shuffled by a seed, the key's id found. */
export function singleChoice(a: {
  prompt: string; key: string; distractors: string[]; seed: string; evidence: Sentence[]; explanation: string;
  skill: Skill; difficulty: 1 | 2 | 3; score: number; facts: string[]; family?: string;
}): Candidate {
  const { options: opts, answer } = options(a.key, a.distractors, a.seed);
  return {
    body: { type: "single", prompt: a.prompt, options: opts, answer, explanation: a.explanation.slice(0, 1990), evidence: a.evidence.map(spanOf), skill: a.skill, difficulty: a.difficulty },
    score: a.score,
    sentences: a.evidence.map((s) => s.index),
    facts: a.facts,
    key: [a.key],
    distractors: a.distractors,
    ...(a.family ? { family: a.family } : {}),
  };
}

/** A true/false candidate on one statement checked against its evidence. */
export function trueFalse(a: { statement: string; truth: boolean; evidence: Sentence[]; explanation: string; skill: Skill; score: number; facts: string[] }): Candidate {
  return {
    body: { type: "truefalse", prompt: `True or false? ${a.statement}`, answer: a.truth, explanation: a.explanation.slice(0, 1990), evidence: a.evidence.map(spanOf), skill: a.skill, difficulty: 1 },
    score: a.score,
    family: "truefalse",
    sentences: a.evidence.map((s) => s.index),
    facts: a.facts,
    key: [String(a.truth)],
    distractors: [],
  };
}

/** Content words of a text, lowercased, for overlap and similarity. */
const contentCache = new Map<string, string[]>();
export function contentWords(text: string): string[] {
  let v = contentCache.get(text);
  if (!v) {
    // Sentences are compared pairwise (centrality, overlap): tokenise each once.
    if (contentCache.size > 20_000) contentCache.clear();
    v = (text.toLowerCase().match(/[\p{L}][\p{L}'-]*/gu) ?? []).filter((w) => w.length > 2 && !STOPWORDS.has(w));
    contentCache.set(text, v);
  }
  return v;
}
