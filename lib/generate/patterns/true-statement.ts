/**
 * "Which statement is true according to the article?": one faithful statement (the main clause of a
 * self-contained sentence) and three altered ones made from other sentences — a swapped actor, a
 * changed number, a negated claim — each checked false against the whole text (the altered claim appears nowhere in it, and
 * a swapped actor never meets the sentence's other words elsewhere).
 */
import type { Sentence } from "../sentences";
import { MONTHS, NEGATION, TEMPLATES } from "../lang/en";
import { textHasPhrase, alterNumber, formatLike, norm, normOnce, orgClass, sharesDistinctive } from "../distractors";
import { lexTag } from "../lexicon";
import { SCORES } from "../scores";
import { beforeName, contentWords, explain, singleChoice, trueFalse, words, type Candidate, type Ctx, type Family } from "./construct";
import { statementLike } from "./central-idea";

/** "Within five days, he had hit his target": a pronoun no name before it explains, so the statement alone says nothing. */
const unresolved = (text: string) => {
  const m = /\b(he|she|they|him|her|them|his|their)\b/.exec(text);
  return !!m && !/\s\p{Lu}/u.test(text.slice(0, m.index));
};

/** The statement shown: the sentence without a trailing attribution ("…, officials said"). */
const statementOf = (s: Sentence) => s.text.replace(/,\s*(?:he|she|they|officials?|police|experts?|[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:said|says|added|reported)\.$/, ".").trim();

/** True when the altered text's distinctive words never occur together in one sentence of the article. */
function falseInText(ctx: Ctx, altered: string, changed: string): boolean {
  const low = normOnce(ctx.doc.text);
  if (low.includes(norm(altered).slice(0, 80))) return false;
  const ws = contentWords(altered).filter((w) => !contentWords(changed).includes(w));
  const need = new Set(ws);
  return !ctx.doc.sentences.some((s) => {
    if (!s.text.toLowerCase().includes(changed.toLowerCase())) return false;
    const sw = new Set(contentWords(s.text));
    let n = 0;
    for (const w of need) if (sw.has(w)) n++;
    return need.size > 0 && n / need.size >= 0.6;
  });
}

/**
 * "has reached" → "has not reached"; "closed" → "did not close". Only the main verb: the first
 * verb or auxiliary of the sentence, right after its subject. "has" negates only as a perfect
 * ("has reached", not "has about 22,000"), and a participle after a noun ("people detained by")
 * or before a number ("children aged ten") is no main verb.
 */
const DEGREE = /^(almost|nearly|about|around|roughly|just|even|best|most|least|worst|more|less|likely|unlikely|expected|due|set|among|one)$/;

export function negate(ctx: Ctx, s: Sentence, text: string): string | undefined {
  // "As he reached the height, …": the first verb belongs to a subordinate clause, not the claim.
  // "could be blocked only if …" negated reads as nonsense: a condition is no claim to deny.
  if (/\bonly (?:if|when)\b/.test(text)) return undefined;
  // A claim that already denies ("has announced no plans") would read as a double negative.
  if (NEGATION.test(text) || /\b(no|none)\b/i.test(text) || /^"?(As|When|While|After|Before|Because|Although|Though|If|Since|Once|Until|Unless|Whether|What|How|Why|Who)\b/.test(text)) return undefined;
  const toks = ctx.doc.tokens.slice(s.first, s.last + 1);
  const vi = toks.findIndex((t, i) => i > 0 && (t.pos === "VERB" || t.pos === "AUX"));
  if (vi < 1 || vi > 10) return undefined;
  const v = toks[vi]!;
  const next = toks[vi + 1];
  const before = toks[vi - 1]!;
  if (!/^(NOUN|PROPN|PRON|NUM|ADJ)$/.test(before.pos) && before.text !== ")") return undefined;
  // The verb of a relative clause ("Thatcher, who was 87, …") is not the sentence's claim.
  if (toks.slice(0, vi).some((t) => /^(who|which|that|whose)$/.test(t.lower))) return undefined;
  const at = v.start - s.start;
  if (at + v.text.length > text.length || !next) return undefined;
  // A hedge negated stays true ("might be" → "might not be"), and "must not" forbids rather than
  // denies: only assertions and "can", "could", "will", "would", "should" are denied.
  if (v.pos === "AUX" && /^(must|may|might)$/.test(v.lower)) return undefined;
  if (v.pos === "AUX" && /^(can|could|would|should)$/.test(v.lower)) {
    if (next.pos !== "VERB" && !(next.pos === "ADV" && toks[vi + 2]?.pos === "VERB") && !/^(be|have)$/.test(next.lower)) return undefined;
    if (/^(no|not|never|only)$/.test(next.lower) || DEGREE.test(next.lower)) return undefined;
    return text.slice(0, at) + (v.lower === "can" ? "cannot" : `${v.text} not`) + text.slice(at + v.text.length).replace(/^ (also|still|now)\b/, "");
  }
  if (v.pos === "AUX" && /^(is|are|was|were|will|has|have|had)$/.test(v.lower)) {
    if (/^(has|have|had)$/.test(v.lower) && next.pos !== "VERB" && !(next.pos === "ADV" && toks[vi + 2]?.pos === "VERB")) return undefined;
    if (/^(no|not|never|none|only)$/.test(next.lower)) return undefined;
    // "there was not a healthy trickle", "was not little": an existential or a quantity denied reads as nonsense.
    if (before.lower === "there" || /^(little|few|much|many|plenty|lots|several|enough)$/.test(next.lower)) return undefined;
    // "is not almost impossible", "is not best 'meme'": a degree or a superlative denied reads as nonsense.
    if (DEGREE.test(next.lower)) return undefined;
    const rest = text.slice(at + v.text.length);
    // "are already" → "are not yet"; "has also" → "has not".
    return text.slice(0, at + v.text.length) + (/^ already\b/.test(rest) ? " not yet" + rest.slice(8) : " not" + rest.replace(/^ (also|still|now)\b/, ""));
  }
  if (v.pos !== "VERB" || !/ed$/.test(v.lower) || v.lemma === v.lower) return undefined;
  // "Three cameras attached to his suit recorded …": a participle before the main verb of its clause.
  const clauseEnd = toks.findIndex((t, i) => i > vi && /^[,;:–—]$/.test(t.text));
  if (toks.slice(vi + 1, clauseEnd < 0 ? undefined : clauseEnd).some((t) => t.pos === "VERB" && /ed$/.test(t.lower) && !/^(to|and|or|has|have|had|was|were|been|be|is|are)$/.test(toks[toks.indexOf(t) - 1]?.lower ?? ""))) return undefined;
  if (next.pos === "NUM" || /^(by|out|up)$/.test(next.lower)) return undefined;
  return text.slice(0, at) + "did not " + v.lemma + text.slice(at + v.text.length);
}

/** A number that can be altered: no percentage past 100, no age ("Nzili, 85,", "who was 87"), no part of a "three of four" pair. */
function alterable(ctx: Ctx, s: Sentence, q: { first: number; last: number; kind: string; value: number }, wrong: number): boolean {
  const t = ctx.doc.tokens;
  if (q.kind === "percent" && wrong > 100) return false;
  if (t[q.first - 1]?.text === "," && t[q.last + 1]?.text === "," && ctx.ents.mentionAt.has(q.first - 2)) return false;
  // An age ("who was 87", "aged 85", "87 years old"): altered, it is absurd rather than false.
  if (/^(aged|age)$/.test(t[q.first - 1]?.lower ?? "") || (/^(was|is)$/.test(t[q.first - 1]?.lower ?? "") && t[q.first - 2]?.lower === "who")) return false;
  if (t[q.last + 1]?.lower === "years" && t[q.last + 2]?.lower === "old") return false;
  if (/^(of|out)$/.test(t[q.last + 2]?.lower ?? "") || /^(of|out)$/.test(t[q.last + 1]?.lower ?? "")) return false;
  // A day of a month ("27 February", "May 3"): altered past 31 it is absurd, within it trivia.
  if (MONTHS.has(t[q.last + 1]?.lower ?? "") || MONTHS.has(t[q.first - 1]?.lower ?? "")) return false;
  void s;
  return true;
}

/**
 * A mention that can be swapped: not after a title or "capital", not inside "Place, Place", not
 * an acronym in brackets ("HM Revenue & Customs (HMRC)"), not the first part of a name that goes on
 * ("Sophie van der Zee").
 */
export function swappable(ctx: Ctx, m: { first: number; last: number }): boolean {
  const t = ctx.doc.tokens;
  const prev = t[m.first - 1];
  if (prev && /^(capital|archbishop|president|king|queen|prince|princess|pope|sir|lord|lady|mr|mrs|ms|dr|professor)$/i.test(prev.lower)) return false;
  if (t[m.last + 1]?.text === "'s" || /^'s?$/.test(t[m.last + 1]?.text ?? "")) return false;
  if (t[m.last + 1]?.text === "," && ctx.ents.mentionAt.has(m.last + 2) && ctx.ents.entities[ctx.ents.mentionAt.get(m.last + 2)!.entity]!.kind === "place") return false;
  if (prev?.text === "," && ctx.ents.mentionAt.has(m.first - 2)) return false;
  if (prev?.text === "(" || t[m.last + 1]?.text === "(") return false;
  if (/^(van|von|de|der|den|du|la|le|di|da|bin|ibn|al|del|dos|das)$/.test(t[m.last + 1]?.text ?? "")) return false;
  return true;
}

type Altered = { text: string; why: string; kind: string };

/** Every self-contained sentence's faithful statement and its altered, false versions. */
function alterations(ctx: Ctx) {
  const { doc, ents } = ctx;
  const out: { s: Sentence; text: string; alts: Altered[]; facts: string[] }[] = [];
  for (const s of doc.sentences) {
    if (!statementLike(s) || words(s.text) > 32 || unresolved(s.text)) continue;
    const text = statementOf(s);
    const alts: Altered[] = [];
    const avoid = new Set(ents.quantities.map((x) => x.value));
    // Changed numbers.
    const qs = ents.quantities.filter((x) => x.sentence === s.index && x.kind !== "year" && x.end - s.start <= text.length);
    for (const q of qs) {
      const value = alterNumber(q.value, s.text + q.start, avoid);
      if (!alterable(ctx, s, q, value)) continue;
      const wrong = formatLike(q.text, value);
      const at = q.start - s.start;
      const t = text.slice(0, at) + wrong + text.slice(at + q.text.length);
      if (wrong !== q.text && falseInText(ctx, t, wrong)) alts.push({ text: t, why: `the number is ${q.text}, not ${wrong}`, kind: "number" });
    }
    // Swapped actors: another confident name of the same kind from elsewhere in the article.
    const ms = ents.mentions.filter((x) => x.sentence === s.index && ents.entities[x.entity]!.confident && ents.entities[x.entity]!.kind !== "other" && !ctx.topic.has(x.entity) && x.end - s.start <= text.length);
    for (const m of ms) {
      const e = ents.entities[m.entity]!;
      if (!swappable(ctx, m)) continue;
      // A country for a country, a city for a city, an organisation of the same class.
      const sub = (name: string) => (/Country/.test(lexTag(name)) ? "country" : /City/.test(lexTag(name)) ? "city" : "");
      // Not a person where a "he"/"she" follows (the swap would break the agreement: "Camilla … said
      // he was delighted"), and never a name the article mentions together with this one in any
      // sentence: an owner, a subsidiary or a rival named beside it may make the swap true.
      const t0 = ctx.doc.tokens;
      if (e.kind === "person" && t0.slice(m.last + 1, s.last + 1).some((x) => /^(he|she|his|her|him|himself|herself)$/.test(x.lower))) continue;
      const together = new Set(ents.mentions.filter((x) => x.entity === e.id).map((x) => x.sentence));
      const other = ents.entities.find((o) => o.id !== e.id && o.kind === e.kind && o.confident && !o.forms.some((f) => s.text.toLowerCase().includes(f)) && o.name.includes(" ") === m.text.includes(" ") &&
        !/\band\b|&/.test(o.name) && !o.mentions.some((x) => together.has(x.sentence)) && (e.kind === "person" || !sharesDistinctive(e.name, o.name)) &&
        (e.kind !== "place" || sub(o.name) === sub(e.name)) && (e.kind !== "org" || orgClass(o.name) === orgClass(e.name)) &&
        // "the ITV Digital": after "the", only a name the article itself writes with "the".
        (t0[m.first - 1]?.lower !== "the" || textHasPhrase(ctx.doc.text, `the ${o.name}`)));
      if (!other) continue;
      const at = m.start - s.start;
      const t = beforeName(text.slice(0, at), other.name) + other.name + text.slice(at + m.text.length);
      if (falseInText(ctx, t, other.name)) alts.push({ text: t, why: `it was ${m.text}, not ${other.name}`, kind: "actor" });
    }
    // A negated claim.
    const n = negate(ctx, s, text);
    if (n) alts.push({ text: n, why: "the article says the opposite", kind: "negation" });
    const q = qs[0];
    const m = ms[0];
    out.push({ s, text, alts, facts: [...(q ? [`number:${q.value}`] : []), ...(m ? [`entity:${m.entity}`] : [])] });
  }
  return out;
}

/**
 * Each distractor is a false version of a *different* sentence. Three alterations of the key's own
 * sentence would share every word but one with it, so the key is the option the others agree on
 * and can be picked without reading (the independent judge found all eight such items unfair).
 * Statements from three other sentences must each be checked against the text.
 */
/** Option sets per key: the ranker takes the best whose altered sentences no other pick uses. */
const VARIANTS = 3;

function build(ctx: Ctx): Candidate[] {
  const all = alterations(ctx);
  const out: Candidate[] = [];
  for (const [i, key] of all.entries()) {
    // The nearest sentences first (deterministic), one alteration each, every kind before repeats;
    // each further variant draws on sentences the earlier ones left alone.
    const others = all
      .filter((o, j) => j !== i && o.alts.length)
      .sort((a, b) => Math.abs(a.s.index - key.s.index) - Math.abs(b.s.index - key.s.index) || a.s.index - b.s.index);
    const spent = new Set<number>();
    for (let v = 0; v < VARIANTS; v++) {
      const picked: (Altered & { from: number })[] = [];
      for (const pass of [0, 1]) {
        for (const o of others) {
          if (picked.length === 3) break;
          if (spent.has(o.s.index) || picked.some((p) => p.from === o.s.index)) continue;
          // Every kind before repeats, and never two denials: "… not …" twice is spotted without reading.
          const fresh = o.alts.find((a) => !picked.some((p) => p.kind === a.kind)) ?? (pass ? o.alts.find((a) => a.kind !== "negation" || !picked.some((p) => p.kind === "negation")) : undefined);
          if (fresh) picked.push({ ...fresh, from: o.s.index });
        }
      }
      if (picked.length < 3 || new Set(picked.map((a) => a.kind)).size < 2) break;
      for (const a of picked) spent.add(a.from);
      out.push({ ...singleChoice({
        prompt: TEMPLATES.trueStatement,
        key: key.text,
        distractors: picked.map((a) => a.text),
        seed: key.s.text + "tf",
        evidence: [key.s],
        explanation: explain([key.s], `The other statements are altered: ${picked.map((a) => a.why).join("; ")}.`),
        skill: "detail",
        difficulty: 2,
        score: SCORES.trueStatement + (ctx.centrality[key.s.index]! > 0.5 ? 0.3 : 0) - 0.01 * v,
        facts: [...key.facts, `true-statement:${key.s.index}`],
      }),
      // Each wrong option is a false version of another sentence: a question on that sentence
      // would test the same fact, or settle this option (the independent judges' leading fault).
      alters: picked.map((a) => a.from) });
    }
  }
  // A denied claim on its own: "True or false? Online clubs could not give residents a place to
  // meet." (false). Only denials — a true copy of a sentence tests nothing but matching — and only
  // in central enough sentences; it counts with the true/false family.
  for (const a of all) {
    const denial = a.alts.find((x) => x.kind === "negation");
    if (!denial || (ctx.centrality[a.s.index] ?? 0) < 0.2) continue;
    // One plain claim: a subject first, and nothing after the denial that the "not" would leave
    // true ("… are not outnumbered … and most feel uncomfortable") or misplace ("is not reportedly").
    const after = denial.text.slice(denial.text.search(/\b(not|cannot)\b/));
    if (/,|;|\b(and|but|or|while|although|as well as)\b/.test(after) || /^(not|cannot) (reportedly|also|still|now|already|only|just|even|yet)\b/.test(after)) continue;
    const head = ctx.doc.tokens[a.s.first]!;
    if (!/^(DET|PROPN|NOUN|ADJ|NUM)$/.test(head.pos) || /^(At|In|On|For|With|Five|Some|It|There)\b/.test(denial.text)) continue;
    out.push(trueFalse({
      statement: denial.text, truth: false, evidence: [a.s],
      explanation: explain([a.s], "So the statement is false: the article says the opposite."),
      skill: "detail", score: SCORES.trueFalse - 0.2, facts: [...a.facts, `true-statement:${a.s.index}`],
    }));
  }
  return out;
}

export const family: Family = { name: "true-statement", cap: 0.2, min: 1, build };
