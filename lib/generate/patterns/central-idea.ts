/**
 * Central idea of the article and of a paragraph. The key is the sentence that carries the text:
 * for the article, the most central sentence of the opening paragraphs (news puts its point in the
 * lead), for a paragraph its most central sentence; distractors are true but narrower details from
 * other parts of the article, of similar length, so the question tests what the text is about
 * rather than what it says.
 */
import { hasSpeech, type Sentence } from "../sentences";
import { TEMPLATES } from "../lang/en";
import { SCORES } from "../scores";
import { contentWords, explain, singleChoice, words, type Candidate, type Ctx, type Family } from "./construct";

const LEAD = /^"?(He|She|It|They|This|That|These|Those|But|And|Or|So|Yet|His|Her|Their|Its|We|I|You|Such|Then|There|Here|Also|However|Meanwhile|Instead)\b/;

/** A sentence that can stand as an option on its own: intact, not speech, no pointing back. */
export const statementLike = (s: Sentence | undefined): s is Sentence =>
  !!s && !s.broken && !s.quoted && !hasSpeech(s.text) && !LEAD.test(s.text) && words(s.text) >= 8 && words(s.text) <= 36 &&
  !/\b(I|me|my|we|our|you)\b/.test(s.text) && !/[?:]$/.test(s.text);

/** Share of `a`'s content words found in `b`. */
const setCache = new Map<string, Set<string>>();
const wordSet = (s: string) => {
  let v = setCache.get(s);
  if (!v) {
    if (setCache.size > 20_000) setCache.clear();
    setCache.set(s, (v = new Set(contentWords(s))));
  }
  return v;
};

export function overlap(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (!x.size) return 0;
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / x.size;
}

const asStatement = (s: Sentence) => s.text.replace(/\s+/g, " ").trim();

/** Details: sentences from other paragraphs, least central first, close to the key's length, none restating it. */
function details(ctx: Ctx, key: Sentence, avoidParas: Set<number>, n: number): Sentence[] {
  const kw = words(key.text);
  return ctx.doc.sentences
    .filter((s) => statementLike(s) && s.index !== key.index && !avoidParas.has(s.para))
    .filter((s) => { const r = words(s.text) / kw; return r >= 0.55 && r <= 1.8; })
    .filter((s) => overlap(s.text, key.text) < 0.4 && overlap(key.text, s.text) < 0.4)
    .sort((a, b) => ctx.centrality[a.index]! - ctx.centrality[b.index]! || a.index - b.index)
    // Spread over the article: one per paragraph.
    .filter((s, i, all) => all.findIndex((o) => o.para === s.para) === i)
    .slice(0, n);
}

function build(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const { doc } = ctx;
  if (doc.sentences.length < 6) return out;
  // The article: the lead's most central sentence.
  // Features and simplified texts open with a scene or a hook: the lead counts only when it is
  // also central, and the key may come from the first quarter of the article.
  const reach = Math.max(3, Math.ceil(doc.paragraphs.length / 4));
  const lead = doc.sentences.filter((s) => s.para < reach && statementLike(s) && words(s.text) >= 12);
  const bonus = (s: Sentence) => (s.para === 0 && ctx.centrality[s.index]! >= 0.5 ? 0.25 : 0) - 0.03 * s.para;
  const key = lead.sort((a, b) => ctx.centrality[b.index]! + bonus(b) - ctx.centrality[a.index]! - bonus(a) || a.index - b.index)[0];
  if (key) {
    const ds = details(ctx, key, new Set([key.para]), 3);
    if (ds.length === 3) {
      out.push(singleChoice({
        prompt: TEMPLATES.centralArticle,
        key: asStatement(key),
        distractors: ds.map(asStatement),
        seed: key.text,
        evidence: [key],
        explanation: explain([key], "The article opens with this and returns to it throughout; the other statements are details from single paragraphs."),
        skill: "main-idea",
        difficulty: 2,
        score: SCORES.centralArticle,
        facts: ["central:article"],
        family: "central-idea",
      }));
    }
  }
  // A paragraph of three or more sentences: its most central sentence.
  doc.paragraphs.forEach((_, p) => {
    const ss = doc.sentences.filter((s) => s.para === p);
    if (ss.length < 3 || ss.some((s) => s.broken)) return;
    const local = ss.map((s) => ({ s, v: ss.reduce((a, o) => a + (o === s ? 0 : overlap(o.text, s.text)), 0) + (s === ss[0] ? 0.3 : 0) }));
    const best = local.filter((x) => statementLike(x.s)).sort((a, b) => b.v - a.v)[0];
    if (!best || best.v < 0.3) return;
    const ds = details(ctx, best.s, new Set([p]), 3);
    if (ds.length < 3) return;
    out.push(singleChoice({
      prompt: TEMPLATES.centralParagraph(p + 1),
      key: asStatement(best.s),
      distractors: ds.map(asStatement),
      seed: best.s.text + p,
      evidence: [best.s],
      explanation: explain([best.s], `The rest of paragraph ${p + 1} develops this point; the other statements come from other paragraphs.`),
      skill: "main-idea",
      difficulty: 3,
      score: SCORES.centralParagraph,
      facts: [`central:para:${p}`],
      family: "central-idea",
    }));
  });
  return out;
}

export const family: Family = { name: "central-idea", cap: 0.2, min: 1, build };
