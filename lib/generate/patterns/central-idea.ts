/**
 * Central idea of the article and of a paragraph. The key is the sentence that carries the text:
 * for the article, the most central sentence of the opening paragraphs (news puts its point in the
 * lead), for a paragraph its most central sentence; distractors are true but narrower details from
 * other parts of the article, of similar length, so the question tests what the text is about
 * rather than what it says.
 */
import type { Sentence } from "../sentences";
import { BACK_REFERENCE, TEMPLATES } from "../lang/en";
import { SCORES } from "../scores";
import { analyse } from "../nlp";
import { contentWords, explain, singleChoice, words, type Candidate, type Ctx, type Family } from "./construct";

// Openings that lean on the sentence before: a pronoun or a discourse connective.
const LEAD = /^"?(He|She|It|They|This|That|These|Those|But|And|Or|So|Yet|His|Her|Their|Its|We|I|You|Such|Then|There|Here|Also|However|Meanwhile|Instead|Consequently|Therefore|Thus|Hence|Moreover|Furthermore|Nevertheless|Similarly|Likewise|Still|In contrast|By contrast|As a result|In the fight against (?:it|them))\b/;

/** A sentence that can stand as an option on its own: intact, not speech, no pointing back. */
// "Early on Saturday morning, he reached …": a pronoun subject after an opening adverbial leans back too.
const LEAD_AFTER_ADVERBIAL = /^[^,]{1,40}, (?:he|she|it|they|we|his|her|their)\b/;

export const statementLike = (s: Sentence | undefined, maxWords = 36): s is Sentence =>
  !!s && !s.broken && !s.quoted && !s.speech && !LEAD.test(s.text) && !LEAD_AFTER_ADVERBIAL.test(s.text) && !BACK_REFERENCE.test(s.text) && words(s.text) >= 8 && words(s.text) <= maxWords &&
  !/\b(I|me|my|we|our|you)\b/.test(s.text) && !/[?:]$/.test(s.text);

/** Share of `a`'s content words found in `b`. */
const setCache = new Map<string, Set<string>>();
const wordSet = (s: string) => {
  let v = setCache.get(s);
  if (!v) {
    if (setCache.size > 20_000) setCache.clear();
    setCache.set(s, (v = new Set(contentWords(s))));
  }
  return v;
};

export function overlap(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (!x.size) return 0;
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / x.size;
}

const asStatement = (s: Sentence) => s.text.replace(/\s+/g, " ").trim();

/**
 * The point of a sentence without its trimmings, so the key tests understanding rather than
 * recognising a sentence quoted whole: no trailing attribution ("…, officials said."), no aside in
 * brackets or between dashes, no opening time or place adverbial ("On Monday, …").
 */
export function compress(text: string): string {
  const out = text
    .replace(/\s+/g, " ")
    .replace(/\s*\([^()]*\)/g, "")
    .replace(/\s+[–—]\s+[^–—]+\s+[–—]\s+/g, " ")
    .replace(/,\s*(?:according to [^,]+|(?:he|she|they|[\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+)*|(?:the |a )?[a-z]+(?: [a-z]+)?) (?:said|says|told [^,.]+|announced|reported|added))\.$/u, ".")
    .replace(/^(?:On|In|At|Last|This|Earlier|Late|Early) [^,]{1,30}, (?=\p{Ll})/u, "")
    .trim();
  // Trimming may leave a lower-case start or a sentence too short to say anything.
  const fixed = shorten(out[0]!.toUpperCase() + out.slice(1));
  return words(fixed) >= 8 ? fixed : asStatement({ text } as Sentence);
}

/** Whether a clause has a finite verb: an auxiliary, or a verb after its subject ("repeated failures" is a modifier). */
const hasVerb = (text: string) => analyse(text).tokens.some((t, i, all) => t.pos === "AUX" || (t.pos === "VERB" && /^(NOUN|PROPN|PRON|NUM|ADV)$/.test(all[i - 1]?.pos ?? "")));

/** A long lead cut before its last trailing clause (", forcing …", " after …") that leaves 12–36 words. */
function shorten(text: string): string {
  if (words(text) <= 36) return text;
  const cuts = [...text.matchAll(/,\s+(?:\p{Ll}+ing|which|while|as|and)\b|\s+(?:after|because|when|as)\s+/gu)].map((m) => m.index);
  // The part kept must still have its verb ("… the naked body of Richard III in the hours" lost it to "after his death have been revealed").
  // …and must not stop inside an aside: the words after its last comma need a verb of their own
  // ("… most electronic cigarettes, increasingly popular" stopped inside one).
  const cut = cuts.filter((i) => {
    const kept = text.slice(0, i).replace(/[,;:]$/, "");
    const n = words(kept);
    return n >= 12 && n <= 36 && hasVerb(kept) && (!kept.includes(",") || hasVerb(kept.slice(kept.lastIndexOf(",") + 1)));
  }).at(-1);
  return cut === undefined ? text : `${text.slice(0, cut).replace(/[,;:]$/, "")}.`;
}

/** The least centrality (0..1, TextRank) at which the article's key is trusted. */
const CENTRAL_KEY = 0.6;

/** Share of the headline's content words (by their first five letters) that a sentence uses; 0 without a headline. */
export function headlineShare(ctx: Ctx, text: string): number {
  if (!ctx.headline) return 0;
  const stem = (w: string) => w.slice(0, 5);
  const head = [...new Set(contentWords(ctx.headline).map(stem))];
  if (!head.length) return 0;
  const mine = new Set(contentWords(text).map(stem));
  return head.filter((w) => mine.has(w)).length / head.length;
}

/** The longest opening sentence that may still be the article's key. */
const LONG_LEAD = 60;

/** Sentences too central to be a "narrower detail": a reader could defend them as the point. */
const CENTRAL_ENOUGH = 0.55;

/** Sentences that carry an enumeration, a list, a scale, a name or who someone is: other questions need them, and an option showing one would give it away. */
function askedSentences(ctx: Ctx): Set<number> {
  const out = new Set<number>();
  for (const en of ctx.rel.enumerations) { out.add(en.announce); for (const it of en.items) for (const i of it) out.add(i); }
  for (const r of [...ctx.rel.roles, ...ctx.rel.namings, ...ctx.rel.lists, ...ctx.rel.scales]) out.add(r.sentence);
  return out;
}

/** A note on the writer ("X is technology correspondent for …"): no statement of the article's content. */
const BYLINE = /^[^,]{3,60} (?:is|was) (?:a |an |the )?(?:[\w-]+ ){0,3}(?:correspondent|editor|reporter|columnist|writer|presenter)\b|^[^,]{3,60} (?:works|writes) for\b/;

/** Details: sentences from other paragraphs, least central first, close to the key's length, none restating it. */
function details(ctx: Ctx, key: Sentence, avoidParas: Set<number>, n: number, allowed: (s: Sentence) => boolean = () => true): Sentence[] {
  const kw = words(compress(key.text));
  const asked = askedSentences(ctx);
  return ctx.doc.sentences
    .filter((s) => statementLike(s) && allowed(s) && s.index !== key.index && !avoidParas.has(s.para) && !asked.has(s.index) && ctx.centrality[s.index]! < CENTRAL_ENOUGH && !BYLINE.test(s.text))
    .filter((s) => { const r = words(s.text) / kw; return r >= 0.55 && r <= 1.8; })
    .filter((s) => overlap(s.text, key.text) < 0.4 && overlap(key.text, s.text) < 0.4)
    // Sentences without numbers first: numbers are what other questions ask about.
    .sort((a, b) => Number(/\d/.test(a.text)) - Number(/\d/.test(b.text)) || ctx.centrality[a.index]! - ctx.centrality[b.index]! || a.index - b.index)
    // Spread over the article: one per paragraph.
    .filter((s, i, all) => all.findIndex((o) => o.para === s.para) === i)
    .slice(0, n);
}

/**
 * A paragraph's main point, or undefined when it has none a teacher would defend: the sentence
 * that is most central by the article's TextRank among the paragraph's sentences must also be the
 * one the rest of the paragraph resembles most, open or close the paragraph,
 * and stand as a statement.
 */
export function paragraphPoint(ctx: Ctx, p: number): Sentence | undefined {
  const ss = ctx.doc.sentences.filter((s) => s.para === p);
  if (ss.length < 3 || ss.some((s) => s.broken)) return undefined;
  const byRank = ss.slice().sort((a, b) => ctx.centrality[b.index]! - ctx.centrality[a.index]! || a.index - b.index)[0]!;
  const support = (s: Sentence) => ss.reduce((a, o) => a + (o === s ? 0 : overlap(o.text, s.text)), 0);
  const bySupport = ss.slice().sort((a, b) => support(b) - support(a) || a.index - b.index)[0]!;
  if (byRank !== bySupport || !statementLike(byRank) || support(byRank) < 0.5) return undefined;
  // A paragraph states its point first or sums it up last: a detail mid-paragraph ("The parent or
  // guardian will be responsible for the Bonds") is no point a teacher would defend.
  const at = ss.indexOf(byRank);
  if (at !== 0 && at !== ss.length - 1) return undefined;
  return byRank;
}

/** Option sets per question: the ranker takes the one whose details no better question needs. */
const VARIANTS = 3;

function centralQuestions(ctx: Ctx, key: Sentence, a: { prompt: string; why: string; difficulty: 2 | 3; score: number; fact: string }): Candidate[] {
  // Distractors never come from the opening paragraph either: news states its point there.
  // …nor one that tells the headline more than the key does: a reader could defend it as the point.
  const keyTold = headlineShare(ctx, key.text);
  const pool = details(ctx, key, new Set([key.para, 0]), 3 * VARIANTS, (s) => !ctx.headline || headlineShare(ctx, s.text) <= keyTold);
  const out: Candidate[] = [];
  const keyText = compress(key.text);
  for (let v = 0; v + 3 <= pool.length; v += 3) {
    const ds = pool.slice(v, v + 3);
    // The key must not be the one long option: a set whose longest detail is far shorter gives it away.
    if (keyText.length > 1.4 * Math.max(...ds.map((d) => asStatement(d).length))) continue;
    out.push({
      ...singleChoice({
        prompt: a.prompt,
        key: keyText,
        distractors: ds.map(asStatement),
        seed: key.text + a.fact,
        evidence: [key],
        explanation: explain([key], a.why),
        skill: "main-idea",
        difficulty: a.difficulty,
        // The least central details make the clearest contrast: later sets rank a little lower.
        score: a.score - 0.01 * (v / 3),
        facts: [a.fact],
        family: "central-idea",
      }),
      shows: ds.map((d) => d.index),
    });
  }
  return out;
}

function build(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const { doc } = ctx;
  if (doc.sentences.length < 6) return out;
  // The article: the most central sentence of the opening quarter. Features and simplified texts
  // open with a scene or a hook: the first paragraph gets a bonus only when it is also central.
  const reach = Math.max(3, Math.ceil(doc.paragraphs.length / 4));
  // News leads run long (50 words is common): the opening paragraph's sentences may.
  const lead = doc.sentences.filter((s) => s.para < reach && statementLike(s, s.para === 0 ? LONG_LEAD : 36) && words(s.text) >= 12);
  const bonus = (s: Sentence) => (s.para === 0 && ctx.centrality[s.index]! >= 0.5 ? 0.25 : 0) - 0.03 * s.para;
  // With a headline, the point is what it names: a lead that shares none of its words sets a scene.
  // The headline only vetoes: the best-ranked lead sentence that uses one of its words.
  const told = (s: Sentence) => headlineShare(ctx, s.text);
  const fit = (s: Sentence) => ctx.centrality[s.index]! + bonus(s);
  const key = lead.sort((a, b) => fit(b) - fit(a) || a.index - b.index).find((s) => !ctx.headline || told(s) > 0);
  // A key TextRank does not rank among the article's central sentences is a hook or a scene, not
  // the point: no article question then (features open that way; a wrong key is worse than none).
  if (key && ctx.centrality[key.index]! >= CENTRAL_KEY) out.push(...centralQuestions(ctx, key, {
    prompt: TEMPLATES.centralArticle, difficulty: 2, score: SCORES.centralArticle, fact: "central:article",
    why: "The rest of the article develops this; the other statements are details from single paragraphs.",
  }));
  doc.paragraphs.forEach((_, p) => {
    const point = paragraphPoint(ctx, p);
    if (point && point.index !== key?.index) out.push(...centralQuestions(ctx, point, {
      prompt: TEMPLATES.centralParagraph(p + 1), difficulty: 3, score: SCORES.centralParagraph, fact: `central:para:${p}`,
      why: `The rest of paragraph ${p + 1} develops this point; the other statements come from other paragraphs.`,
    }));
  });
  return out;
}

export const family: Family = { name: "central-idea", cap: 0.2, min: 1, build };
