/**
 * Questions in the reader's own words instead of a gap: the phrase that holds the answer
 * ("in 1998", "in Geneva") is taken out of the sentence's main clause and the clause is turned
 * into a question ("In which year was the company founded?", "Where did the talks take place?").
 * A student must understand the question to find the sentence; a gap-fill is matched by copying.
 * Only plain clauses qualify: subject first (after at most a short opening adjunct), a finite verb,
 * no quotation, no pronoun subject, the answer's phrase inside the main clause.
 */
import type { Sentence } from "../sentences";
import type { Token } from "../nlp";
import { invert, joined } from "../causes";
import { keepsCapital, personBefore } from "./reference";
import type { Ctx } from "./construct";

const BOUNDARY = /^[,;:–—()]$/;


/**
 * The main clause with tokens [first, last] (the answer's phrase, preposition included) taken out,
 * as a question after `wh` ("In which year", "Where"). Undefined when the sentence is no plain clause.
 */
export function askWithout(ctx: Ctx, s: Sentence, first: number, last: number, wh: string): string | undefined {
  const c = clauseWithout(ctx, s, first, last);
  const q = c && inverted(ctx, c);
  return q && `${wh} ${q}?`;
}

/**
 * The same clause as an embedded question, in statement order: "in which year the company was
 * founded", for "Select the sentence that tells …". Only where the direct question can be asked too.
 */
export function embeddedWithout(ctx: Ctx, s: Sentence, first: number, last: number, wh: string): string | undefined {
  const c = clauseWithout(ctx, s, first, last);
  if (!c || !inverted(ctx, c)) return undefined;
  const text = joined(c.toks);
  const head = c.who ? text.replace(/^(he|she)\b/i, c.who) : keepsCapital(ctx, ctx.doc.tokens.indexOf(c.toks[0]!)) ? text : text[0]!.toLowerCase() + text.slice(1);
  return `${wh[0]!.toLowerCase()}${wh.slice(1)} ${head}`;
}

/** The clause inverted ("was the company founded"), its "he"/"she" named; undefined when it has no simple shape. */
function inverted(ctx: Ctx, c: { toks: Token[]; who?: string }): string | undefined {
  const q = invert(joined(c.toks), c.toks, (x) => keepsCapital(ctx, ctx.doc.tokens.indexOf(x)));
  if (!q || q.split(/\s+/).length < 3) return undefined;
  return c.who ? q.replace(/^(\S+) (?:he|she)\b/, `$1 ${c.who}`) : q;
}

/** The main clause's tokens without [first, last], and who a "he"/"she" subject is. */
function clauseWithout(ctx: Ctx, s: Sentence, first: number, last: number): { toks: Token[]; who?: string } | undefined {
  if (s.quoted || s.speech || s.broken || s.text.includes('"') || /[?!]$/.test(s.text)) return undefined;
  const t = ctx.doc.tokens;
  let start = s.first;
  // A short opening adjunct ("In 2013, …", "Last week, …") is dropped; if it holds the answer, the
  // whole adjunct is the answer's phrase.
  for (let k = s.first; k <= s.first + 6 && k <= s.last; k++) {
    if (t[k]!.text !== ",") continue;
    if (first >= s.first && last < k) { first = s.first; last = k; }
    start = k + 1;
    break;
  }
  if (first < start && last !== start - 1) return undefined;
  let end = start;
  while (end <= s.last && !BOUNDARY.test(t[end]!.text) && !/^[.]$/.test(t[end]!.text) || end >= first && end <= last) {
    // "… and the couple divorced": a second clause is not part of the question.
    if (end > start + 1 && /^(and|but|or)$/.test(t[end]!.lower) && t.slice(end + 1, end + 5).some((x) => x.pos === "VERB" || x.pos === "AUX") && /^(DET|PROPN|NOUN|PRON)$/.test(t[end + 1]?.pos ?? "")) break;
    end++;
  }
  if (first >= start && last >= end) return undefined;
  // Nothing may break the clause before the answer's phrase, and the phrase must belong to the main
  // verb: after "until she became leader" or "the bombing since …" a year dates another event.
  // "suffer from a fresh scandal in July 2015": a phrase right after a noun that "a"/"an" just
  // introduced dates or places that thing, not the verb.
  const prev = t[first - 1];
  if (first > start && prev?.pos === "NOUN" && t.slice(Math.max(start, first - 4), first - 1).some((x) => /^(a|an)$/.test(x.lower))) return undefined;
  // "The Achtung Baby album in 1991 was followed by Zooropa": a phrase before the main verb sits in
  // the subject and dates or places the thing it follows, not the event.
  const verbAt = t.slice(start, end).findIndex((x, k) => (x.pos === "VERB" || x.pos === "AUX") && (start + k < first || start + k > last));
  if (first > start && verbAt >= 0 && first < start + verbAt) return undefined;
  const before = t.slice(start, first);
  if (before.some((x) => BOUNDARY.test(x.text) || x.pos === "SCONJ" || /^(until|before|after|since|when|while|as|because|if|who|which|that|whose|following)$/.test(x.lower))) return undefined;
  // A clause that runs on after a comma ("…, and then …") is cut there: the question keeps its main clause only.
  const toks = [...t.slice(start, Math.min(first, end)), ...t.slice(last + 1, end)].filter((x) => x.text !== ".");
  if (toks.length < 3 || toks.length > 24) return undefined;
  const head = toks[0]!;
  // "She now lives in Birmingham": "she" is named when only one person is in reach (personBefore).
  const who = /^(he|she)$/i.test(head.text) ? personBefore(ctx, head.start) : undefined;
  if (!who && (head.pos === "PRON" || /^(this|that|these|those|it|there|such)$/i.test(head.text) || !/^(DET|NOUN|PROPN|ADJ|NUM)$/.test(head.pos))) return undefined;
  // A subject of a few words, no number or adverb inside ("HMRC estimates around £32bn …" is no subject).
  const vi = toks.findIndex((x) => x.pos === "VERB" || x.pos === "AUX");
  // …nor a hyphenated compound ("the San Francisco-based court"), which the tagger splits into a verb.
  if (vi < 1 || vi > 7 || toks.slice(1, vi + 1).some((x) => /^(NUM|SYM|ADV)$/.test(x.pos) || x.text === "-")) return undefined;
  // "The test run … occurred": a bare verb before a finite one is a noun the tagger misread.
  if (toks[vi]!.lower === toks[vi]!.lemma && toks.slice(vi + 1).some((x) => x.pos === "VERB" && /ed$/.test(x.lower) || x.pos === "AUX")) return undefined;
  if (/\b(he|she|him|her|his|they|them|their)\b/i.test(joined(toks)) && !who) return undefined;
  return { toks, ...(who ? { who } : {}) };
}

/** The preposition before a year or place that makes it the answer's phrase, and its question word. */
export const YEAR_PREPS: Record<string, string> = { in: "In which year", by: "By which year", since: "Since which year", until: "Until which year" };
