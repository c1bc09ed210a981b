/**
 * Pure helpers for the quiz editor: new questions by type, ids, moves, evidence sentences, and
 * turning zod's issue paths into messages a teacher can act on. No React here.
 */
import type { Question, QuestionType, QuizFile, Span } from "@/lib/quiz/schema";

export type Draft = QuizFile;
export type IssueMap = Map<string, string[]>;

export const TYPE_LABELS: Record<QuestionType, string> = {
  single: "Single choice",
  multiple: "Multiple select",
  truefalse: "True / false",
  numeric: "Number",
  short: "Short answer",
  blank: "Fill in the blank",
  ordering: "Ordering",
  matching: "Matching",
  evidence: "Select the evidence",
};

/** An id not yet used among `taken`, like "q7" or "o3". */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

const blankChoices = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}`, text: "" }));

/**
 * A question written by hand starts empty where the teacher must decide (the key, the evidence),
 * so the validator points at what is left to do rather than saving a guess.
 */
export function newQuestion(type: QuestionType, id: string): Question {
  const common = { id, prompt: "", points: 1, explanation: "", evidence: [] as Span[], skill: "detail" as const, difficulty: 2 };
  switch (type) {
    case "single":
      return { ...common, type, options: blankChoices("o", 4), answer: "" };
    case "multiple":
      return { ...common, type, options: blankChoices("o", 4), answer: [] };
    case "truefalse":
      return { ...common, type, answer: true };
    case "numeric":
      return { ...common, type, answer: Number.NaN, tolerance: 0, unitAliases: [] };
    case "short":
      return { ...common, type, answer: [""] };
    case "blank":
      return { ...common, type, prompt: "", answer: [[""]] };
    case "ordering": {
      const items = blankChoices("i", 3);
      return { ...common, type, items, answer: items.map((i) => i.id) };
    }
    case "matching": {
      const left = blankChoices("l", 2);
      const right = blankChoices("r", 2);
      return { ...common, type, left, right, answer: Object.fromEntries(left.map((l, i) => [l.id, right[i]!.id])) };
    }
    case "evidence":
      return { ...common, type, answer: [] };
  }
}

export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export type Sentence = Span & { text: string };
export type Paragraph = Span & { sentences: Sentence[] };

/**
 * The article's paragraphs (split on blank lines) and sentences (split after . ! ? and any closing
 * quote or bracket that follows, when whitespace comes next). Offsets are into `text`.
 */
export function splitArticle(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const paraBreak = /\n[ \t]*\n\s*/g;
  let start = 0;
  const pushParagraph = (from: number, to: number) => {
    const sentences: Sentence[] = [];
    const end = /[.!?]+["'”’)\]]*(?=\s|$)/g;
    end.lastIndex = from;
    let s = from;
    for (let m = end.exec(text); m && m.index < to; m = end.exec(text)) {
      const stop = Math.min(m.index + m[0].length, to);
      pushSentence(sentences, text, s, stop);
      s = stop;
    }
    pushSentence(sentences, text, s, to);
    if (sentences.length) paragraphs.push({ start: sentences[0]!.start, end: sentences.at(-1)!.end, sentences });
  };
  for (let m = paraBreak.exec(text); m; m = paraBreak.exec(text)) {
    pushParagraph(start, m.index);
    start = m.index + m[0].length;
  }
  pushParagraph(start, text.length);
  return paragraphs;
}

function pushSentence(out: Sentence[], text: string, from: number, to: number) {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Adds the sentence to the evidence, or removes every span that touches it. */
export function toggleEvidence(evidence: readonly Span[], sentence: Span): Span[] {
  if (evidence.some((s) => overlaps(s, sentence))) return evidence.filter((s) => !overlaps(s, sentence));
  return [...evidence, { start: sentence.start, end: sentence.end }].sort((a, b) => a.start - b.start);
}

/** zod's wording, rephrased where a teacher would otherwise have to decode it. */
export function friendly(path: string, message: string): string {
  if (/expected number, received NaN|expected number/i.test(message)) return "Enter a number.";
  if (/evidence$/.test(path) && /too small|>=1/i.test(message)) return "Pick at least one sentence of the article as evidence.";
  if (/\.answer$/.test(path) && /too small|>=1 items/i.test(message)) return "Mark at least one right answer.";
  if (/\.answer$/.test(path) && /use letters|>=1 characters|one of the option ids/i.test(message)) return "Mark the right answer.";
  if (/expected string to have >=1 characters/i.test(message)) return "This cannot be empty.";
  if (/choice ids must be unique/.test(message)) return "Two entries share an id; remove one and add it again.";
  return message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? "" : ".");
}

/** Issues as `questions.3.answer` → messages. Server paths start with `quiz.`; that is dropped. */
export function toIssueMap(issues: readonly { path: string | readonly PropertyKey[]; message: string }[]): IssueMap {
  const map: IssueMap = new Map();
  for (const issue of issues) {
    const raw = typeof issue.path === "string" ? issue.path : issue.path.map(String).join(".");
    const path = raw.replace(/^quiz\.?/, "");
    map.set(path, [...(map.get(path) ?? []), friendly(path, issue.message)]);
  }
  return map;
}

/** Messages at `prefix` or anywhere below it. */
export function issuesUnder(map: IssueMap, prefix: string): string[] {
  const out: string[] = [];
  for (const [path, messages] of map) if (path === prefix || path.startsWith(`${prefix}.`)) out.push(...messages);
  return out;
}
