/**
 * The one place that touches wink-nlp. The model (~4.6 MB) loads once, lazily, on first use: the
 * generator is pure compute, so a module-level instance is safe to share.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type Token = {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
  /** wink's token type: word, number, punctuation, quoted_phrase, emoji, symbol, … */
  kind: string;
};

export type WinkEntity = { type: string; start: number; end: number; text: string; first: number; last: number };

export type Analysed = {
  tokens: Token[];
  /** Sentence token ranges [first, last] inclusive, as wink splits them. */
  sentences: [number, number][];
  entities: WinkEntity[];
};

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | undefined;

export function getNlp(): Nlp {
  instance ??= winkNLP(model);
  return instance;
}

/** Tokens, sentences and wink's number/date entities of `text`, with offsets shifted by `base`. */
const DOMAIN_DOT = /(?<=^|[\s"'(\u201c\u2018])\.(?=[a-z][a-z0-9-]{1,30}\b)|(?<=[A-Za-z0-9])\.(?=(?:com|org|net|gov|edu|io)\b)/g;

export function analyse(text: string, base = 0): Analysed {
  const nlp = getNlp();
  const its = nlp.its;
  // A domain name in quotes (".amazon", ".com") is not a sentence end: wink reads the text with its
  // dot as a letter (same length, so offsets hold) and every token's text is sliced from the original.
  const wtext = text.replace(DOMAIN_DOT, "x");
  const doc = nlp.readDoc(wtext);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const kinds = doc.tokens().out(its.type) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let at = wtext.indexOf(v, cursor);
    // wink may normalise a token's value; fall back to the next non-space run so offsets stay monotone.
    if (at < 0 || at - cursor > 40) {
      while (cursor < text.length && /\s/.test(text[cursor]!)) cursor++;
      at = cursor;
    }
    const end = Math.min(text.length, at + v.length);
    const original = text.slice(at, end);
    tokens.push({ text: original, lower: original === v ? v.toLowerCase() : original.toLowerCase(), start: base + at, end: base + end, pos: pos[i]!, lemma: lemmas[i] ?? v.toLowerCase(), kind: kinds[i]! });
    cursor = end;
  }
  const sentences = (doc.sentences().out(its.span) as unknown as [number, number][]).map(
    ([a, b]) => [a, b] as [number, number],
  );
  const entities: WinkEntity[] = [];
  doc.entities().each((e: { out: (f?: unknown) => unknown }) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b) return;
    entities.push({ type: e.out(its.type) as string, start: a.start, end: b.end, text: e.out() as string, first, last });
  });
  return { tokens, sentences, entities };
}

/** Just tokenising, for the benchmark's baseline. */
export function tokenCount(text: string): number {
  const nlp = getNlp();
  return nlp.readDoc(text).tokens().length();
}
