/**
 * A claim and who makes it, from reported speech without quotation marks: "Ms Lee said the
 * factory would close", "The factory will close, Ms Lee said", "According to Ms Lee, the factory
 * will close" → "According to the article, who said that the factory would close?", with the
 * article's other people (its speakers first) as options. Direct quotations are attribution.ts's.
 */
import type { Mention } from "../entities";
import type { Sentence } from "../sentences";
import { pickBalanced } from "../distractors";
import { SCORES } from "../scores";
import { explain, okSentence, otherSpeakers, roleFacts, singleChoice, words, type Candidate, type Ctx, type Family } from "./construct";

/** Verbs that report a claim; the question keeps the article's own verb. */
const CLAIM_VERBS = new Set(["said", "says", "told", "warned", "argued", "argues", "claimed", "claims", "believes", "believed", "insisted", "insists", "stated", "suggested", "suggests", "admitted", "explained", "thinks", "thought", "added"]);
/** A claim that opens with one of these needs the sentence before it to be understood. */
const CONTEXT_START = /^(he|she|it|they|this|that|these|those|there|we|i|you|his|her|their|its|such|then|also|so|but|and)\b/i;
/** Markers that the sentence is itself a quotation or a question, not a reported claim. */
const NOT_A_CLAIM = /["“”?]/;

/** A word of a title before a name: "Council leader", "harbour master", "the engineer". */
const isRoleWord = (t: { pos: string; text: string }) => /^(NOUN|PROPN|ADJ|DET)$/.test(t.pos) && /^[\p{L}-]+$/u.test(t.text);

type Found = { mention: Mention; verb: string; claim: string };

/** The speaker, the verb and the claim of one sentence, when it has one of the three shapes. */
export function reportedClaim(ctx: Ctx, s: Sentence): Found | undefined {
  if (!okSentence(s, 40) || s.quoted || s.speech || NOT_A_CLAIM.test(s.text)) return undefined;
  const toks = ctx.doc.tokens.slice(s.first, s.last + 1);
  const text = s.text.replace(/[.!]$/, "");
  const at = (i: number) => ctx.ents.mentionAt.get(i);
  const rest = (fromChar: number) => ctx.doc.text.slice(fromChar, s.start + text.length).trim();
  // 1. [role words] NAME[, apposition,] said (that) CLAIM
  const lead = toks.slice(0, 5).findIndex((t, k) => at(s.first + k) && toks.slice(0, k).every(isRoleWord));
  const head = lead >= 0 ? at(s.first + lead) : undefined;
  if (head) {
    let i = head.last + 1 - s.first;
    if (toks[i]?.text === ",") {
      const close = toks.findIndex((t, j) => j > i && t.text === ",");
      if (close < 0 || close - i > 10) return undefined;
      i = close + 1;
    }
    const v = toks[i];
    if (v && CLAIM_VERBS.has(v.lower)) {
      let j = i + 1;
      // "told reporters (that)", "told the BBC (that)": the hearer stays in the question.
      let verb = v.lower === "added" ? "said" : v.text;
      if (v.lower === "told") {
        const that = toks.findIndex((t, k) => k > j && t.lower === "that");
        if (that < 0 || that - j > 4) return undefined;
        verb = ctx.doc.text.slice(v.start, toks[that - 1]!.end);
        j = that;
      }
      if (toks[j]?.lower === "that") j++;
      if (!toks[j]) return undefined;
      return { mention: head, verb, claim: rest(toks[j]!.start) };
    }
  }
  // 2. CLAIM, NAME said. / CLAIM, said NAME.
  const lastComma = toks.map((t) => t.text).lastIndexOf(",");
  if (lastComma > 4) {
    const tail = toks.map((t, k) => ({ t, k: s.first + k })).slice(lastComma + 1).filter(({ t }) => !/^[.!]$/.test(t.text));
    const mAt = tail.findIndex(({ k }) => at(k));
    const m = mAt >= 0 ? at(tail[mAt]!.k) : undefined;
    const vAt = tail.findIndex(({ t }) => CLAIM_VERBS.has(t.lower));
    const verbTok = tail[vAt]?.t;
    // "…, harbour master Tom Burke said." / "…, said Tom Burke.": role words, the name and the verb, nothing else.
    const fits = m && verbTok && (vAt === tail.length - 1 || vAt === 0) &&
      tail.every(({ t, k }, j) => j === vAt || (k >= m.first && k <= m.last) || (k < m.first && isRoleWord(t)));
    if (m && verbTok && fits && m.last === tail[vAt === 0 ? tail.length - 1 : tail.length - 2]!.k) {
      const claim = ctx.doc.text.slice(s.start, toks[lastComma]!.start).trim();
      const verb = /^(says|claims|argues|insists|suggests|thinks|believes)$/.test(verbTok.lower) ? verbTok.lower : "said";
      return { mention: m, verb, claim };
    }
  }
  // 3. According to NAME, CLAIM
  if (/^According to /.test(text)) {
    const m = at(s.first + 2);
    const comma = m ? toks[m.last - s.first + 1] : undefined;
    if (m && comma?.text === ",") return { mention: m, verb: "says", claim: rest(comma.end) };
  }
  return undefined;
}

function build(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const speakers = new Set(ctx.rel.quotes.map((q) => q.speaker.id));
  const found = ctx.doc.sentences.map((s) => ({ s, f: reportedClaim(ctx, s) })).filter((x): x is { s: Sentence; f: Found } => !!x.f);
  for (const { f } of found) speakers.add(f.mention.entity);
  for (const { s, f } of found) {
    const e = ctx.ents.entities[f.mention.entity]!;
    if (!e.confident || (e.kind !== "person" && e.kind !== "org")) continue;
    let claim = f.claim.replace(/[,;:]$/, "");
    if (words(claim) < 5 || words(claim) > 28 || /[()]/.test(claim) || CONTEXT_START.test(claim) || /^(to|of|for|on)\b/.test(claim)) continue;
    // The claim must read as a clause of its own: a subject, then a verb.
    const from = s.start + s.text.indexOf(claim);
    const first = ctx.doc.tokens.findIndex((t, k) => k >= s.first && t.start >= from);
    const claimToks = ctx.doc.tokens.slice(first, s.last + 1).filter((t) => t.end <= from + claim.length);
    const vi = claimToks.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
    if (first < 0 || vi < 1 || vi > 10) continue;
    const low = claim.toLowerCase();
    if (e.forms.some((x) => low.includes(x))) continue;
    // A capital after "said" (not a name) is speech that lost its quotation marks: not a reported claim.
    const named = ctx.ents.mentionAt.has(first) || claimToks[0]!.text === "I";
    if (f.claim !== s.text.slice(0, f.claim.length) && /^\p{Lu}/u.test(claim) && !named) continue;
    // A sentence's first capital is kept only for a name.
    if (!named) claim = claim[0]!.toLowerCase() + claim.slice(1);
    const kind = e.kind === "person" ? "person" : "org";
    const pool = otherSpeakers(ctx, e, kind, speakers, low);
    const ds = pickBalanced(e.name, pool, 3);
    if (ds.length < 2) continue;
    const who = kind === "person" ? "who" : "which organisation";
    out.push(singleChoice({
      prompt: `According to the article, ${who} ${f.verb} that ${claim}?`,
      key: e.name, distractors: ds, seed: s.text, evidence: [s],
      explanation: explain([s], `The article reports this as ${e.name}'s ${kind === "person" ? "view" : "position"}.`),
      skill: "attribution", difficulty: 2,
      // A claim that names no number keeps the facts other questions ask about free.
      score: SCORES.claim + (ctx.ents.quantities.some((q) => q.sentence === s.index) ? -0.3 : 0) + 0.5 * (ctx.centrality[s.index] ?? 0),
      facts: [`speaker:${e.id}`, ...roleFacts(ctx, e.id, [s.index])],
    }));
  }
  return out;
}

export const family: Family = { name: "claim", cap: 0.2, min: 1, build };
