/**
 * Key figures read the other way round: "According to the article, what does the figure 6,000 refer
 * to?", the key what the article counts by that number ("French citizens who live in Mali"), the
 * distractors what it counts by its other numbers. Only counts of things: a measure ("130 miles")
 * names no thing, and a unit against a thing is not one form. The candidate carries number.ts's fact
 * key for the value, so one number is never asked both ways.
 */
import { MEASURES, MONTHS, NOT_COUNTED, PERSON_NOUNS, SAME_PLURALS, TEMPLATES, VAGUE_COUNTED } from "../lang/en";
import { parseNumber, type Quantity } from "../entities";
import type { Token } from "../nlp";
import type { Sentence } from "../sentences";
import { MINOR_CENTRALITY } from "../critic";
import { senses } from "../wordnet";
import { SCORES } from "../scores";
import { contentWords, explain, okSentence, singleChoice, type Candidate, type Ctx, type Family } from "./construct";

/** What one number counts, in the article's words. */
export type Counted = {
  q: Quantity;
  /** The noun phrase, with its qualifier when the article gives one ("troops sent to Mali"). */
  text: string;
  /**
   * Shorter wordings from the same words, to match the other options: the noun phrase without its
   * qualifier ("documents"), and without the names in front of it ("ground troops" of "French ground troops").
   */
  shorter: string[];
  /** Lemma of the counted noun ("troop"): two options never count the same noun. */
  head: string;
  /** WordNet lexicographer file of the head (noun.person 18, noun.animal 5 …), -1 when unknown. */
  cls: number;
  person: boolean;
  /** Counted by a word ("thousands of claims") or beside others ("20 other categories"): a wrong option, never a key. */
  rough?: boolean;
};

const PERSON_FILE = 18;
const QUANTITY_FILE = 23;
const ANIMAL_FILE = 5;
// Words in front of a number that leave the clause's subject where it is ("about 500 troops").
const APPROX = new Set("about around some nearly almost roughly approximately more less fewer than over under up to at least just only estimated further the a an as many barely".split(" "));
// Leading modifiers that say nothing about what is counted ("20 other categories").
const EMPTY_MODIFIER = /^(other|more|further|extra|additional|different|separate|such|estimated|total)$/;
const PLACE_PREPOSITIONS = /^(in|at|from|on|across|with|near|inside|outside|around|of|under|aboard|along|throughout|within|into)$/;
const PRONOUN = /^(i|we|you|he|she|it|they|me|us|him|her|them|my|our|your|his|their|its|this|these|those|there|here)$/;
const MAX_QUALIFIER = 6;
const MAX_DECADES = 1.5;

const isNumberToken = (x: Token) => x.pos === "NUM" || /\d/.test(x.text);
const pastParticiple = (x: Token) => x.pos === "VERB" && x.lower !== x.lemma && !/ing$/.test(x.lower);

/**
 * The words after the counted noun that say which of them are meant: a relative clause, a
 * participle or a place phrase, cut at a clause boundary, a pronoun or another number. Undefined
 * when there is none, or when what is left would stop mid-phrase.
 */
function qualifier(ctx: Ctx, s: Sentence, from: number, subject: boolean): string | undefined {
  const t = ctx.doc.tokens;
  const at = (i: number) => (i >= s.first && i <= s.last ? t[i] : undefined);
  const nx = at(from);
  if (!nx) return undefined;
  let start = from;
  let lead = "";
  if (/^(who|that)$/.test(nx.lower) && /^(AUX|VERB|ADV)$/.test(at(from + 1)?.pos ?? "")) {
    start = from + 1;
    lead = nx.lower;
  } else if (nx.pos === "VERB" && /ing$/.test(nx.lower)) {
    start = from;
  } else if (pastParticiple(nx) && !subject) {
    start = from;
  } else if (subject) {
    // "30 buyers attended the sale", "500 troops were sent": the predicate, not a qualifier; recast
    // as one ("troops sent to …") it would no longer be the article's words.
    return undefined;
  } else if (PLACE_PREPOSITIONS.test(nx.lower) && nx.pos === "ADP") {
    start = from;
  } else return undefined;
  const kept: number[] = [];
  let natural = false;
  for (let k = start; ; k++) {
    const x = at(k);
    if (!x || x.kind === "punctuation" || /^[^\p{L}\p{N}]+$/u.test(x.text) || x.pos === "CCONJ" || x.pos === "SCONJ" || /^(who|which|that|said|says)$/.test(x.lower)) { natural = true; break; }
    // One place phrase only: "films made in Harwick | to the town" — the second belongs to the main verb.
    if (x.pos === "ADP" && x.lower !== "of" && kept.some((j) => t[j]!.pos === "ADP" && t[j]!.lower !== "of" && j > start)) { natural = true; break; }
    // "volunteers who live in Harwick | carried the books": the main verb ends the relative clause.
    if (lead && /^(VERB|AUX)$/.test(x.pos) && /^(NOUN|PROPN)$/.test(t[k - 1]!.pos) && kept.length > 1) { natural = true; break; }
    if (isNumberToken(x) || PRONOUN.test(x.lower) || MONTHS.has(x.lower) || kept.length >= MAX_QUALIFIER) break;

    kept.push(k);
  }
  // Where the qualifier may end: where its clause ends, or before a new prepositional phrase ("the
  // sale | of 106 lots"), on a word that ends a phrase — never inside a compound or "in front | of".
  const endsPhrase = (k: number, isLast: boolean) => {
    const x = t[k]!;
    const n = t[k + 1];
    if (isLast && natural) return /^(NOUN|PROPN|VERB|ADV|ADJ)$/.test(x.pos);
    return /^(NOUN|PROPN|ADV)$/.test(x.pos) && n?.pos === "ADP" && !(n.lower === "of" && /^(front|top|side|part|behalf|terms|spite|case|addition|charge|favour|favor|rest|end|middle)$/.test(x.lower));
  };
  let last = kept.length - 1;
  while (last >= 0 && !endsPhrase(kept[last]!, last === kept.length - 1)) last--;
  // A place phrase needs its noun ("in Mali"), a participle its complement when it was cut.
  if (last < 0 || (t[start]!.pos === "ADP" && last === 0)) return undefined;
  const first = t[kept[0]!]!;
  const end = t[kept[last]!]!;
  // "claims from people | who were imprisoned": the people are only named by the clause cut off.
  if (last === kept.length - 1 && /^(who|which|that)$/.test(at(kept[last]! + 1)?.lower ?? "") && VAGUE_COUNTED.has(end.lower)) return undefined;
  const text = ctx.doc.text.slice(first.start, end.end);
  if (/["()]/.test(text)) return undefined;
  return lead ? `${lead} ${text}` : text;
}

/** The thing a count counts, or undefined when the number is no count of things worth asking. */
export function countedBy(ctx: Ctx, q: Quantity): Counted | undefined {
  const t = ctx.doc.tokens;
  const s = ctx.doc.sentences[q.sentence]!;
  const digits = /^\d/.test(q.text);
  // "two" is everywhere in an article ("the two men", "two of them"); a figure worth asking is larger.
  if (q.kind !== "count" || q.value < (digits ? 2 : 3) || !Number.isInteger(q.value)) return undefined;
  const at = (i: number) => (i >= s.first && i <= s.last ? t[i] : undefined);
  const prev = at(q.first - 1);
  const prev2 = at(q.first - 2);
  const next = at(q.last + 1);
  const next2 = at(q.last + 2);
  // "a 25 kg drone", "court six", "number 1", "his four children", "the two children": a modifier, a
  // label, or a count of things already counted.
  if (prev && (/^(a|an|number|no|top|page|aged|age|court|platform|room|route|flight|chapter)$/.test(prev.lower) || /^(NOUN|PROPN)$/.test(prev.pos))) return undefined;
  if (prev && PRONOUN.test(prev.lower)) return undefined;
  if (!digits && prev && /^(the|all|both)$/.test(prev.lower)) return undefined;
  // Ranges and partitives: "three or four hours", "116 of 164 statements".
  if (prev && /^(or|to|and|between|x|of)$/.test(prev.lower) && prev2 && isNumberToken(prev2)) return undefined;
  if (next && /^(or|to|and|x)$/.test(next.lower) && next2 && isNumberToken(next2)) return undefined;
  const np: Token[] = [];
  let i = q.last + 1;
  while (i <= s.last && np.length < 5) {
    const x = t[i]!;
    // "22,000 licensed black cabs", "1,200 predominantly poor people": a modifier of a modifier.
    const modifier = (x.pos === "ADV" || (x.pos === "VERB" && /ed$/.test(x.lower))) && /^(ADJ|NOUN)$/.test(t[i + 1]?.pos ?? "") && np.length < 3;
    if (!modifier && !/^(ADJ|NOUN|PROPN)$/.test(x.pos) || /\d/.test(x.text) || !/\p{L}{2}/u.test(x.text) || MONTHS.has(x.lower)) break;
    // "two dozen children", "three million people": the number goes on.
    if (NOT_COUNTED.has(x.lower)) return undefined;
    np.push(x);
    i++;
    if (/^(NOUN|PROPN)$/.test(x.pos) && !/^(NOUN|PROPN)$/.test(t[i]?.pos ?? "")) break;
  }
  const head = np.at(-1);
  if (!head || head.pos === "ADJ") return undefined;
  // "180 students and employees": the number counts both, and "students" alone would be wrong.
  if (at(i)?.pos === "CCONJ" && /^(ADJ|NOUN|PROPN)$/.test(at(i + 1)?.pos ?? "")) return undefined;
  const plural = head.lower !== head.lemma || SAME_PLURALS.has(head.lower) || (head.pos === "PROPN" && /[^s]s$/.test(head.lower));
  if (!plural || MEASURES.has(head.lower) || MEASURES.has(head.lemma) || NOT_COUNTED.has(head.lower)) return undefined;
  // "20 other categories" counts some of them, beside others: a wrong option, never a key.
  const relative = np.length > 1 && /^(other|more|further|extra|additional)$/.test(np[0]!.lower);
  while (np.length > 1 && EMPTY_MODIFIER.test(np[0]!.lower)) np.shift();
  const lemma = head.pos === "PROPN" ? head.lower.replace(/s$/, "") : head.lemma;
  const sense = senses(lemma, "noun");
  // "Liverpool fans": the person sense need not be the first, unless the first is an animal ("wolves").
  const person = sense[0]?.lexFile === PERSON_FILE || (sense[1]?.lexFile === PERSON_FILE && sense[0]!.lexFile !== ANIMAL_FILE) || PERSON_NOUNS.has(lemma) || lemma === "people" || lemma === "person";
  const cls = person ? PERSON_FILE : sense[0]?.lexFile ?? -1;
  // "100 yards", "94 kilos": WordNet files them under noun.quantity, a unit of measure.
  if (cls === QUANTITY_FILE) return undefined;
  // Is the count the clause's subject? Then the verb after it is the predicate, not a participle.
  let k = q.first - 1;
  while (k >= s.first && APPROX.has(t[k]!.lower)) k--;
  const opening = k < s.first || (t[k]!.text === "," && k - s.first <= 5) || (t[k]!.lower === "that" && t[k - 1]?.pos === "VERB");
  const qual = qualifier(ctx, s, i, opening);
  if (VAGUE_COUNTED.has(head.lower) && np.length === 1 && !qual) return undefined;
  const phrase = ctx.doc.text.slice(np[0]!.start, head.end);
  const vague = (toks: Token[]) => VAGUE_COUNTED.has(head.lower) && toks.length === 1;
  // "rows of desks" says what the rows are; "rows" alone would not.
  const dropQual = !!qual && !/^of\b/.test(qual);
  const lastCap = np.findLastIndex((x) => /^\p{Lu}/u.test(x.text));
  const lowerNp = lastCap >= 0 && lastCap < np.length - 1 ? np.slice(lastCap + 1) : undefined;
  const lowerPhrase = lowerNp && ctx.doc.text.slice(lowerNp[0]!.start, head.end);
  const shorter = [
    dropQual && !vague(np) ? phrase : "",
    lowerNp && !vague(lowerNp) ? (qual ? `${lowerPhrase} ${qual}` : lowerPhrase!) : "",
    lowerNp && dropQual && !vague(lowerNp) ? lowerPhrase! : "",
  ].filter(Boolean);
  return { q, text: qual ? `${phrase} ${qual}` : phrase, shorter, head: lemma, cls, person, ...(relative ? { rough: true } : {}) };
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const ROUGH: Record<string, number> = { dozens: 36, scores: 40, hundreds: 300, thousands: 3e3, millions: 3e6, billions: 3e9 };

/** The value a token writes, with the scale after it ("57 million"). */
function valueAt(t: Token[], i: number): number | undefined {
  const n = parseNumber(t[i]!.text.replace(/^[$£€]/, ""));
  return n === undefined ? undefined : n * (/^\d/.test(t[i]!.text) ? SCALES[t[i + 1]?.lower ?? ""] ?? 1 : 1);
}

/**
 * Counts entities.ts leaves out: a figure with a scale after it ("57 million children") and things
 * counted by a word ("thousands of legal claims", wrong options only).
 */
function scaledCounts(ctx: Ctx): { q: Quantity; rough: boolean }[] {
  const t = ctx.doc.tokens;
  const out: { q: Quantity; rough: boolean }[] = [];
  for (let i = 0; i + 1 < t.length; i++) {
    const sentence = ctx.doc.sentenceOf[i]!;
    if (sentence < 0 || ctx.doc.sentenceOf[i + 1] !== sentence) continue;
    const x = t[i]!;
    const nx = t[i + 1]!;
    const scaled = /^\d[\d,]*(\.\d+)?$/.test(x.text) && SCALES[nx.lower] !== undefined;
    const rough = ROUGH[x.lower] !== undefined && nx.lower === "of";
    if (!scaled && !rough) continue;
    const value = scaled ? Math.round(valueAt(t, i)!) : ROUGH[x.lower]!;
    const text = scaled ? `${x.text} ${nx.text}` : x.text;
    out.push({ q: { value, text, kind: "count", start: x.start, end: nx.end, first: i, last: i + 1, sentence }, rough });
  }
  return out;
}

/** Whether every mention of the value in the article counts the same thing (or points back at it: "the 96 who died"). */
function oneMeaning(ctx: Ctx, c: Counted, counted: Map<number, Counted | undefined>): boolean {
  const t = ctx.doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (i === c.q.first || valueAt(t, i) !== c.q.value) continue;
    const other = counted.get(i);
    if (other?.head === c.head) continue;
    const anaphor = /^(the|these|those)$/.test(t[i - 1]?.lower ?? "") && !/^(NOUN|PROPN|ADJ)$/.test(t[i + 1]?.pos ?? "");
    if (!anaphor) return false;
  }
  return true;
}

const forms = (c: Counted): Counted[] => [c, ...c.shorter.map((text) => ({ ...c, text }))];
const wordCount = (x: string) => x.split(/\s+/).length;

/** Three things the article counts by other numbers, closest in kind, length and size to the key. */
function distractorsFor(key: Counted, pool: Counted[]): string[] {
  const chosen: Counted[] = [];
  const ranked = pool
    // "300 penguins and 25 other birds": the other birds make the penguins birds too.
    .filter((d) => !(d.rough && d.q.sentence === key.q.sentence))
    // "450,000 experts", "1,250 countries": a size the thing never has is no plausible option
    // ("30 asylum seekers" is: fewer of a thing always fits).
    .filter((d) => Math.log10(key.q.value) - Math.log10(d.q.value) <= MAX_DECADES)
    // One form: a capital reads as a name, so capitals go with capitals ("Eurasian lynx", "Liverpool
    // fans") and lowercase with lowercase; no option far longer or shorter than the key.
    .filter((d) => d.head !== key.head && d.q.value !== key.q.value && capital(d.text) === capital(key.text) && lengthRatio(d.text, key.text) <= 2.6)
    .map((d) => ({
      d,
      rank: (d.cls === key.cls ? 0 : 2) + Math.abs(wordCount(d.text) - wordCount(key.text)) * 0.5 + Math.abs(Math.log10(d.q.value) - Math.log10(key.q.value)) * 0.3,
    }))
    .sort((a, b) => a.rank - b.rank || a.d.q.start - b.d.q.start);
  const low = (x: string) => ` ${x.toLowerCase()} `;
  for (const { d } of ranked) {
    if (chosen.length === 3) break;
    if (chosen.some((o) => o.head === d.head || o.text === d.text)) continue;
    if ([key, ...chosen].some((o) => low(o.text).includes(low(d.text)) || low(d.text).includes(low(o.text)))) continue;
    // "journalists" beside "journalist jobs": options that share a word's stem read as one thing.
    if ([key, ...chosen].some((o) => stems(o.text).some((w) => stems(d.text).includes(w)))) continue;
    chosen.push(d);
  }
  return chosen.map((d) => d.text);
}

const capital = (x: string) => /^\p{Lu}/u.test(x);
/** The content words of an option's opening two words (the thing counted, not its qualifier), cut to five letters ("journalists" → "journ"). */
const stems = (x: string) => contentWords(x.split(/\s+/).slice(0, 2).join(" ")).filter((w) => w.length >= 4).map((w) => w.slice(0, 5));
const lengthRatio = (a: string, b: string) => Math.max(a.length, b.length) / Math.max(1, Math.min(a.length, b.length));

function build(ctx: Ctx): Candidate[] {
  const counted = new Map<number, Counted | undefined>();
  for (const q of ctx.ents.quantities) counted.set(q.first, countedBy(ctx, q));
  for (const { q, rough } of scaledCounts(ctx)) {
    const c = countedBy(ctx, q);
    counted.set(q.first, c && (rough ? { ...c, rough } : c));
  }
  // Any count of things in an intact sentence may stand as a wrong option; only some are keys.
  const pool = [...counted.values()].filter((c): c is Counted => !!c && !ctx.doc.sentences[c.q.sentence]!.broken);
  const usable = pool.filter((c) =>
    !c.rough && oneMeaning(ctx, c, counted) &&
    // "5,000 fish" in one tank and "200,000 fish" a year: a noun counted twice names neither count.
    !pool.some((o) => o.head === c.head && o.q.value !== c.q.value));
  const out: Candidate[] = [];
  for (const c of usable) {
    const s = ctx.doc.sentences[c.q.sentence]!;
    const central = ctx.centrality[s.index] ?? 0;
    if (!okSentence(s) || central < MINOR_CENTRALITY) continue;
    // Each count in its full form or, to match shorter options, its noun phrase alone.
    const others = pool.filter((d) => d !== c).flatMap(forms);
    const key = forms(c).map((k) => ({ k, ds: distractorsFor(k, others) }))
      // The key never the one long option.
      .find(({ k, ds }) => ds.length === 3 && k.text.length <= 1.6 * Math.max(...ds.map((d) => d.length)));
    if (!key) continue;
    const { k, ds } = key;
    out.push(singleChoice({
      prompt: TEMPLATES.figure(c.q.text),
      key: k.text,
      distractors: ds,
      seed: s.text,
      evidence: [s],
      explanation: explain([s], `The ${/^\d/.test(c.q.text) ? "figure" : "number"} ${c.q.text} refers to ${k.text}.`),
      skill: "number",
      difficulty: 2,
      score: SCORES.figure + (central >= 0.6 ? 0.2 : 0) - (/^\d/.test(c.q.text) ? 0 : 0.4),
      facts: [`number:${c.q.value}`],
    }));
  }
  return out;
}

export const family: Family = { name: "figure", cap: 0.2, min: 1, build };
