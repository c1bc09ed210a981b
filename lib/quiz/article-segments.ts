/**
 * The one segmentation of an article that every view shares: paragraphs, sentences, and the
 * pieces that evidence marks cut them into. Offsets are half-open [start, end) character offsets
 * into the article's full text, separators included, so a span that crosses a paragraph break is
 * cut into one piece per paragraph.
 *
 * The editor picks evidence and evidence-question keys by these sentences, the taking page lets a
 * student select them, and the generator cites them: keep one splitter so their spans agree.
 */

export type Range = { start: number; end: number };
export type Paragraph = Range & { text: string };
export type Sentence = Range & { text: string };
export type Segment = Range & { text: string; marked: boolean; active: boolean };

/** Paragraphs are separated by one or more line breaks (a blank line in the quiz format). */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const separator = /\n[ \t\r]*(?:\n[ \t\r]*)*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return out;

  function push(s: number, e: number) {
    if (text.slice(s, e).trim()) out.push({ start: s, end: e, text: text.slice(s, e) });
  }
}

// A sentence ends after . ! ? and any closing quotes or brackets, when whitespace or the end follows.
const SENTENCE_END = /[.!?]+["'\u201D\u2019)\]]*(?=\s|$)/g;

/** The sentences of one paragraph, trimmed of surrounding whitespace; offsets stay absolute. */
export function sentencesOf(p: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (const m of p.text.matchAll(SENTENCE_END)) {
    const stop = m.index + m[0].length;
    push(from, stop);
    from = stop;
  }
  push(from, p.text.length);
  return out;

  function push(a: number, b: number) {
    while (a < b && /\s/.test(p.text[a]!)) a++;
    while (b > a && /\s/.test(p.text[b - 1]!)) b--;
    if (b > a) out.push({ start: p.start + a, end: p.start + b, text: p.text.slice(a, b) });
  }
}

/** Every sentence of the article, in order. */
export function splitSentences(text: string): Sentence[] {
  return splitParagraphs(text).flatMap(sentencesOf);
}

/**
 * The sentence a span stands for: the first sentence it overlaps by more than half of the
 * shorter of the two (the rule evidence answers are graded by), if any.
 */
export function sentenceOfSpan(sentences: readonly Sentence[], span: Range): Sentence | undefined {
  return sentences.find((s) => overlapsMostly(s, span));
}

/** Whether the two ranges share more than half of the shorter one's characters. */
export function overlapsMostly(a: Range, b: Range): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared * 2 > Math.min(a.end - a.start, b.end - b.start);
}

/** Whether the two ranges share at least one character. */
export const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** Sorted, non-overlapping union of the ranges. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/**
 * The paragraph cut into pieces that are plain, marked, or marked and active; offsets stay
 * absolute. Active ranges are cut out of the marked union so that the active evidence is always
 * whole marks of its own, even where it overlaps another question's evidence.
 */
export function segmentParagraph(p: Paragraph, marked: Range[], active: Range[] = []): Segment[] {
  const union = mergeRanges([...marked, ...active]);
  const act = mergeRanges(active);
  const cuts = new Set([p.start, p.end]);
  for (const r of [...union, ...act]) {
    if (r.start > p.start && r.start < p.end) cuts.add(r.start);
    if (r.end > p.start && r.end < p.end) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (rs: Range[], s: number, e: number) => rs.some((r) => r.start <= s && e <= r.end);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    const m = inside(union, s, e);
    const a = m && inside(act, s, e);
    const last = out.at(-1);
    if (last && last.marked === m && last.active === a) {
      last.end = e;
      last.text = p.text.slice(last.start - p.start, e - p.start);
    } else {
      out.push({ start: s, end: e, marked: m, active: a, text: p.text.slice(s - p.start, e - p.start) });
    }
  }
  return out;
}

// A quotation that opens straight after a lowercase word, with no comma or colon, and runs on for
// a whole clause: the words that led into it are missing (`in central "They took Diabaly …`).
// After a verb of saying or naming the quotation is introduced, not cut (`Anna Walker said "We've …`).
const QUOTE_AFTER_WORD = /(?<!\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|replied|declared|announced|insisted|warned|explained|called|named|dubbed|titled|entitled|as))(?<=[a-z]) (?=["“][A-Z][^\s"”]*(?:\s[^\s"”]+){4})/g;
// A preposition followed by a capitalised word that can only begin a new sentence: a past tense
// (`dealers in Asked how`), a subject pronoun (`to They said`), or "The"/"A" starting a noun
// phrase in lowercase (`said on The French interior minister`). A title keeps its capitals
// (`of The New Terrorists`), and "The Guardian that" is a name followed by a function word.
const FUNCTION_WORD = "that|which|who|and|or|but|on|in|at|of|for|to|with|from|by|is|was|has|had|said|says";
const PREPOSITION_THEN_SENTENCE = new RegExp(
  "\\b(?:in|on|at|to|of|for|from|with|by|into|about) (?=" +
    [
      "[A-Z][a-z]+ed\\s[a-z]",
      "(?:He|She|It|They|We|I)\\s[a-z]",
      `(?:The|A|An)\\s(?:[A-Z][\\p{L}'’-]+\\s)?(?!(?:${FUNCTION_WORD})\\b)[a-z]{3,}\\s(?!(?:${FUNCTION_WORD})\\b)[a-z]{3,}`,
    ].join("|") +
    ")",
  "gu",
);
// A paragraph that stops mid-sentence: no closing punctuation at its end.
const ENDS_MID_SENTENCE = /[\p{L}\p{N},;]\s*$/u;
// Straight quotes open after a space or bracket and before a word; curly ones say which they are.
const OPENING_QUOTE = /(?:^|(?<=[\s(\[]))"(?=\S)|“/g;
const CLOSING_QUOTE = /(?<=\S)"|”/g;

/**
 * Opening quotation marks the paragraph never closes, each with where its quotation could end (the
 * next opening mark or the paragraph's end). A quotation that runs on into the next paragraph,
 * which then opens with a quotation mark, is the usual convention and not a gap.
 */
function unclosedQuotes(p: Paragraph, next?: Paragraph): Range[] {
  const marks = [
    ...[...p.text.matchAll(OPENING_QUOTE)].map((m) => ({ at: m.index, open: true })),
    ...[...p.text.matchAll(CLOSING_QUOTE)].map((m) => ({ at: m.index, open: false })),
  ].sort((a, b) => a.at - b.at);
  const out: Range[] = [];
  let open: number | null = null;
  for (const m of marks) {
    if (m.open) {
      if (open !== null) out.push({ start: open, end: m.at });
      open = m.at;
    } else open = null;
  }
  if (open !== null && !/^\s*["“]/.test(next?.text ?? "")) out.push({ start: open, end: p.text.length });
  return out.map((r) => ({ start: p.start + r.start, end: p.start + r.end }));
}

// Inside a quotation that never closes: a clause ends with a comma and a capitalised name starts
// the reporter's sentence (`Like other countries, Mathieu Guidère, a specialist`).
const COMMA_THEN_NAME = /, (?=(?!I\b)[A-Z][\p{L}'’-]+ [A-Z][\p{L}'’-]+)/gu;

/**
 * Offsets (absolute, like the paragraph's) where the text visibly lost words: a source that was
 * cut or pasted badly. The reader shows an editor's "[…]" there; the text itself is unchanged, so
 * evidence spans keep their offsets. Deliberately conservative: a missed gap shows the text as it
 * is, a false one would put an ellipsis into sound prose. `next` is the following paragraph, which
 * decides whether an unclosed quotation simply runs on.
 */
export function findTextGaps(p: Paragraph, next?: Paragraph): number[] {
  const gaps = new Set<number>();
  for (const re of [QUOTE_AFTER_WORD, PREPOSITION_THEN_SENTENCE]) {
    for (const m of p.text.matchAll(re)) gaps.add(p.start + m.index + m[0].length);
  }
  if (ENDS_MID_SENTENCE.test(p.text)) gaps.add(p.start + p.text.trimEnd().length);
  for (const quote of unclosedQuotes(p, next)) {
    // A gap already found inside the quotation explains why it never closes.
    if ([...gaps].some((g) => g > quote.start && g <= quote.end)) continue;
    const inside = p.text.slice(quote.start - p.start, quote.end - p.start);
    const m = COMMA_THEN_NAME.exec(inside);
    COMMA_THEN_NAME.lastIndex = 0;
    if (m) gaps.add(quote.start + m.index + m[0].length);
  }
  return [...gaps].sort((a, b) => a - b);
}

/** Every gap of the article's paragraphs (findTextGaps), each paragraph read with the next one. */
export function findArticleGaps(paragraphs: Paragraph[]): number[] {
  return paragraphs.flatMap((p, i) => findTextGaps(p, paragraphs[i + 1]));
}

/** The segments cut at the gaps, each piece with `gapBefore` set where a "[…]" goes before it. */
export function withGaps(segments: Segment[], gaps: number[]): (Segment & { gapBefore: boolean; gapAfter: boolean })[] {
  const out: (Segment & { gapBefore: boolean; gapAfter: boolean })[] = [];
  for (const s of segments) {
    let start = s.start;
    for (const g of gaps) {
      if (g <= start || g >= s.end) continue;
      out.push({ ...s, start, end: g, text: s.text.slice(start - s.start, g - s.start), gapBefore: false, gapAfter: false });
      start = g;
    }
    out.push({ ...s, start, text: s.text.slice(start - s.start), gapBefore: false, gapAfter: false });
  }
  for (const piece of out) {
    piece.gapBefore = gaps.includes(piece.start) && piece !== out[0];
    piece.gapAfter = gaps.includes(piece.end) && piece === out.at(-1);
  }
  return out;
}
