/**
 * The question generator: any English news article in, a comprehension quiz (quizFileSchema) out.
 * Pure and deterministic: no I/O, no network, no model downloads. See docs/generator.md.
 */
import { quizFileSchema, questionSchema, type Question, type QuizFile } from "../quiz/schema";
import { hash } from "./distractors";
import { cleanText } from "./clean";
import { GenerateError } from "./errors";
import { segment } from "./sentences";
import { findEntities } from "./entities";
import { findRelations } from "./relations";
import { buildCandidates, contextOf, type Candidate } from "./questions";
import { criticise, type Rejection } from "./critic";
import { MIN_SCORE, select } from "./rank";

export { GenerateError } from "./errors";
export type { GenerateErrorCode } from "./errors";

export type GenerateOptions = { title?: string; count?: number; slug?: string; source?: string; publishedOn?: string };

export const GENERATOR_VERSION = "readcheck-generate 2";
const MAX_WORDS = 50_000;
const ENGLISH = new Set(
  "the of and to a in is that for it was on with as he she they by at from has have are be this his her said were not but an which who will had been their its".split(" "),
);

function checkInput(raw: unknown): string {
  if (typeof raw !== "string") throw new GenerateError("not-text", "The input is not text.");
  if (raw.length > MAX_WORDS * 40) throw new GenerateError("too-long", `The article is longer than ${MAX_WORDS.toLocaleString("en-GB")} words.`);
  const sample = raw.slice(0, 20_000);
  const bad = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (sample.length > 0 && bad / sample.length > 0.01) throw new GenerateError("not-text", "The input looks like binary data, not an article.");
  return raw;
}

function checkText(text: string) {
  const ws = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (!/\p{L}/u.test(text) || ws.length === 0) throw new GenerateError("empty", "There is no article text to make questions from.");
  if (ws.length > MAX_WORDS) throw new GenerateError("too-long", `The article is longer than ${MAX_WORDS.toLocaleString("en-GB")} words.`);
  if (text.length > 400_000) throw new GenerateError("too-long", "The article is too long.");
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z\u00c0-\u024f]/g)?.length ?? 0;
  const english = ws.filter((w) => ENGLISH.has(w.toLowerCase())).length;
  if (latin / letters < 0.6 || (ws.length >= 8 && english / ws.length < 0.08)) {
    throw new GenerateError("not-english", "The article does not look like English; only English articles are supported.");
  }
}

const slugify = (s: string) =>
  s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "") || "article";

/**
 * A headline: a short first paragraph that does not read as a sentence (no closing full stop, or
 * Title Case), followed by the article. Returned with the text that follows it.
 */
export function splitHeadline(text: string): { headline?: string; body: string } {
  const m = /^([^\n]{3,160})\n+/.exec(text);
  if (!m) return { body: text };
  const line = m[1]!.trim();
  const rest = text.slice(m[0].length);
  const ws = line.split(/\s+/);
  const titleCase = ws.filter((w) => /^\p{Lu}/u.test(w)).length >= Math.ceil(ws.length * 0.6);
  const sentence = /[.!?…]["')\]]*$/.test(line) && !titleCase;
  if (ws.length > 18 || sentence || rest.split(/\s+/).length < 40) return { body: text };
  return { headline: line.replace(/[:;,]$/, ""), body: rest };
}

function titleFrom(text: string): string {
  const first = (text.split("\n")[0] ?? "").split(/(?<=[.!?])\s/)[0] ?? "";
  const ws = first.replace(/"/g, "").split(/\s+/).filter(Boolean);
  const t = ws.slice(0, 10).join(" ").replace(/[,;:.!?]+$/, "");
  return (ws.length > 10 ? `${t}…` : t) || "Article";
}

/** Turns an article into a quiz; throws GenerateError for input it cannot use. */
export function generateQuiz(text: string, options: GenerateOptions = {}): QuizFile {
  const raw = checkInput(text);
  const { headline, body: cleaned } = splitHeadline(cleanText(raw));
  checkText(cleaned);
  const count = Math.min(50, Math.max(1, Math.round(Number.isFinite(options.count) ? options.count! : 10)));
  const { chosen, candidates } = pipeline(cleaned, count, headline ?? options.title ?? "");
  const questions = chosen
    .sort((a, b) => a.sentences[0]! - b.sentences[0]!)
    .map((c, i) => ({ id: `q${i + 1}`, points: 1, ...c.body }))
    .filter((q) => questionSchema.safeParse(q).success);
  if (!questions.length) throw new GenerateError("no-questions", "The article gave no basis for a fair question; try a longer news article.");
  const title = (options.title?.trim() || headline || titleFrom(cleaned)).slice(0, 200);
  const publishedOn = options.publishedOn && /^\d{4}-\d{2}-\d{2}$/.test(options.publishedOn) && !Number.isNaN(Date.parse(options.publishedOn)) ? options.publishedOn : undefined;
  const quiz = {
    slug: slugify(options.slug || title),
    title,
    article: {
      title: (headline || title).slice(0, 300),
      ...(options.source?.trim() ? { source: options.source.trim().slice(0, 300) } : {}),
      ...(publishedOn ? { publishedOn } : {}),
      text: cleaned,
    },
    questions,
    review: `Draft from ${GENERATOR_VERSION}: ${questions.length} of ${count} requested, best of ${candidates.length} candidates. Not yet reviewed.`,
  };
  const parsed = quizFileSchema.safeParse(quiz);
  if (!parsed.success) throw new GenerateError("no-questions", "The generator could not build a valid quiz from this article.");
  return parsed.data;
}

/** The stages, exposed for the eval script: candidates, the critic's and the ranker's rejections, and the chosen ones in rank order. */
export function pipeline(cleaned: string, count: number, title = ""): { chosen: Candidate[]; candidates: Candidate[]; passed: Candidate[]; rejected: Rejection[] } {
  const doc = segment(cleaned);
  const ents = findEntities(doc);
  const rel = findRelations(doc, ents);
  const ctx = contextOf(doc, ents, rel, title);
  const candidates = buildCandidates(doc, ents, rel, ctx);
  const critic = criticise(ctx, candidates, title);
  const ranked = select(doc, critic.passed, count);
  return { chosen: ranked.chosen, candidates, passed: critic.passed, rejected: [...critic.rejected, ...ranked.rejected] };
}

/**
 * Every question the generator would stand behind for this article, best first, each under a
 * stable id derived from its content ("c" + hash): Regenerate walks this list, skipping the ids the
 * caller says were used or rejected, so each press gives the next-best unused one without any
 * server state. `text` is the quiz's stored (cleaned) article text.
 */
export function candidateQuestions(text: string, title = ""): { candidateId: string; question: Question }[] {
  const { chosen, passed } = pipeline(text, 200, title);
  // The ranker's consistent set first; then every other candidate the critic passed, best first,
  // one per fact: a replacement is checked against the saved quiz (its sentences) by the caller,
  // not against the draft the ranker would have built.
  const facts = new Set(chosen.flatMap((c) => c.facts));
  const rest = passed
    .filter((c) => !chosen.includes(c) && c.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.sentences[0]! - b.sentences[0]!)
    .filter((c) => { if (c.facts.some((f) => facts.has(f))) return false; c.facts.forEach((f) => facts.add(f)); return true; });
  const out: { candidateId: string; question: Question }[] = [];
  for (const c of [...chosen, ...rest]) {
    const parsed = questionSchema.safeParse({ id: "candidate", points: 1, ...c.body });
    if (parsed.success) out.push({ candidateId: `c${hash(JSON.stringify(c.body)).toString(36)}`, question: parsed.data });
  }
  return out;
}

export { cleanText } from "./clean";
export type { Candidate } from "./questions";
