/**
 * Stage 2: sentences with character offsets into the cleaned text, and the broken-sentence rules
 * from GENERATOR.md (splices where text went missing, quotes that open and never close).
 * A broken sentence is kept for context (names, types) but never becomes evidence or a question.
 */
import { analyse, type Token, type WinkEntity } from "./nlp";
import { findArticleGaps, splitParagraphs } from "../quiz/article-segments";

export type Sentence = {
  index: number;
  para: number;
  start: number;
  end: number;
  text: string;
  /** Global token range [first, last], inclusive. */
  first: number;
  last: number;
  /** Why the sentence cannot be evidence; undefined when intact. */
  broken?: string;
  /** The sentence starts inside a quotation (it is someone's words). */
  quoted: boolean;
  /** The sentence carries someone's words: a quotation of four or more words, or a quote left open (hasSpeech). */
  speech: boolean;
};

export type Doc = {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  numbers: WinkEntity[];
  paragraphs: { start: number; end: number }[];
  /** Token index → sentence index. */
  sentenceOf: Int32Array;
};

const isPunct = (t: Token | undefined) => !t || t.kind === "punctuation" || /^[^\p{L}\p{N}]+$/u.test(t.text);

/**
 * Whether a sentence carries someone's words: a quotation of four or more words, or a quote mark
 * left open. A quoted term (".amazon", "the 'Red Rat'") is not speech.
 */
export const hasSpeech = (text: string) => {
  const marks = text.match(/"/g)?.length ?? 0;
  return marks % 2 === 1 || /"[^"]*?(?:\S+\s+){3,}[^"]*"/.test(text);
};

/**
 * Token indices where a splice starts (text before it went missing): the reader's gap finder
 * (lib/quiz/article-segments.ts), so the generator never cites a sentence the reader marks "[…]".
 */
function findSplices(text: string, tokens: Token[]): Set<number> {
  const gaps = new Set(findArticleGaps(splitParagraphs(text)));
  const out = new Set<number>();
  tokens.forEach((t, i) => { if (i > 0 && gaps.has(t.start)) out.add(i); });
  return out;
}

type Range = [number, number];

/** Character ranges (absolute) covered by quotations that never close, within one segment. */
function unclosedQuotes(text: string, from: number, to: number, continuesNext: boolean): { bad: Range[]; inside: Range[] } {
  const bad: Range[] = [];
  const inside: Range[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    if (text[i] !== '"') continue;
    const before = i === from ? " " : text[i - 1]!;
    const after = i + 1 >= to ? " " : text[i + 1]!;
    const opens = /[\s([\u2014\u2013-]/.test(before) && !/\s/.test(after);
    const closes = !/\s/.test(before) && (/[\s,.;:!?)\]\u2014\u2013-]/.test(after) || i + 1 >= to);
    if (open < 0) {
      if (opens || !closes) open = i;
      else bad.push([from, i + 1]); // a close with no open: the start went missing
    } else if (closes || !opens) {
      inside.push([open, i + 1]);
      open = -1;
    } else {
      bad.push([open, i]);
      open = i;
    }
  }
  if (open >= 0) {
    if (continuesNext) inside.push([open, to]);
    else bad.push([open, to]);
  }
  return { bad, inside };
}

const overlaps = (a: Range, s: number, e: number) => a[0] < e && s < a[1];
/** A paragraph whose last character is no sentence end. */
const cutOff = (text: string, p: { start: number; end: number }) => /[\p{L}\p{N},;]\s*$/u.test(text.slice(p.start, p.end));

/** Abbreviations a full stop follows without ending a sentence. */
const ABBREVIATION = /^(mr|mrs|ms|dr|st|prof|gen|sen|rep|gov|lt|col|capt|sgt|no|vs|jr|sr|inc|ltd|co|corp|mt|ft|rev|hon|[a-z])$/i;

/**
 * Whether a sentence ends just before token i: a full stop (or ?/!) — alone or glued to its word
 * ("$392m.", "60p.") — perhaps closed by a quote, then a capital after a space. An abbreviation or
 * an initial ("Mr.", "J. Smith") ends nothing; a unit glued to a number ("60p.") is no initial.
 */
function endsBefore(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  let j = i - 1;
  if (tokens[j]?.text === '"') j--;
  const stop = tokens[j];
  if (!stop || tokens[i - 1]!.end >= t.start) return false;
  if (!/^\p{Lu}/u.test(t.text) && !(t.text === '"' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ""))) return false;
  if (t.text === '"' && tokens[i - 1]!.text === '"') return false;
  if (/^[.!?]$/.test(stop.text)) {
    const word = tokens[j - 1];
    return !!word && word.end === stop.start && !ABBREVIATION.test(word.text) && !/^\p{Lu}$/u.test(word.text);
  }
  const glued = /^(\p{L}+)\.$/u.exec(stop.text);
  if (!glued) return false;
  const before = tokens[j - 1];
  if (glued[1]!.length === 1) return !!before && before.end === stop.start && /\d$/.test(before.text);
  return !ABBREVIATION.test(glued[1]!) && !/^\p{Lu}/u.test(glued[1]!);
}

export function segment(text: string): Doc {
  const paragraphs: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });

  const tokens: Token[] = [];
  const numbers: WinkEntity[] = [];
  const raw: { para: number; first: number; last: number }[] = [];
  paragraphs.forEach((p, pi) => {
    const a = analyse(text.slice(p.start, p.end), p.start);
    const base = tokens.length;
    tokens.push(...a.tokens);
    for (const e of a.entities) numbers.push({ ...e, first: e.first + base, last: e.last + base });
    for (const [f, l] of a.sentences) if (l >= f && a.tokens[f]) raw.push({ para: pi, first: f + base, last: Math.min(l, a.tokens.length - 1) + base });
  });

  const splices = findSplices(text, tokens);

  // Split wink's sentences at splices; the fragment before a splice is broken. Split them also
  // where one sentence plainly ends inside ("… is 80p." The Department …", "… to $392m. Attendance
  // fell …"), which wink sometimes misses.
  const pieces: { para: number; first: number; last: number; broken?: string }[] = [];
  for (const r of raw) {
    let f = r.first;
    for (let i = r.first + 1; i <= r.last; i++) {
      if (splices.has(i)) {
        pieces.push({ para: r.para, first: f, last: i - 1, broken: "text is missing after this point (splice)" });
        f = i;
      } else if (i > f + 2 && endsBefore(tokens, i)) {
        pieces.push({ para: r.para, first: f, last: i - 1 });
        f = i;
      }
    }
    pieces.push({ para: r.para, first: f, last: r.last });
  }

  // Quote pairing per segment: a paragraph, cut again at each splice.
  const bad: Range[] = [];
  const inside: Range[] = [];
  paragraphs.forEach((p, pi) => {
    const cuts = [...splices].filter((i) => tokens[i]!.start > p.start && tokens[i]!.start < p.end).map((i) => tokens[i]!.start).sort((a, b) => a - b);
    const bounds = [p.start, ...cuts, p.end];
    const next = paragraphs[pi + 1];
    const nextOpens = !!next && text[next.start] === '"';
    for (let k = 0; k + 1 < bounds.length; k++) {
      const last = k + 2 === bounds.length;
      const r = unclosedQuotes(text, bounds[k]!, bounds[k + 1]!, last && nextOpens);
      bad.push(...r.bad);
      inside.push(...r.inside);
    }
  });

  // A piece that is only closing punctuation (a quote mark wink split off) belongs to the one before.
  for (let k = pieces.length - 1; k > 0; k--) {
    const pc = pieces[k]!;
    const only = tokens.slice(pc.first, pc.last + 1).every((t) => isPunct(t));
    if (only && pieces[k - 1]!.para === pc.para) {
      pieces[k - 1]!.last = pc.last;
      pieces.splice(k, 1);
    }
  }

  const sentences: Sentence[] = [];
  for (const pc of pieces) {
    const first = tokens[pc.first];
    const last = tokens[pc.last];
    if (!first || !last) continue;
    const start = first.start;
    const end = last.end;
    const s = text.slice(start, end);
    let broken = pc.broken;
    if (!broken && bad.some((b) => overlaps(b, start, end))) broken = "a quotation opens and never closes";
    if (!broken && !/^["'(\u2018\u201c]?[\p{Lu}\p{N}]/u.test(s)) broken = "does not start like a sentence";
    // A paragraph that stops mid-sentence ("… a fly squashed in Titus") carries on in the next one.
    if (!broken && sentences.length && pc.para > 0 && pieces.find((x) => x.para === pc.para) === pc && cutOff(text, paragraphs[pc.para - 1]!)) broken = "continues a sentence cut at the paragraph break";
    if (!broken && !/[.!?…]["')\]\u2019\u201d]*$/.test(s)) broken = "does not end like a sentence";
    const quoted = inside.some((q) => q[0] < start + 1 && start < q[1] - 1) || s.startsWith('"');
    sentences.push({ index: sentences.length, para: pc.para, start, end, text: s, first: pc.first, last: pc.last, broken, quoted, speech: hasSpeech(s) });
  }
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  for (const s of sentences) for (let i = s.first; i <= s.last; i++) sentenceOf[i] = s.index;
  return { text, tokens, sentences, numbers, paragraphs, sentenceOf };
}
