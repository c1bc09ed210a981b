/** Key figures: "How many …?", numeric gap-fills with a unit, years, and true/false on an altered number. */
import { CURRENCY_NAMES, MEASURES, PERCENT_ALIASES, SCALE_NAMES } from "../lang/en";
import type { Doc, Sentence } from "../sentences";
import type { Quantity } from "../entities";
import { alterNumber, formatLike, yearDistractors } from "../distractors";
import { askWithout, YEAR_PREPS } from "./wh";
import { MONTHS } from "../lexicon";
import { words, spanOf, blankOut, explain, options, okSentence, standalone, type Candidate, type Ctx, type Family } from "./construct";

/** Numbers: numeric gap-fills for counts with a unit, single choice for years, true/false by altering. */
function build(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const all = new Set(ctx.ents.quantities.map((q) => q.value));
  for (const q of ctx.ents.quantities) {
    const s = ctx.doc.sentences[q.sentence]!;
    if (!okSentence(s)) continue;
    const sameInSentence = ctx.ents.quantities.filter((o) => o.sentence === q.sentence && o !== q);
    if (sameInSentence.some((o) => o.value === q.value)) continue;
    const prompt0 = blankOut(ctx.doc, s, q.start + (/^[$£€]/.test(q.text) ? 1 : 0), q.end);
    if (q.kind === "year") {
      const ds = yearDistractors(q.value, ctx.years, 3, sameInSentence.map((o) => o.value)).map(String);
      const { options: opts, answer } = options(String(q.value), ds, s.text);
      const wh = whenYear(ctx, s, q, sameInSentence);
      out.push({
        body: {
          type: "single",
          prompt: wh ?? `Which year completes this sentence from the article? ${prompt0}`,
          options: opts,
          answer,
          explanation: explain([s], `The year is ${q.value}.`),
          evidence: [spanOf(s)],
          skill: "number",
          difficulty: 2,
        },
        score: 2.9 + (wh ? 0.2 : 0),
        family: "date",
        sentences: [s.index],
        facts: [`year:${q.value}`],
        key: [String(q.value)],
        distractors: ds,
      });
      continue;
    }
    if (!q.unit && q.kind === "count") continue;
    // "the two children", "all three mountains" point back at things already counted: no news in the number.
    if (!/^\d/.test(q.text) && /^(the|all|both|these|those|its|their|his|her|our)$/.test(ctx.doc.tokens[q.first - 1]?.lower ?? "")) continue;
    if (q.value < 2) continue;
    // "a top 10 hit": the number belongs to a fixed phrase, and the blank asks nothing.
    if (ctx.doc.tokens[q.first - 1]?.lower === "top") continue;
    if (q.kind === "money" && !/^[$£€]/.test(q.text)) continue;
    const unit = unitOf(q);
    const wh = howMany(ctx.doc, s, q) ?? howMuch(ctx, s, q, sameInSentence);
    out.push({
      body: {
        type: "numeric",
        prompt: wh ?? `What number is missing from this sentence of the article? ${prompt0}`,
        answer: q.value,
        tolerance: 0,
        ...unit,
        explanation: explain([s], `The number is ${q.text}.`),
        evidence: [spanOf(s)],
        skill: "number",
        difficulty: /^\d/.test(q.text) ? 2 : 1,
      },
      // Small numbers written as words ("the three main summits") are rarely what an article is about.
      score: 2.6 + (q.unit && !/^(times|years?|days?|months?|weeks?|hours?)$/.test(q.unit) ? 0.3 : 0) - (/^\d/.test(q.text) ? 0 : 0.9) + (wh ? 0.3 : 0),
      sentences: [s.index],
      // The same value twice in an article is usually the same fact ("15 victims", "killed 15 students").
      facts: [`number:${q.value}`],
      key: [q.text],
      distractors: [],
    });
    const tf = trueFalseNumber(ctx, q, s, all);
    if (tf) out.push(tf);
  }
  return out;
}

/**
 * The unit the answer is typed in, and what else counts as that unit. Only a noun of measure is a
 * unit ("miles"; "troops" or "come" are not); a sum is named in words ("million pounds", not "£m").
 */
function unitOf(q: Quantity): { unit: string; unitAliases: string[] } | undefined {
  if (q.kind === "percent") return { unit: "%", unitAliases: PERCENT_ALIASES };
  if (q.kind === "money") {
    const sign = q.text[0]!;
    const scale = q.unit ? SCALE_NAMES[q.unit] : undefined;
    const name = CURRENCY_NAMES[sign] ?? sign;
    return scale
      ? { unit: `${scale} ${name}`, unitAliases: [`${sign}${q.unit}`, q.unit!, scale, `${sign} ${scale}`, `${sign}${scale}`] }
      : { unit: name, unitAliases: [sign] };
  }
  return q.unit && MEASURES.has(q.unit) ? { unit: q.unit, unitAliases: [] } : undefined;
}

/**
 * "In which year was the company founded?" from "The company was founded in 1998": the year's
 * phrase ("in 1998", "by May 2015") out of the main clause. Undefined when another year is in the
 * sentence (the question would not say which) or the sentence is no plain clause.
 */
function whenYear(ctx: Ctx, s: Sentence, q: Quantity, others: Quantity[]): string | undefined {
  const p = yearPhrase(ctx, s, q, others);
  return p && askWithout(ctx, s, p.first, q.last, p.wh);
}

/** Where the year's phrase starts (its preposition, a month between) and its question words. */
export function yearPhrase(ctx: Ctx, s: Sentence, q: Quantity, others: Quantity[]): { first: number; wh: string } | undefined {
  // "this year", "next year" date too: the question would not say which of the sentence's events it asks.
  if (others.some((o) => o.kind === "year") || /\b(this|next|last) year\b/i.test(s.text)) return undefined;
  const t = ctx.doc.tokens;
  let p = q.first - 1;
  if (MONTHS.has(t[p]?.lower ?? "")) p--;
  const wh = YEAR_PREPS[t[p]?.lower ?? ""];
  return wh && p >= s.first ? { first: p, wh } : undefined;
}

/** Verbs of change whose amount is a percentage ("sales rose 5%"). */
const CHANGE_VERBS = new Set("rise rose risen rises fall fell fallen falls grow grew grown grows jump jumped jumps drop dropped drops increase increased increases decrease decreased decreases climb climbed climbs slump slumped slumps gain gained gains lose lost loses slide slid slides soar soared soars plunge plunged plunges shrink shrank shrunk shrinks".split(" "));

/**
 * "How much did the firm pay?" / "By what percentage did sales rise?" / "What percentage of voters
 * said …?": a sum of money right after its verb ("paid £5m", "is worth $3bn"), a percentage of change
 * ("rose 5%", "fell by 3.2%"), or a percentage that opens its subject ("20% of voters …"). Undefined
 * when another sum or percentage stands in the sentence, the amount qualifies a noun ("a £5m deal"),
 * or the clause has no plain shape (askWithout).
 */
export function howMuch(ctx: Ctx, s: Sentence, q: Quantity, others: Quantity[]): string | undefined {
  if (q.kind !== "money" && q.kind !== "percent" || others.some((o) => o.kind === q.kind) || / - /.test(s.text)) return undefined;
  const t = ctx.doc.tokens;
  let first = q.first;
  if (APPROX.test(t[first - 1]?.lower ?? "")) first--;
  // The amount runs on over its sign or scale: "12 %", "12 per cent", "£5 m", "$3 bn".
  let last = q.last;
  if (t[last + 1]?.text === "%" || /^(m|bn|k|million|billion)$/.test(t[last + 1]?.lower ?? "") && q.kind === "money") last++;
  else if (t[last + 1]?.lower === "per" && t[last + 2]?.lower === "cent") last += 2;
  const before = t[first - 1], after = t[last + 1];
  // "a £5m deal", "£5m of funding": the amount belongs to a noun.
  if (after && (after.pos === "NOUN" || after.lower === "of") && !(q.kind === "percent" && first === s.first)) return undefined;
  if (q.kind === "money") {
    // "is worth $3bn", not "a contract worth £11.5m" (the sum qualifies the contract).
    if (!before || !(before.pos === "VERB" || before.pos === "AUX" || before.lower === "worth" && t[first - 2]?.pos === "AUX")) return undefined;
    return askWithout(ctx, s, first, last, "How much");
  }
  if (first === s.first && after?.lower === "of") {
    const v = t.slice(last + 2, Math.min(s.last, last + 8)).findIndex((x) => x.pos === "VERB" || x.pos === "AUX");
    if (v < 1 || /["“”]/.test(s.text)) return undefined;
    const rest = ctx.doc.text.slice(t[last + 1]!.start, s.end).replace(/[.!]$/, "");
    return /[,;:–—]/.test(rest) ? undefined : `According to the article, what percentage ${rest}?`;
  }
  const verb = before?.lower === "by" ? t[first - 2] : before;
  // "is up 41%": "up" and "down" after a form of "be" are changes too.
  const up = verb && /^(up|down)$/.test(verb.lower) && /^(is|are|was|were)$/.test(t[ctx.doc.tokens.indexOf(verb) - 1]?.lower ?? "");
  if (!verb || !CHANGE_VERBS.has(verb.lower) && !up) return undefined;
  return askWithout(ctx, s, before?.lower === "by" ? first - 1 : first, last, "By what percentage");
}

// A true/false statement must stand on its own: no quotation, no pronoun pointing elsewhere.
const APPROX = /^(about|around|some|nearly|almost|roughly)$/;

/**
 * "How many …?" when the count is the subject ("About 500 troops are in Bamako"), the object of a
 * simple past verb ("The bombs killed 15 students …") or of a perfect ("The project has already had
 * 10,000 applicants"). Undefined when the sentence does not fit one of these shapes exactly.
 */
export function howMany(doc: Doc, s: Sentence, q: Quantity): string | undefined {
  const t = doc.tokens;
  if (s.quoted || s.text.includes('"') || q.kind !== "count" || !/^\d/.test(q.text)) return undefined;
  let np = q.last + 1;
  while (np + 1 <= s.last && /^(ADJ|NOUN|PROPN)$/.test(t[np + 1]!.pos) && t[np]!.pos !== "NOUN") np++;
  while (np + 1 <= s.last && t[np + 1]!.pos === "NOUN") np++;
  if (t[np]?.pos !== "NOUN" || np > s.last || t[np]!.lower === t[np]!.lemma) return undefined;
  const phrase = doc.text.slice(t[q.last + 1]!.start, t[np]!.end);
  // The rest of the clause, up to a comma, dash or coordinated clause.
  let end = np;
  while (end + 1 <= s.last && !/^[,;:–—.!?()]$/.test(t[end + 1]!.text) && !(/^(and|but)$/.test(t[end + 1]!.lower) && end > np + 1)) end++;
  if (end - np > 12) return undefined;
  const rest = end > np ? doc.text.slice(t[np + 1]!.start, t[end]!.end) : "";
  const lowerDet = (x: string) => x.replace(/^(The|A|An|This|That|These|Those|Its|Their)\b/, (w) => w.toLowerCase());
  let first = q.first;
  if (t[first - 1] && APPROX.test(t[first - 1]!.lower)) first--;
  // "More than 1,000 campaigns …", "up to 40 people …": the approximation is part of the number.
  else if (/^(than|to)$/.test(t[first - 1]?.lower ?? "") && /^(more|fewer|less|up)$/.test(t[first - 2]?.lower ?? "")) first -= 2;
  // A short opening adverbial ("Nevertheless,", "In February,") is not part of the subject.
  let sFirst = s.first;
  for (let k = s.first; k <= s.first + 4 && k < first; k++) if (t[k]!.text === ",") { sFirst = k + 1; break; }
  if (first === sFirst) {
    const verb = t[np + 1];
    if (!verb || !/^(AUX|VERB)$/.test(verb.pos)) return undefined;
    return `According to the article, how many ${phrase} ${rest}?`;
  }
  const v = t[first - 1]!;
  if (!(v.pos === "VERB" || (v.pos === "AUX" && v.lemma === "have")) || v.lower === v.lemma) return undefined;
  let auxAt = first - 2;
  while (auxAt > sFirst && t[auxAt]!.pos === "ADV") auxAt--;
  const aux = t[auxAt];
  const subjectEnd = aux && /^(has|have|had)$/.test(aux.lower) ? auxAt - 1 : first - 2;
  const subjTokens = t.slice(sFirst, subjectEnd + 1);
  if (!subjTokens.length || subjTokens.length > 7 || subjTokens.some((x) => /^[,"'()–—]$/.test(x.text) || x.pos === "VERB" || x.pos === "AUX")) return undefined;
  if (!/^(DET|PROPN|NOUN|ADJ|NUM)$/.test(subjTokens[0]!.pos)) return undefined;
  const subject = lowerDet(doc.text.slice(subjTokens[0]!.start, subjTokens.at(-1)!.end));
  // "450,000 documents generated by the police": a participle after the noun stays with it.
  const modifier = end > np && t[np + 1]!.pos === "VERB" && t[np + 1]!.lower !== t[np + 1]!.lemma;
  // …unless a list runs on past the comma ("generated by the police, the club and …"): then it would be cut.
  if (modifier && t[end + 1]?.text === ",") return undefined;
  const tail = rest && !modifier ? ` ${rest}` : "";
  const counted = modifier ? `${phrase} ${rest}` : phrase;
  if (aux && /^(has|have|had)$/.test(aux.lower)) {
    const adv = auxAt + 1 < first - 1 ? " " + doc.text.slice(t[auxAt + 1]!.start, t[first - 2]!.end) : "";
    return `According to the article, how many ${counted} ${aux.lower} ${subject}${adv} ${v.text}${tail}?`;
  }
  if (first - 2 !== subjectEnd) return undefined;
  // "The classroom holds 30 pupils": a present-tense verb of a singular subject.
  if (/[^s]s$/.test(v.lower) && v.lower !== v.lemma && !/^(is|has|was)$/.test(v.lower) && t[subjectEnd]!.lower === t[subjectEnd]!.lemma) return `According to the article, how many ${counted} does ${subject} ${v.lemma}${tail}?`;
  if (!/ed$/.test(v.lower) && !/^(had|made|took|gave|sold|bought|paid|spent|lost|won|built|sent|brought|found|got|kept|left|met|saw|told)$/.test(v.lower)) return undefined;
  return `According to the article, how many ${counted} did ${subject} ${v.lemma}${tail}?`;
}

function trueFalseNumber(ctx: Ctx, q: Quantity, s: Sentence, all: Set<number>): Candidate | undefined {
  if (!standalone(s)) return undefined;
  const truth = (Number(q.value) + s.index) % 2 === 0;
  const wrong = alterNumber(q.value, s.text, all);
  const text = truth ? s.text : ctx.doc.text.slice(s.start, q.start) + formatLike(q.text, wrong) + ctx.doc.text.slice(q.end, s.end);
  return {
    body: {
      type: "truefalse",
      prompt: `True or false? ${text}`,
      answer: truth,
      explanation: explain([s], truth ? "So the statement is true." : `The number is ${q.text}, not ${formatLike(q.text, wrong)}.`),
      evidence: [spanOf(s)],
      skill: "number",
      difficulty: 1,
    },
    score: 2.1,
    family: "truefalse",
    sentences: [s.index],
    facts: [`number:${q.value}`],
    key: [String(truth)],
    distractors: [],
  };
}

export const family: Family = { name: "number", cap: 0.3, min: 2, build };
