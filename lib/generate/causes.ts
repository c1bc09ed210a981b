/**
 * Explicit cause and effect within one intact sentence, from its connective: "EFFECT because
 * CAUSE", "EFFECT because of / due to / owing to / as a result of CAUSE", "Because CAUSE, EFFECT",
 * "CAUSE, so EFFECT", "CAUSE led to / caused / resulted in EFFECT", purposes ("in order to …") and
 * a subject's own account ("…, saying …"). No connective, no relation:
 * nothing is inferred.
 *
 * Much of what news gives as a reason is someone's account ("Urmson said that the prototypes
 * dispensed with brakes because …"): the reporting frame is cut off the effect and kept, so the
 * question can name whose reason it is. An effect whose subject is "he" or "she" is kept with
 * `pronoun` set; the pattern names the person or drops it (causes know no entities).
 */
import type { Doc, Sentence } from "./sentences";
import type { Token } from "./nlp";
import { hasSpeech } from "./sentences";
import { REPORTING_VERBS } from "./lang/en";

export type Cause = {
  sentence: number;
  /** The effect as a clause ("the factory closed") or, for "led to", a noun phrase. */
  effect: string;
  cause: string;
  /** "clause" for "because …", "np" for "because of …", "due to …", "led to", "purpose" for "in order to …" (the cause is the verb phrase after "to"). */
  shape: "clause" | "np" | "purpose";
  connective: string;
  /** Tokens of the effect clause, for turning it into a question. */
  effectTokens: Token[];
  /** The reporting frame the effect was cut from ("Chris Urmson, director …, said that"), as an absolute [start, end). */
  frame?: [number, number];
  /** The effect's subject is "he" or "she": it must be named before it is asked. */
  pronoun?: boolean;
};

const PRONOUN = /^(he|she|it|they|this|that|these|those|there|we|i|you|his|her|its|their|which|who)$/i;
const NP_CONN = /^(because of|due to|owing to|as a result of|thanks to|in response to)$/i;
const MEDIAL = /(?:,\s*|\s)(because of|because|due to|owing to|as a result of|thanks to|in response to)\s/g;
/** ", so" that joins a consequence — not "so that", "so far", "so many", "so who …?". */
const SO = /,\s+so\s+(?!that\b|far\b|much\b|many\b|long\b|who\b|why\b|what\b|how\b|maybe\b|perhaps\b|too\b|as\b|to\b|it\b|this\b|that\b)/g;
const OPENER = /^(?:But|And|Yet|So|However,|Still,|Instead,)\s+/;
/** A time or place adjunct before the subject ("In 2013, …", "Last year, …"). */
const ADJUNCT = /^(?:In|On|At|By|Since|Last|This|Earlier|Later|For|During|Until|Before|Within|The next|The following)\b[^,]{0,60},\s*/;

const wc = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Up to the first clause boundary. */
export const clauseEnd = (s: string) => s.split(/(?:[,;:–—]|\s(?:which|who|where|while|although|but|and then|and that)(?=[\s,]))/)[0]!.trim().replace(/[.!?]$/, "");

/** Verbs that open someone's account of a reason: "X said (that) …", "X told reporters that …". */
const FRAME_VERBS = new Set("said says say added adds told tells explained explains insisted insists warned warns claimed claims noted notes argued argues stated states announced admitted believes believed thinks thought suggested suggests concluded acknowledged".split(" "));

/** Character ranges of the sentence that sit inside quotation marks. */
function quoted(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (open < 0) open = i;
    else { out.push([open, i]); open = -1; }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

export function findCauses(doc: Doc): Cause[] {
  const out: Cause[] = [];
  for (const s of doc.sentences) {
    if (s.broken || s.quoted || wc(s.text) > 50) continue;
    const text = s.text.replace(/[.!?]$/, "");
    const toks = doc.tokens.slice(s.first, s.last + 1);
    const tokensOf = (from: number, to: number) => toks.filter((t) => t.start >= s.start + from && t.end <= s.start + to);
    const inQuote = quoted(text);
    const isQuoted = (i: number) => inQuote.some(([a, b]) => i > a && i < b);
    const found = fronted(s, text, tokensOf) ?? medial(s, text, toks, tokensOf, isQuoted) ?? so(s, text, tokensOf, isQuoted) ?? ledTo(s, text) ?? purpose(s, text, toks, tokensOf, isQuoted) ?? saying(s, text, toks, tokensOf, isQuoted);
    if (found) push(found);
  }
  function push(c: Cause) {
    const cause = c.cause.trim().replace(/[.!?]$/, "");
    const first = c.effect.split(/\s+/)[0]!;
    if (wc(c.effect) < 3 || wc(c.effect) > 22 || wc(cause) < 2 || wc(cause) > 18) return;
    if (hasSpeech(c.effect) || hasSpeech(cause)) return;
    // Two clauses joined by "but" are no one effect; "One challenge is creating …" names a task, not an event.
    if (/(?:^|,)\s*but\s|\sbut\s+(?:the|a|an|its|their|his|her|[A-Z])/.test(c.effect) || /^(?:one|the|a|another|the main|the biggest)\s+(?:challenge|problem|aim|goal|idea|plan|task|priority|difficulty|issue|solution|answer|option|hope|worry|fear)s?\s+(?:is|was|are|were)\s+\w+ing\b/i.test(c.effect)) return;
    if (PRONOUN.test(first) && !c.connective.includes("led to") && !(c.pronoun && /^(he|she)$/i.test(first))) return;
    if (/^(the fact|what|how|this|that|it)\b/i.test(cause) && c.shape === "np" && wc(cause) < 3) return;
    out.push({ ...c, cause });
  }
  return out;
}

type TokensOf = (from: number, to: number) => Token[];

/** Because CAUSE, EFFECT / Due to CAUSE, EFFECT */
function fronted(s: Sentence, text: string, tokensOf: TokensOf): Cause | undefined {
  const m = /^(Because of|Because|Due to|Owing to|As a result of|Thanks to) ([^,]{6,120}), (.{12,200})$/.exec(text);
  if (!m) return undefined;
  const conn = m[1]!.toLowerCase();
  const at = m[0].length - m[3]!.length;
  const effect = clauseEnd(m[3]!);
  return { sentence: s.index, effect, cause: m[2]!, shape: NP_CONN.test(conn) ? "np" : "clause", connective: conn, effectTokens: tokensOf(at, at + effect.length) };
}

/**
 * The effect clause that ends at `end`: the opener ("But"), a time adjunct and a reporting frame
 * ("X said that") cut off; a relative clause ("the reputation, which continues to suffer") read
 * with its antecedent. Undefined when no plain clause is left.
 */
function effectBefore(s: Sentence, text: string, end: number, toks: Token[], tokensOf: TokensOf) {
  let from = 0;
  const skip = (re: RegExp) => { const m = re.exec(text.slice(from, end)); if (m) from += m[0].length; };
  skip(OPENER);
  if (/^(Despite|Although|Though|While|If|Unless|Whether|When)\b/.test(text.slice(from))) return undefined;
  skip(ADJUNCT);
  // The last reporting verb before the connective: what follows it is the account. Not a passive
  // ("is said to have"), and "told" only with its "that" ("told reporters that").
  let frame: [number, number] | undefined;
  for (const [i, t] of toks.entries()) {
    const at = t.start - s.start;
    if (at < from || at >= end || !FRAME_VERBS.has(t.lower) || /^(is|are|was|were|be|been|being)$/.test(toks[i - 1]?.lower ?? "")) continue;
    const rest = /^(?:told|tells)$/.test(t.lower) ? /^\s+(?:\S+\s+){1,4}?that\s+/.exec(text.slice(t.end - s.start)) : /^\s*(?:that\s+)?/.exec(text.slice(t.end - s.start));
    if (!rest) continue;
    frame = [s.start, t.end + rest[0].length];
    from = t.end - s.start + rest[0].length;
  }
  // A closed relative clause ("the tree, under which the writer sat, …") is left out, tokens and all.
  const cut: [number, number][] = [];
  // An open one ("the reputation, which continues to suffer") is the effect itself, read below;
  // one after a preposition ("under which") never is.
  const par = /,\s+(?:([a-z]+)\s+)?(?:which|whom|whose|who)\b[^,]*(,\s*|$)/g;
  let pm: RegExpExecArray | null;
  while ((pm = par.exec(text.slice(0, end)))) if (pm.index >= from && (pm[2] || pm[1])) cut.push([pm.index, pm.index + pm[0].length]);
  const kept = (from: number, to: number) => tokensOf(from, to).filter((t) => !cut.some(([a, b]) => t.start - s.start >= a && t.end - s.start <= b));
  const without = (from: number, to: number) => {
    let out = "", at = from;
    for (const [a, b] of cut) if (a >= from && b <= to) { out += text.slice(at, a) + " "; at = b; }
    return (out + text.slice(at, to)).replace(/\s+/g, " ").trim();
  };
  // "…, the reputation, which continues to suffer because …": the antecedent and its relative clause.
  const rel = /,\s+(which|who)\s+(?=\S)/g;
  let m: RegExpExecArray | null;
  let relAt = -1;
  const head = text.slice(0, end);
  while ((m = rel.exec(head))) if (m.index >= from && !cut.some(([a, b]) => m!.index >= a && m!.index < b)) relAt = m.index;
  if (relAt >= 0) {
    const before = kept(from, relAt);
    let i = before.length;
    while (i > 0 && /^(DET|NOUN|PROPN|ADJ|PART|NUM)$/.test(before[i - 1]!.pos) && !/^[,;]$/.test(before[i - 1]!.text)) {
      i--;
      if (before[i]!.pos === "DET") break;
    }
    const np = before.slice(i);
    if (!np.length || !/^(DET|PROPN)$/.test(np[0]!.pos) && !/'s?$/.test(np[1]?.text ?? "")) return undefined;
    const npText = text.slice(np[0]!.start - s.start, np.at(-1)!.end - s.start);
    const relStart = relAt + /,\s+(which|who)\s+/.exec(text.slice(relAt))![0].length;
    const vp = text.slice(relStart, end).trim();
    const effect = `${npText} ${vp}`;
    // Tokens with the antecedent's offsets and then the relative clause's: invert() reads by offset.
    return { effect, effectTokens: [...np, ...tokensOf(relStart, end)], frame, synthetic: true };
  }
  // "…, largely because": the trailing adverb belongs with the cause.
  const effect = without(from, end).replace(/,$/, "").replace(/,\s*\w+ly$/, "");
  if (/,/.test(effect) && effect.split(",").length > 2 || /\b(and|or|but|that)$/.test(effect)) return undefined;
  return { effect, effectTokens: kept(from, end), frame, synthetic: false };
}

/** EFFECT because (of) CAUSE, the connective anywhere past the opening words and outside quotes. */
function medial(s: Sentence, text: string, toks: Token[], tokensOf: TokensOf, isQuoted: (i: number) => boolean): Cause | undefined {
  MEDIAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MEDIAL.exec(text))) {
    if (m.index < 12 || isQuoted(m.index)) continue;
    const conn = m[1]!.toLowerCase();
    const after = m.index + m[0].length;
    // "due to launch in 2014" is a schedule, not a cause.
    const next = toks.find((t) => t.start >= s.start + after);
    if (next && (next.pos === "VERB" || next.pos === "AUX") && conn === "due to") return undefined;
    const e = effectBefore(s, text, m.index, toks, tokensOf);
    if (!e) return undefined;
    const cause = clauseEnd(text.slice(after));
    return {
      sentence: s.index, effect: e.effect, cause, shape: NP_CONN.test(conn) ? "np" : "clause", connective: conn,
      effectTokens: e.effectTokens, ...(e.frame ? { frame: e.frame } : {}), ...(/^(he|she)\b/i.test(e.effect) ? { pronoun: true } : {}),
    };
  }
  return undefined;
}

/** CAUSE, so EFFECT: "There was no teff on the market, so farmers planted it." */
function so(s: Sentence, text: string, tokensOf: TokensOf, isQuoted: (i: number) => boolean): Cause | undefined {
  SO.lastIndex = 0;
  const m = SO.exec(text);
  if (!m || m.index < 12 || isQuoted(m.index)) return undefined;
  let from = 0;
  const skip = (re: RegExp) => { const x = re.exec(text.slice(from)); if (x) from += x[0].length; };
  skip(OPENER);
  skip(ADJUNCT);
  const cause = clauseEnd(text.slice(from, m.index));
  if (/^(This|That|It|These|Those|Which)\b/.test(cause)) return undefined;
  const at = m.index + m[0].length;
  const effect = clauseEnd(text.slice(at));
  return { sentence: s.index, effect, cause, shape: "clause", connective: "so", effectTokens: tokensOf(at, at + effect.length), ...(/^(he|she)\b/i.test(effect) ? { pronoun: true } : {}) };
}

const PURPOSE_MARK = /(?:,\s*|\s)(in order to|so as to|in a bid to|in an attempt to|in an effort to)\s|,\s+(to)\s/g;
const FRONTED_PURPOSE = /^(In order to|So as to|In a bid to|In an attempt to|In an effort to|To) ([^,]{4,100}), (.{12,200})$/;

/**
 * Purpose: "EFFECT in order to (so as to, in a bid to, in an attempt to, in an effort to) VP",
 * "To VP, EFFECT", and "EFFECT, to VP" — each only when a verb follows the "to" ("rose 5%, to 3.2m"
 * is no purpose) and, for the bare ", to", when the clause before it has a verb of its own.
 */
function purpose(s: Sentence, text: string, toks: Token[], tokensOf: TokensOf, isQuoted: (i: number) => boolean): Cause | undefined {
  // The purpose belongs to the clause's own action: not when the clause holds another clause or
  // infinitive it could belong to ("means that cinemas need to show them … in order to recoup
  // costs"), a reporting verb ("To meet demand, BT said it would …"), or a "not only" cut from its "but".
  const plain = (ts: Token[]) => !ts.some((x, k) => x.lower === "that" && x.pos !== "DET" || x.lower === "to" && /^(VERB|AUX)$/.test(ts[k + 1]?.pos ?? "") || FRAME_VERBS.has(x.lower) || x.lower === "not" && ts[k + 1]?.lower === "only");
  const verbAt = (at: number) => {
    const t = toks.find((x) => x.start >= s.start + at);
    return !!t && t.pos === "VERB" && !/^(be|being|been)$/.test(t.lower);
  };
  const f = FRONTED_PURPOSE.exec(text);
  if (f) {
    if (!verbAt(f[1]!.length + 1)) return undefined;
    const at = f[0].length - f[3]!.length;
    const effect = clauseEnd(f[3]!);
    if (!plain(tokensOf(at, at + effect.length))) return undefined;
    return { sentence: s.index, effect, cause: f[2]!, shape: "purpose", connective: f[1]!.toLowerCase(), effectTokens: tokensOf(at, at + effect.length), ...(/^(he|she)\b/i.test(effect) ? { pronoun: true } : {}) };
  }
  PURPOSE_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PURPOSE_MARK.exec(text))) {
    if (m.index < 12 || isQuoted(m.index)) continue;
    const after = m.index + m[0].length;
    if (!verbAt(after)) continue;
    const conn = m[1] ?? m[2]!;
    const e = effectBefore(s, text, m.index, toks, tokensOf);
    if (!e || !e.effectTokens.some((t) => t.pos === "VERB" || t.pos === "AUX") || !plain(e.effectTokens)) return undefined;
    return {
      sentence: s.index, effect: e.effect, cause: clauseEnd(text.slice(after)), shape: "purpose", connective: conn,
      effectTokens: e.effectTokens, ...(e.frame ? { frame: e.frame } : {}), ...(/^(he|she)\b/i.test(e.effect) ? { pronoun: true } : {}),
    };
  }
  // "EFFECT-verb OBJECT to VP": the action, its object, then what it was for — never after a verb
  // or noun that takes an infinitive of its own ("wanted to", "asked them to", "a plan to").
  for (const [i, t] of toks.entries()) {
    if (t.lower !== "to" || i < 3 || isQuoted(t.start - s.start) || !verbAt(toks[i + 1] ? toks[i + 1]!.start - s.start : text.length)) continue;
    let j = i - 1;
    while (j > 0 && /^(DET|ADJ|NOUN|PROPN|NUM|PRON|PART)$/.test(toks[j]!.pos) && !/^(who|which|that|what)$/.test(toks[j]!.lower)) j--;
    const v = toks[j]!, head = toks[i - 1]!;
    if (j === i - 1 || v.pos !== "VERB" || INFINITIVE_VERBS.has(v.lemma ?? v.lower) || INFINITIVE_VERBS.has(v.lower) || INFINITIVE_NOUNS.has(head.lower) || /^(ADJ|DET)$/.test(head.pos)) continue;
    // "the first US president to address …", "the only candidate to visit …": the infinitive says
    // which one, not what for.
    if (toks.slice(j + 1, i).some((x) => /^(first|second|third|last|next|only|latest|youngest|oldest)$/.test(x.lower) || (x.pos === "ADJ" && /est$/.test(x.lower)))) continue;
    // The infinitive's verb in its plain form ("to conduct", not "to conducting"), and the action the
    // clause's first verb: "used the internet to link …", not "a program that proposes using drones to …".
    const inf = toks[i + 1]!;
    if (inf.lemma && inf.lemma !== inf.lower) continue;
    const e = effectBefore(s, text, t.start - s.start - 1, toks, tokensOf);
    if (!e || e.synthetic || /^\W/.test(e.effect) || e.effectTokens.find((x) => x.pos === "VERB") !== v) continue;
    if (!plain(e.effectTokens)) continue;
    return {
      sentence: s.index, effect: e.effect, cause: clauseEnd(text.slice(toks[i + 1]!.start - s.start)), shape: "purpose", connective: "to",
      effectTokens: e.effectTokens, ...(e.frame ? { frame: e.frame } : {}), ...(/^(he|she)\b/i.test(e.effect) ? { pronoun: true } : {}),
    };
  }
  return undefined;
}

const SAYING = /,\s+saying\s+(?:that\s+)?/g;
/** What a statement or warning says is its content, not the reason for it. */
const MESSAGE = /\b(statements?|warnings?|reports?|letters?|messages?|notes?|tweets?|e-?mails?|releases?|appeals?|notices?)\b/i;

/**
 * "Officials played down health risks, saying the matches were safe": the subject's own account of
 * why it acted, asked as "why did officials play down health risks?". Never when the clause reports
 * someone else ("He added that …, saying"), is passive (its subject is not who speaks), or issues a
 * message whose content the "saying" gives ("issued a warning, saying …").
 */
function saying(s: Sentence, text: string, toks: Token[], tokensOf: TokensOf, isQuoted: (i: number) => boolean): Cause | undefined {
  SAYING.lastIndex = 0;
  const m = SAYING.exec(text);
  if (!m || m.index < 12 || isQuoted(m.index) || /^["“]/.test(text.slice(m.index + m[0].length))) return undefined;
  const e = effectBefore(s, text, m.index, toks, tokensOf);
  if (!e || e.frame || e.synthetic || MESSAGE.test(e.effect)) return undefined;
  const ts = e.effectTokens;
  if (ts.some((x, k) => /^(is|are|was|were|be|been|being)$/.test(x.lower) && ts[k + 1]?.pos === "VERB" && /(ed|en|wn)$/.test(ts[k + 1]!.lower))) return undefined;
  if (!ts.some((x) => x.pos === "VERB" || x.pos === "AUX")) return undefined;
  return {
    sentence: s.index, effect: e.effect, cause: clauseEnd(text.slice(m.index + m[0].length)), shape: "clause", connective: "saying",
    effectTokens: ts, ...(/^(he|she)\b/i.test(e.effect) ? { pronoun: true } : {}),
  };
}

/** Verbs whose object an infinitive completes ("asked them to leave"): no purpose. */
const INFINITIVE_VERBS = new Set(
  ("want ask tell allow permit force urge encourage persuade enable order invite require expect help lead cause get need " +
   "advise warn remind teach train push pressure convince inspire prompt oblige compel instruct beg challenge dare like love prefer hate " +
   "choose elect appoint hire take give make let have see hear watch leave believe consider declare find know prove report say think show " +
   "pay set call sign recruit send become remain seem " +
   // "to" after these is a preposition more often than a purpose ("selling injera to top restaurants").
   "sell export supply deliver lend return move transfer ship bring offer hand donate give add compare link connect").split(" "),
);
/** Nouns an infinitive completes ("a plan to", "the right to", "the first to"). */
const INFINITIVE_NOUNS = new Set(
  ("plan plans bid bids effort efforts attempt attempts decision decisions right rights chance chances way ways ability need time " +
   "opportunity opportunities power powers permission intention desire wish willingness failure refusal promise pledge proposal proposals " +
   "move moves campaign campaigns call calls order orders request requests deal deals agreement scheme schemes strategy programme program " +
   "project projects license licence mandate freedom courage strength money funds funding resources tools means capacity capability " +
   "first second third last one ones only place places thing things something anything nothing everything someone anyone nobody everyone " +
   "reason reasons incentive pressure licence authority option options").split(" "),
);

/** CAUSE led to EFFECT */
function ledTo(s: Sentence, text: string): Cause | undefined {
  const m = /^(.{6,120}?) (led to|has led to|have led to|caused|has caused|resulted in|has resulted in|prompted|triggered|sparked) (.{6,160})$/.exec(text);
  if (!m) return undefined;
  const cause = m[1]!.trim().replace(OPENER, "").replace(/,\s+with\b[^,]*,/, "");
  // "He said the heat had caused him to …": someone's account with the person as object; not read here.
  if (/,/.test(cause) || cause.split(/\s+/).some((w) => REPORTING_VERBS.has(w.toLowerCase())) || /^(him|her|them|us|me|it)\b/.test(m[3]!)) return undefined;
  return { sentence: s.index, effect: clauseEnd(m[3]!), cause, shape: "np", connective: m[2]!.toLowerCase(), effectTokens: [] };
}

/** Tokens joined as the text spaces them. */
export const joined = (toks: Token[]) => toks.map((t, i) => (i && toks[i - 1]!.end < t.start ? " " : "") + t.text).join("");

const IRREGULAR_PAST = /^(was|were|had|did|made|took|gave|sold|bought|paid|spent|lost|won|built|sent|brought|found|got|kept|left|met|saw|told|went|came|began|became|fell|rose|grew|knew|thought|felt|ran|held|stood|wrote|chose|drove|broke|spoke|hid|fled|led|cut|put|set|hit|shut|quit)$/;

/** "the factory closed" → "did the factory close"; undefined when the clause has no simple shape. */
export function invert(effect: string, toks: Token[], isName: (t: Token) => boolean = (t) => t.pos === "PROPN"): string | undefined {
  if (!toks.length) return undefined;
  const vi = toks.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  if (vi <= 0 || vi > 8) return undefined;
  const subj = toks.slice(0, vi);
  // A subject is no phrase of place or time ("In the town of X they are building …").
  if (subj.some((t) => /^[,;:"()]$/.test(t.text)) || subj[0]!.pos === "ADP") return undefined;
  const v = toks[vi]!;
  // The subject's words as the effect spells them, then everything after the verb.
  const subject = joined(subj);
  const rest = effect.split(/\s+/).slice(wordsUpTo(effect, subject, v)).join(" ");
  // The subject's capital is kept only for a name ("Wales"), not a sentence opening ("Antibiotics").
  const lowSubj = !isName(subj[0]!) && subj[0]!.text !== "I" ? subject[0]!.toLowerCase() + subject.slice(1) : subject;
  if (v.pos === "AUX" && /^(is|are|was|were|has|have|had|can|could|will|would|should|may|might|must|do|does|did)$/.test(v.lower)) {
    return `${v.lower} ${lowSubj}${rest ? " " + rest : ""}`;
  }
  if (v.pos !== "VERB") return undefined;
  const lemma = v.lemma;
  if (!lemma || lemma === v.lower && !/^(do|go|have)$/.test(lemma) && /ed$|s$/.test(v.lower)) return undefined;
  const aux = /ed$/.test(v.lower) || IRREGULAR_PAST.test(v.lower) ? "did" : /s$/.test(v.lower) && v.lower !== lemma ? "does" : v.lower === lemma ? "do" : undefined;
  if (!aux) return undefined;
  return `${aux} ${lowSubj} ${lemma}${rest ? " " + rest : ""}`;
}

/** How many of the effect's words the subject and its verb take up. */
function wordsUpTo(effect: string, subject: string, v: Token): number {
  const ws = effect.split(/\s+/);
  const n = subject.split(/\s+/).length;
  // The verb is the next word, unless it is glued ("can't"): then stop at it.
  return ws[n] && ws[n]!.replace(/[^\p{L}']/gu, "").toLowerCase().startsWith(v.lower) ? n + 1 : n;
}
