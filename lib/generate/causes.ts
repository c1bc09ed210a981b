/**
 * Explicit cause and effect within one intact sentence, from its connective: "EFFECT because
 * CAUSE", "EFFECT because of / due to / owing to / as a result of CAUSE", "Because CAUSE, EFFECT",
 * "CAUSE led to / caused / resulted in EFFECT". No connective, no relation: nothing is inferred.
 */
import type { Doc, Sentence } from "./sentences";
import type { Token } from "./nlp";

export type Cause = {
  sentence: number;
  /** The effect as a clause ("the factory closed") or, for "led to", a noun phrase. */
  effect: string;
  cause: string;
  /** "clause" for "because …", "np" for "because of …", "due to …", "led to". */
  shape: "clause" | "np";
  connective: string;
  /** Tokens of the effect clause, for turning it into a question. */
  effectTokens: Token[];
};

const PRONOUN = /^(he|she|it|they|this|that|these|those|there|we|i|you|his|her|its|their|which|who)$/i;
const NP_CONN = /^(because of|due to|owing to|as a result of|thanks to|in response to)$/i;

const wc = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Up to the first clause boundary. */
const clauseEnd = (s: string) => s.split(/(?:[,;:–—]|\s(?:which|who|where|while|although|but|and then)\s)/)[0]!.trim().replace(/[.!?]$/, "");

export function findCauses(doc: Doc): Cause[] {
  const out: Cause[] = [];
  for (const s of doc.sentences) {
    if (s.broken || s.quoted || s.speech || wc(s.text) > 45) continue;
    const text = s.text.replace(/[.!?]$/, "");
    const toks = doc.tokens.slice(s.first, s.last + 1);
    const tokensOf = (from: number, to: number) => toks.filter((t) => t.start >= s.start + from && t.end <= s.start + to);
    let m: RegExpExecArray | null;
    // Because CAUSE, EFFECT / Due to CAUSE, EFFECT
    if ((m = /^(Because of|Because|Due to|Owing to|As a result of|Thanks to) ([^,]{6,120}), (.{12,200})$/.exec(text))) {
      const conn = m[1]!.toLowerCase();
      const effect = clauseEnd(m[3]!);
      push(s, effect, m[2]!, NP_CONN.test(conn) ? "np" : "clause", conn, tokensOf(m.index + m[0].length - m[3]!.length, m.index + m[0].length - m[3]!.length + effect.length));
      continue;
    }
    // EFFECT because (of) CAUSE
    if ((m = /^(.{12,200}?),? (because of|because|due to|owing to|as a result of|thanks to|in response to) (.{6,160})$/.exec(text))) {
      const conn = m[2]!.toLowerCase();
      const effect = m[1]!.trim().replace(/,\s*(?:he|she|they|[A-Z]\w+) (?:says|said|adds|added)$/, "");
      // "due to launch in 2014" is a schedule, not a cause.
      const next = toks.find((t) => t.start >= s.start + m!.index + m![1]!.length + m![2]!.length + 2);
      if (next && (next.pos === "VERB" || next.pos === "AUX")) continue;
      if (/,/.test(effect) && effect.split(",").length > 2) continue;
      push(s, effect, clauseEnd(m[3]!), NP_CONN.test(conn) ? "np" : "clause", conn, tokensOf(0, effect.length));
      continue;
    }
    // CAUSE led to EFFECT
    if ((m = /^(.{6,120}?) (led to|has led to|have led to|caused|has caused|resulted in|has resulted in|prompted|triggered|sparked) (.{6,160})$/.exec(text))) {
      const cause = m[1]!.trim();
      if (/,/.test(cause)) continue;
      push(s, clauseEnd(m[3]!), cause, "np", m[2]!.toLowerCase(), []);
    }
  }
  function push(s: Sentence, effect: string, cause: string, shape: Cause["shape"], connective: string, effectTokens: Token[]) {
    const c = cause.trim().replace(/[.!?]$/, "");
    if (wc(effect) < 3 || wc(effect) > 22 || wc(c) < 2 || wc(c) > 18) return;
    if (PRONOUN.test(effect.split(/\s+/)[0]!) && connective !== "led to") return;
    if (/^(the fact|what|how|this|that|it)\b/i.test(c) && shape === "np" && wc(c) < 3) return;
    out.push({ sentence: s.index, effect, cause: c, shape, connective, effectTokens });
  }
  return out;
}

const IRREGULAR_PAST = /^(was|were|had|did|made|took|gave|sold|bought|paid|spent|lost|won|built|sent|brought|found|got|kept|left|met|saw|told|went|came|began|became|fell|rose|grew|knew|thought|felt|ran|held|stood|wrote|chose|drove|broke|spoke|hid|fled|led|cut|put|set|hit|shut|quit)$/;

/** "the factory closed" → "did the factory close"; undefined when the clause has no simple shape. */
export function invert(effect: string, toks: Token[]): string | undefined {
  if (!toks.length) return undefined;
  const vi = toks.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  if (vi <= 0 || vi > 8) return undefined;
  const subj = toks.slice(0, vi);
  if (subj.some((t) => /^[,;:"()]$/.test(t.text))) return undefined;
  const v = toks[vi]!;
  const from = toks[0]!.start;
  const subject = effect.slice(0, subj.at(-1)!.end - from);
  const rest = effect.slice(v.end - from).trim();
  const lowSubj = /^(The|A|An|Many|Some|Most|More|Its|Their|His|Her)\b/.test(subject) ? subject[0]!.toLowerCase() + subject.slice(1) : subject;
  if (v.pos === "AUX" && /^(is|are|was|were|has|have|had|can|could|will|would|should|may|might|must)$/.test(v.lower)) {
    return `${v.lower} ${lowSubj}${rest ? " " + rest : ""}`;
  }
  if (v.pos !== "VERB") return undefined;
  const lemma = v.lemma;
  if (!lemma || lemma === v.lower && !/^(do|go|have)$/.test(lemma) && /ed$|s$/.test(v.lower)) return undefined;
  const aux = /ed$/.test(v.lower) || IRREGULAR_PAST.test(v.lower) ? "did" : /s$/.test(v.lower) && v.lower !== lemma ? "does" : v.lower === lemma ? "do" : undefined;
  if (!aux) return undefined;
  return `${aux} ${lowSubj} ${lemma}${rest ? " " + rest : ""}`;
}
