/**
 * GIFT, Moodle's plain-text question format (docs.moodle.org/en/GIFT_format), parsed by the
 * maintained `gift-pegjs` grammar. A file is split into questions on blank lines, as Moodle's own
 * importer does, and each is parsed alone: one broken question is skipped, not the whole file.
 *
 * Every text is written as [html]; Readcheck's extra facts travel in the `// [id:…] [tag:…]`
 * comments that Moodle 4 reads (see collect.ts `metaTags`).
 */
import { parse, type GIFTQuestion, type TextFormat } from "gift-pegjs";
import { BLANK_PATTERN, countBlanks, type Question, type QuizFile } from "@/lib/quiz/schema";
import { metaTags, QuestionCollector, readMetaTags, type Draft } from "./collect";
import { articleToHtml, htmlToText, textToHtml } from "./text";
import { unrepresentable } from "./capabilities";
import type { ImportedQuiz, Skipped } from "./types";

/** GIFT's special characters, escaped with a backslash inside any text. */
const escapeGift = (s: string) => s.replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
/**
 * Our text as GIFT [html] text: escaped HTML, on one line (a blank line would end the question);
 * "%" and "//" as entities, since GIFT reads "=%50%…" as a weight and "//" as a comment and has
 * no escape for either.
 */
const gift = (text: string) => escapeGift(textToHtml(text).replace(/%/g, "&#37;").replace(/\/\//g, "&#47;&#47;"));

const oneLine = (s: string) => s.replace(/\s+/g, " ");
/** gift-pegjs leaves its escape placeholders ("&&092;") in matching answers; undo them. */
const unescapePlaceholders = (s: string) => s.replace(/&&(\d{3});?/g, (_, n: string) => (n === "010" ? "\n" : String.fromCharCode(Number(n)))).trim();

const weight = (w: number) => `%${Number(w.toFixed(5))}%`;

/** The quiz as GIFT; every question must be one GIFT can hold (capabilities.ts). */
export function exportGift(quiz: QuizFile): string {
  const blocks: string[] = [];
  blocks.push(`$CATEGORY: $course$/top/${escapeGift(quiz.title.replace(/\//g, "//"))}`);
  blocks.push(`// [id:rc-article] [tag:rc-article]\n::${escapeGift(quiz.article.title)}::[html]${escapeGift(articleToHtml(quiz.article.text))}`);
  for (const q of quiz.questions) {
    const answers = giftAnswers(q);
    const comment = `// [id:${q.id}] ${metaTags(q).map((t) => `[tag:${t}]`).join(" ")}`;
    const feedback = `####${gift(q.explanation)}`;
    // A gap-fill keeps its "___" in the text and its answers at the end, rather than GIFT's
    // missing-word form "before {=a} after": gift-pegjs cannot read a stem that opens with the
    // answers and rewrites the spaces around a gap, while Moodle shows both forms alike.
    blocks.push(`${comment}\n::${q.id}::[html]${gift(q.prompt)} {${answers}\n${feedback}\n}`);
  }
  return `${blocks.join("\n\n")}\n`;
}

function giftAnswers(q: Question): string {
  switch (q.type) {
    case "single":
      return q.options.map((o) => `\n${o.id === q.answer ? "=" : "~"}${gift(o.text)}`).join("");
    case "multiple": {
      const share = 100 / q.answer.length;
      return q.options.map((o) => `\n~${weight(q.answer.includes(o.id) ? share : -share)}${gift(o.text)}`).join("");
    }
    case "truefalse":
      return q.answer ? "T" : "F";
    case "numeric":
      return `#${q.answer}:${q.tolerance}`;
    case "short":
      return q.answer.map((a) => `\n=${gift(a)}`).join("");
    case "blank":
      return q.answer[0]!.map((a) => `\n=${gift(a)}`).join("");
    case "matching":
      // Moodle reads the right-hand side as plain text, so it is only GIFT-escaped.
      return q.left.map((l) => `\n=${gift(l.text)} -> ${escapeGift(oneLine(q.right.find((r) => r.id === q.answer[l.id])!.text))}`).join("");
    case "ordering":
    case "evidence":
      return unrepresentable("gift", q);
  }
}

type Text = { text: string; unsafe: boolean };
function read(t: TextFormat | null | undefined): Text {
  if (!t) return { text: "", unsafe: false };
  if (t.format === "plain" || t.format === "markdown") return { text: t.text.trim(), unsafe: false };
  const { text, unsafeRemoved } = htmlToText(t.text);
  return { text, unsafe: unsafeRemoved };
}

/** Questions are separated by blank lines (Moodle's rule too); each block is parsed on its own. */
export function splitGiftBlocks(source: string): string[] {
  return source
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .filter((b) => b.split("\n").some((line) => line.trim() && !line.trim().startsWith("//")));
}

export function importGift(source: string): { quiz: ImportedQuiz; skipped: Skipped[]; notes: string[] } {
  const c = new QuestionCollector();
  let title = "";
  let article: ImportedQuiz["article"] = null;
  for (const block of splitGiftBlocks(source)) {
    let parsed: GIFTQuestion[];
    try {
      parsed = parse(`${block}\n`);
    } catch (err) {
      const where = (err as { location?: { start?: { line?: number } } }).location?.start?.line;
      c.skip({ original: block, reason: `Not valid GIFT${where ? ` (line ${where} of this question)` : ""}: ${(err as Error).message}` });
      continue;
    }
    for (const q of parsed) {
      if (q.type === "Category") {
        const parts = q.title.split(/(?<!\/)\/(?!\/)/);
        // gift-pegjs leaves escapes in a category; undo them as Moodle does.
        title = (parts.at(-1) ?? "").replace(/\/\//g, "/").replace(/\\(.)/g, "$1").trim() || title;
        continue;
      }
      const tags = q.tags ?? [];
      const meta = readMetaTags(tags);
      if (q.type === "Description") {
        const text = read(q.stem);
        if (!article && text.text) {
          article = { title: (q.title ?? "").trim() || "Article", text: text.text };
          if (text.unsafe) c.note("Unsafe HTML (scripts, styles, links or images) was removed from the article.");
        } else c.skip({ name: q.title ?? undefined, original: block, reason: "A description holds no question." });
        continue;
      }
      const stem = read(q.stem);
      const feedback = read(q.type === "Essay" ? null : q.globalFeedback);
      if (stem.unsafe || feedback.unsafe) c.note("Unsafe HTML (scripts, styles, links or images) was removed from question text.");
      const common = {
        prompt: stem.text,
        explanation: feedback.text,
        ...(meta.skill ? { skill: meta.skill } : {}),
        ...(meta.difficulty ? { difficulty: meta.difficulty } : {}),
        ...(meta.points ? { points: meta.points } : {}),
        evidence: meta.evidence,
      };
      const draft = giftDraft(q, common, c);
      if (!draft) {
        c.skip({ name: q.title ?? undefined, original: block, reason: `Readcheck has no ${q.type === "Essay" ? "essay" : q.type} question with a key it can grade.` });
        continue;
      }
      c.add(draft, { name: q.title ?? undefined, id: q.id ?? undefined, original: block });
    }
  }
  return { quiz: { title: title || article?.title || "Imported quiz", article, questions: c.questions }, skipped: c.skipped, notes: c.notes };
}

/**
 * gift-pegjs writes a missing-word stem as "before _____ after" with a space on each side,
 * whatever the file had; Moodle keeps "to {=Mali}." as "to _____.". Punctuation that closes
 * after the gap, or opens before it, joins it again.
 */
const joinGap = (prompt: string) => prompt.replace(/___ (?=[.,;:!?)\]"'”’»])/, "___").replace(/([(\["'“‘«]) ___/, "$1___");

const optionIds = (n: number, prefix = "o") => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

function giftDraft(q: GIFTQuestion, common: Record<string, unknown>, c: QuestionCollector): Draft | null {
  switch (q.type) {
    case "MC": {
      const ids = optionIds(q.choices.length);
      const options = q.choices.map((ch, i) => ({ id: ids[i]!, text: read(ch.text).text }));
      if (q.choices.some((ch) => ch.weight !== null)) {
        const answer = ids.filter((_, i) => (q.choices[i]!.weight ?? (q.choices[i]!.isCorrect ? 100 : 0)) > 0);
        const share = 100 / Math.max(1, answer.length);
        const exact = q.choices.every((ch, i) => Math.abs((ch.weight ?? (ch.isCorrect ? 100 : 0)) - (answer.includes(ids[i]!) ? share : -share)) < 0.01);
        if (!exact) c.note("Some multiple-answer weights differ from Readcheck's rule (each right option +1/k, each wrong −1/k): those questions are scored by Readcheck's rule.");
        return { ...common, type: "multiple", options, answer };
      }
      const right = q.choices.findIndex((ch) => ch.isCorrect);
      return { ...common, type: "single", options, answer: right >= 0 ? ids[right] : "" };
    }
    case "TF":
      return { ...common, type: "truefalse", answer: q.isTrue };
    case "Numerical": {
      const pick = Array.isArray(q.choices) ? (q.choices.find((ch) => ch.isCorrect || ch.weight === 100) ?? q.choices[0])?.text : q.choices;
      if (!pick) return null;
      if (Array.isArray(q.choices) && q.choices.length > 1) c.note("Numeric questions with several graded answers keep only the fully correct one.");
      if (pick.type === "high-low") {
        const low = pick.numberLow ?? 0;
        const high = pick.numberHigh ?? low;
        return { ...common, type: "numeric", answer: (low + high) / 2, tolerance: Math.abs(high - low) / 2, unitAliases: [] };
      }
      return { ...common, type: "numeric", answer: pick.number, tolerance: pick.range ?? 0, unitAliases: [] };
    }
    case "Short": {
      const accepted = q.choices.filter((ch) => ch.isCorrect || ch.weight === 100).map((ch) => read(ch.text).text);
      if (q.choices.length > accepted.length) c.note("Short answers with partial credit keep only the fully correct answers.");
      const prompt = String(common.prompt);
      // gift-pegjs marks the gap with "_____"; Readcheck's blank is written "___".
      if (q.hasEmbeddedAnswers) return { ...common, prompt: joinGap(prompt.replace(BLANK_PATTERN, "___")), type: "blank", answer: [accepted] };
      if (countBlanks(prompt) === 1) return { ...common, prompt: prompt.replace(BLANK_PATTERN, "___"), type: "blank", answer: [accepted] };
      return { ...common, type: "short", answer: accepted };
    }
    case "Matching": {
      const rightTexts = [...new Set(q.matchPairs.map((p) => unescapePlaceholders(p.subanswer)))];
      const right = rightTexts.map((text, i) => ({ id: `r${i + 1}`, text }));
      const pairs = q.matchPairs.filter((p) => read(p.subquestion).text);
      const left = pairs.map((p, i) => ({ id: `l${i + 1}`, text: read(p.subquestion).text }));
      const answer = Object.fromEntries(pairs.map((p, i) => [`l${i + 1}`, right[rightTexts.indexOf(unescapePlaceholders(p.subanswer))]!.id]));
      return { ...common, type: "matching", left, right, answer };
    }
    default:
      return null;
  }
}
