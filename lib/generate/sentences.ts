/**
 * Stage 2: sentences with character offsets into the cleaned text, and the broken-sentence rules
 * from GENERATOR.md (splices where text went missing, quotes that open and never close).
 * A broken sentence is kept for context (names, types) but never becomes evidence or a question.
 */
import { analyse, type Token, type WinkEntity } from "./nlp";
import { REPORTING_VERBS } from "./lexicon";

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

// Capitalised function words that cannot start a name or title mid-sentence.
const FUNCTION_CAPS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "they", "he", "she", "it", "we", "you", "his", "her",
  "their", "its", "our", "in", "on", "at", "for", "with", "but", "and", "or", "if", "when", "while",
  "as", "since", "after", "before", "there", "here", "what", "who", "how", "why", "where", "like",
]);

const isLowerWord = (t: Token | undefined) => !!t && /^[a-z][a-z'-]*$/.test(t.text);
const isCap = (t: Token | undefined) => !!t && /^[A-Z]/.test(t.text);
const isPunct = (t: Token | undefined) => !t || t.kind === "punctuation" || /^[^\p{L}\p{N}]+$/u.test(t.text);

/** Capitalised words the article uses as names more than once mid-sentence ("Cool" in "asked Cool"). */
function knownNames(tokens: Token[]): Set<string> {
  const counts = new Map<string, number>();
  const lowerSeen = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^[a-z]/.test(t.text)) lowerSeen.add(t.lower);
    else if (isCap(t) && !isPunct(tokens[i - 1]) && !/[.!?]$/.test(tokens[i - 1]!.text)) {
      counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([w, n]) => n >= 2 && !lowerSeen.has(w) && !FUNCTION_CAPS.has(w)).map(([w]) => w));
}

/**
 * Whether a sentence carries someone's words: a quotation of four or more words, or a quote mark
 * left open. A quoted term (".amazon", "the 'Red Rat'") is not speech.
 */
export const hasSpeech = (text: string) => {
  const marks = text.match(/"/g)?.length ?? 0;
  return marks % 2 === 1 || /"[^"]*?(?:\S+\s+){3,}[^"]*"/.test(text);
};

/** Token indices (within `tokens`) where a splice starts: text before it went missing. */
export function findSplices(tokens: Token[], text: string, names = knownNames(tokens)): number[] {
  const out: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const cur = tokens[i]!;
    if (!isLowerWord(prev)) continue;
    if (cur.text === '"' || cur.text === "“") {
      // An opening quote glued to the next word, after a lowercase word that does not introduce speech.
      const next = tokens[i + 1];
      const glued = next && next.start === cur.end && cur.start > prev.end;
      if (glued && isCap(next) && (FUNCTION_CAPS.has(next.lower) || next.pos === "VERB" || next.pos === "AUX" || next.pos === "PRON") &&
        !REPORTING_VERBS.has(prev.lower) && !["as", "called", "named", "dubbed", "titled", "entitled", "word", "words", "slogan"].includes(prev.lower)) {
        out.push(i);
      }
      continue;
    }
    if (!isCap(cur) || cur.text === "I" || /^I'/.test(cur.text) || names.has(cur.lower)) continue;
    // Acronyms ("an IT technician") and names after a reporting verb ("told The Guardian") are not splices.
    if (cur.text.length > 1 && cur.text === cur.text.toUpperCase()) continue;
    if (REPORTING_VERBS.has(prev.lower)) continue;
    if (!(FUNCTION_CAPS.has(cur.lower) || cur.pos === "VERB" || cur.pos === "AUX")) continue;
    if (cur.start === prev.end) continue;
    // Title Case runs ("the book The New Terrorists,") are titles, not splices.
    let j = i;
    // A run may go on across "and"/"of"/"for"/"&" ("Assigned Names and Numbers").
    for (;;) {
      if (j + 1 < tokens.length && isCap(tokens[j + 1]) && tokens[j + 1]!.start > tokens[j]!.end) j++;
      else if (j + 2 < tokens.length && /^(and|of|for|&)$/.test(tokens[j + 1]!.text) && isCap(tokens[j + 2]) && !FUNCTION_CAPS.has(tokens[j + 2]!.lower)) j += 2;
      else break;
    }
    const after = tokens[j + 1];
    if (j > i && (isPunct(after) || after === undefined)) continue;
    if (j > i + 1) continue;
    out.push(i);
  }
  void text;
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

export function segment(text: string): Doc {
  const paragraphs: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });

  const tokens: Token[] = [];
  const numbers: WinkEntity[] = [];
  const raw: { para: number; first: number; last: number }[] = [];
  const paraTokens: [number, number][] = [];
  paragraphs.forEach((p, pi) => {
    const a = analyse(text.slice(p.start, p.end), p.start);
    const base = tokens.length;
    paraTokens.push([base, base + a.tokens.length]);
    tokens.push(...a.tokens);
    for (const e of a.entities) numbers.push({ ...e, first: e.first + base, last: e.last + base });
    for (const [f, l] of a.sentences) if (l >= f && a.tokens[f]) raw.push({ para: pi, first: f + base, last: Math.min(l, a.tokens.length - 1) + base });
  });

  const names = knownNames(tokens);
  const splices = new Set<number>();
  for (const [a, b] of paraTokens) {
    for (const s of findSplices(tokens.slice(a, b), text, names)) splices.add(s + a);
  }

  // Split wink's sentences at splices; the fragment before a splice is broken.
  const pieces: { para: number; first: number; last: number; broken?: string }[] = [];
  for (const r of raw) {
    let f = r.first;
    for (let i = r.first + 1; i <= r.last; i++) {
      if (splices.has(i)) {
        pieces.push({ para: r.para, first: f, last: i - 1, broken: "text is missing after this point (splice)" });
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
    if (!broken && !/[.!?…]["')\]\u2019\u201d]*$/.test(s)) broken = "does not end like a sentence";
    const quoted = inside.some((q) => q[0] < start + 1 && start < q[1] - 1) || s.startsWith('"');
    sentences.push({ index: sentences.length, para: pc.para, start, end, text: s, first: pc.first, last: pc.last, broken, quoted });
  }
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  for (const s of sentences) for (let i = s.first; i <= s.last; i++) sentenceOf[i] = s.index;
  return { text, tokens, sentences, numbers, paragraphs, sentenceOf };
}
