/** Months, among nearby months. */
import { MONTHS } from "../lexicon";
import { spanOf, blankOut, explain, options, okSentence, type Candidate, type Ctx, type Family } from "./construct";

const MONTH_NAMES = [...MONTHS].map((m) => m[0]!.toUpperCase() + m.slice(1));

/** Months ("since September"): single choice among nearby months, the article's own first. */
function build(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const t = ctx.doc.tokens;
  const inArticle = new Set(t.filter((x) => MONTH_NAMES.includes(x.text)).map((x) => x.text));
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    const mi = MONTH_NAMES.indexOf(tok.text);
    if (mi < 0 || (tok.text === "May" && !/^\d/.test(t[i + 1]?.text ?? "") && !/^(in|since|until|by|of|last|next|early|late|mid)$/i.test(t[i - 1]?.text ?? ""))) continue;
    const s = ctx.doc.sentences[ctx.doc.sentenceOf[i]!];
    if (!s || !okSentence(s)) continue;
    const near = [1, -1, 2, -2, 3, -4].map((d) => MONTH_NAMES[(mi + d + 12) % 12]!);
    const pool = [...near.filter((m) => inArticle.has(m)), ...near].filter((m) => !s.text.includes(m));
    const ds = [...new Set(pool)].slice(0, 3);
    const { options: opts, answer } = options(tok.text, ds, s.text + tok.start);
    out.push({
      body: {
        type: "single",
        prompt: `Which month completes this sentence from the article? ${blankOut(ctx.doc, s, tok.start, tok.end)}`,
        options: opts,
        answer,
        explanation: explain([s], `The month is ${tok.text}.`),
        evidence: [spanOf(s)],
        skill: "detail",
        difficulty: 2,
      },
      // A month in a sentence-opening adverbial ("Since August, when …") frames the sentence
      // rather than stating its news.
      score: 2.4 - (/^"?(Since|In|By|From|Until|After|Before|Early|Late|Last|By)\b/.test(s.text) && tok.start - s.start < 16 ? 0.5 : 0),
      sentences: [s.index],
      facts: [`month:${s.index}`],
      key: [tok.text],
      distractors: ds,
    });
  }
  return out;
}


export const family: Family = { name: "date", cap: 0.3, min: 2, build };
