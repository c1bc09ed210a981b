/** Gap-fills on a name among names of the same kind, and true/false on a swapped name. */
import { askWithout } from "./wh";
import { genderAgrees, genderWanted } from "./reference";
import { swappable } from "./true-statement";
import type { Mention } from "../entities";
import type { Sentence } from "../sentences";
import { entityDistractors, formOf, hash } from "../distractors";
import { BLANK, beforeName, words, spanOf, blankOut, explain, options, okSentence, standalone, nearQuote, type Candidate, type Ctx, type Family , roleFacts } from "./construct";

/**
 * "According to the article, who opened the new gallery on Monday?" when the name is the subject
 * that opens the sentence and a verb follows it: a question rather than a gap. Undefined for any
 * other shape, for a sentence with quotation marks, and for a predicate that leans on the sentence
 * before ("… did it again").
 */
export function whoDid(ctx: Ctx, s: Sentence, m: Mention, kind: string): string | undefined {
  const wh = kind === "person" ? "who" : kind === "org" ? "which organisation" : undefined;
  if (!wh || m.first !== s.first || s.text.includes('"') || s.quoted) return undefined;
  const v = ctx.doc.tokens[m.last + 1];
  if (!v || !(v.pos === "VERB" || v.pos === "AUX") || v.lower === v.lemma && v.pos === "VERB") return undefined;
  const rest = ctx.doc.text.slice(v.start, s.end).trim().replace(/[.!]$/, "");
  if (words(rest) < 4 || words(rest) > 30 || /[?:;]/.test(rest) || /\b(it|this|that|these|those|they|them)$/.test(rest)) return undefined;
  return `According to the article, ${wh} ${rest}?`;
}

/**
 * "Who did the board appoint as chief executive?" from "The board appointed Maria Lopez as chief
 * executive": a person or organisation right after its verb, or after a preposition that follows
 * the verb ("met with", "signed a deal with" is not), taken out of the clause (askWithout).
 */
export function whoObject(ctx: Ctx, s: Sentence, m: Mention, kind: string): string | undefined {
  const wh = kind === "person" ? "Who" : kind === "org" ? "Which organisation" : undefined;
  const t = ctx.doc.tokens;
  const prev = t[m.first - 1], next = t[m.last + 1];
  if (!wh || !prev || /^('s|’s|')$/.test(next?.text ?? "") || next?.pos === "PROPN" || next?.pos === "NOUN") return undefined;
  // An active verb: "was born David Jones" or "was named Harriet" has no object to ask about.
  const verbAt = (i: number) => { const x = t[i]; return !!x && x.pos === "VERB" && !REPORT.test(x.lower) && x.lower !== x.lemma && !/^(is|are|was|were|be|been|being)$/.test(t[i - 1]?.lower ?? ""); };
  const ok = verbAt(m.first - 1) || /^(with|by|to|for|against|from)$/.test(prev.lower) && verbAt(m.first - 2);
  return ok ? askWithout(ctx, s, m.first, m.last, wh) : undefined;
}
const REPORT = /^(said|says|told|tells|added|asked|thanked|called|named|born|became|becomes)$/;

/** "Where did the talks take place?" from "The talks took place in Geneva": only a place right after "in" or "at", ending its phrase. */
function whereDid(ctx: Ctx, s: Sentence, m: Mention, kind: string): string | undefined {
  return kind === "place" && placePhrase(ctx, m) ? askWithout(ctx, s, m.first - 1, m.last, "Where") : undefined;
}

/** A place that is the whole of an "in"/"at" phrase: not part of a longer name, a list or a possessive. */
export function placePhrase(ctx: Ctx, m: Mention): boolean {
  const t = ctx.doc.tokens;
  return /^(in|at)$/.test(t[m.first - 1]?.lower ?? "") && !/^(NOUN|PROPN|PART|NUM)$/.test(t[m.last + 1]?.pos ?? "") && !/^('s|and|or)$/.test(t[m.last + 1]?.text ?? "");
}

/** Gap-fills on a name: single choice among names of the same kind; typed answer when none exist. */
function build(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  // One question per name survives ranking, so a few candidate mentions per name are enough; this
  // keeps long articles linear.
  const perEntity = new Map<number, number>();
  for (const m of ctx.ents.mentions) {
    const s = ctx.doc.sentences[m.sentence]!;
    if (!okSentence(s)) continue;
    const e = ctx.ents.entities[m.entity]!;
    if (e.kind === "other" && e.mentions.length > 2) continue;
    if ((perEntity.get(e.id) ?? 0) >= 4) continue;
    perEntity.set(e.id, (perEntity.get(e.id) ?? 0) + 1);
    const prompt0 = blankOut(ctx.doc, s, m.start, m.end);
    const low = prompt0.toLowerCase();
    if (e.forms.some((f) => new RegExp(`\\b${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(low))) continue;
    // Part of a list or a title: the gap would be ambiguous.
    const t = ctx.doc.tokens;
    if (t[m.first - 1]?.text === "," && t[m.first - 2] && ctx.ents.mentionAt.has(m.first - 2)) continue;
    if (t[m.last + 1]?.text === "," && ctx.ents.mentionAt.has(m.last + 2)) continue;
    if (/^(and|or)$/.test(t[m.first - 1]?.lower ?? "") && ctx.ents.mentionAt.has(m.first - 2)) continue;
    if (/^(and|or)$/.test(t[m.last + 1]?.lower ?? "") && ctx.ents.mentionAt.has(m.last + 2)) continue;
    // "(NLP)" only abbreviates the words before it.
    if (t[m.first - 1]?.text === "(" && t[m.last + 1]?.text === ")") continue;
    const topic = ctx.topic.has(e.id);
    const form = formOf(e, m);
    const kindWord = e.kind === "person" ? "person" : e.kind === "place" ? "place" : e.kind === "org" ? "organisation" : "name";
    // Options of "the same kind" are only as good as the key's own type.
    // For a person, options the sentence's "her" or "his" (or the key's gender) allows.
    const ds = e.kind === "other" || !e.confident ? [] : e.kind === "person" && genderWanted(ctx, e.id, s.text)
      ? genderAgrees(ctx, e.id, s.text, entityDistractors(ctx.ents, e, form, [s.text], 6)).slice(0, 3)
      : entityDistractors(ctx.ents, e, form, [s.text], 3);
    const specific = 1 / Math.max(1, e.mentions.length);
    // True/false by swapping the name for another the article uses (a lexicon name would be obviously
    // false); which version is shown is seeded.
    const swap = ds.length >= 2 && standalone(s) && !topic && swappable(ctx, m) ? entityDistractors(ctx.ents, e, form, [s.text], 1, false)[0] : undefined;
    if (swap) {
      const truth = hash(s.text + m.text) % 2 === 0;
      const statement = truth ? s.text : beforeName(ctx.doc.text.slice(s.start, m.start), swap) + swap + ctx.doc.text.slice(m.end, s.end);
      out.push({
        body: {
          type: "truefalse",
          prompt: `True or false? ${statement}`,
          answer: truth,
          explanation: explain([s], truth ? "So the statement is true." : `It was ${m.text}, not ${swap}.`),
          evidence: [spanOf(s)],
          skill: "detail",
          difficulty: 1,
        },
        score: 2.1,
        family: "truefalse",
        sentences: [s.index],
        facts: [`entity:${e.id}`],
        key: [String(truth)],
        distractors: [],
      });
    }
    if (ds.length >= 2) {
      const { options: opts, answer } = options(m.text, ds, s.text + m.start);
      const wh = whoDid(ctx, s, m, e.kind) ?? whereDid(ctx, s, m, e.kind) ?? whoObject(ctx, s, m, e.kind);
      out.push({
        body: {
          type: "single",
          prompt: wh ?? `Which ${kindWord} completes this sentence from the article? ${prompt0}`,
          options: opts,
          answer,
          explanation: explain([s], `The missing ${kindWord} is ${m.text}.`),
          evidence: [spanOf(s)],
          skill: "detail",
          difficulty: 2,
        },
        // "he told Le Nouvel Observateur": where a quote was published is trivia.
        score: 2.3 + 0.4 * specific - (topic ? 1.5 : 0) - (s.quoted ? 0.2 : 0) - (/^(told|to|in)$/.test(t[m.first - 1]?.lower ?? "") && e.kind === "org" ? 1 : 0),
        sentences: [s.index],
        // The speaker of a quotation is an attribution fact, asked once.
        facts: [`entity:${e.id}`, ...(nearQuote(ctx.doc, m) ? [`speaker:${e.id}`] : []), ...roleFacts(ctx, e.id, [s.index])],
        key: [m.text],
        distractors: ds,
      });
    } else if ((e.kind === "other" || e.kind === "org") && m.text.split(" ").length <= 3 && !/^[A-Z]{2,3}$/.test(m.text) &&
      e.mentions.length >= 2) {
      // A name the article uses once, on its own, is trivia; one it returns to is worth a typed answer.
      out.push({
        body: {
          type: "blank",
          prompt: `Fill in the gap with the name used in the article: ${prompt0.replace(BLANK, "___")}`,
          answer: [[...new Set([m.text, e.name])]],
          explanation: explain([s], `The missing name is ${m.text}.`),
          evidence: [spanOf(s)],
          skill: "detail",
          difficulty: 3,
        },
        score: 1.9 + 0.3 * specific - (topic ? 1.5 : 0),
        sentences: [s.index],
        facts: [`entity:${e.id}`],
        key: [m.text],
        distractors: [],
      });
    }
  }
  return out;
}

export const family: Family = { name: "name", cap: 0.3, min: 2, build };
