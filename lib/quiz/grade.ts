/**
 * Pure grading: a question and whatever the student sent → points. The rule of every question
 * type is written for people in ONE place, docs/quiz-format.md ("Grading"); change both together.
 *
 * A response that is missing or does not fit its type's response schema scores 0; nothing here
 * throws on student input.
 */
import { normalizeAnswer, parseNumericResponse } from "./normalize";
import { responseSchemas, type Choice, type Question, type QuestionOf } from "./schema";

export type QuestionResult = {
  questionId: string;
  correct: boolean;
  points: number;
  maxPoints: number;
  /** The key as a person reads it: option texts, "250 miles ± 10", "a → b → c". */
  expected: string;
};

/** Shown for a response that is missing, empty or unreadable. */
export const NO_ANSWER = "—";

const round3 = (n: number) => Math.round(n * 1000) / 1000;

// Binary floating point would put 420.1 outside 420 ± 0.1; a tolerance boundary is inclusive.
const NUMERIC_SLACK = 1e-9;

export function gradeQuestion(question: Question, response: unknown): QuestionResult {
  const fraction = creditFor(question, response);
  const points = round3(question.points * fraction);
  return {
    questionId: question.id,
    correct: fraction === 1,
    points,
    maxPoints: question.points,
    expected: describeKey(question),
  };
}

export function gradeQuiz(
  questions: Question[],
  responses: Record<string, unknown>,
): { score: number; maxScore: number; results: QuestionResult[] } {
  const results = questions.map((q) =>
    gradeQuestion(q, Object.prototype.hasOwnProperty.call(responses, q.id) ? responses[q.id] : undefined),
  );
  return { ...totals(results), results };
}

/** A quiz's score from its questions' points, recorded or fresh: the one place they are summed. */
export function totals(results: readonly { points: number; maxPoints: number }[]): { score: number; maxScore: number } {
  return {
    score: round3(results.reduce((sum, r) => sum + r.points, 0)),
    maxScore: round3(results.reduce((sum, r) => sum + r.maxPoints, 0)),
  };
}

/** Share of the question's points earned, 0..1. */
function creditFor(question: Question, response: unknown): number {
  switch (question.type) {
    case "single": {
      const r = responseSchemas.single.safeParse(response);
      return r.success && r.data === question.answer ? 1 : 0;
    }
    case "truefalse": {
      const r = responseSchemas.truefalse.safeParse(response);
      return r.success && r.data === question.answer ? 1 : 0;
    }
    case "multiple": {
      const r = responseSchemas.multiple.safeParse(response);
      if (!r.success) return 0;
      const picks = new Set(r.data);
      const right = question.answer.filter((id) => picks.has(id)).length;
      const wrong = picks.size - right;
      if (right === question.answer.length && wrong === 0) return 1;
      return Math.max(0, (right - wrong) / question.answer.length);
    }
    case "numeric": {
      const r = responseSchemas.numeric.safeParse(response);
      if (!r.success) return 0;
      const parsed = parseNumericResponse(r.data, question);
      if ("error" in parsed) return 0;
      const allowed = question.tolerance + NUMERIC_SLACK * Math.max(1, Math.abs(question.answer));
      return Math.abs(parsed.value - question.answer) <= allowed ? 1 : 0;
    }
    case "short": {
      const r = responseSchemas.short.safeParse(response);
      return r.success && matchesAny(r.data, question.answer) ? 1 : 0;
    }
    case "blank": {
      const r = responseSchemas.blank.safeParse(response);
      if (!r.success) return 0;
      const right = question.answer.filter((accepted, i) => matchesAny(r.data[i] ?? "", accepted)).length;
      return right / question.answer.length;
    }
    case "ordering": {
      const r = responseSchemas.ordering.safeParse(response);
      return r.success ? orderedPairsShare(question, r.data) : 0;
    }
    case "matching": {
      const r = responseSchemas.matching.safeParse(response);
      if (!r.success) return 0;
      const given = r.data;
      const right = question.left.filter((l) => own(given, l.id) === question.answer[l.id]).length;
      return right / question.left.length;
    }
  }
}

function matchesAny(response: string, accepted: readonly string[]): boolean {
  const given = normalizeAnswer(response);
  return given !== "" && accepted.some((a) => normalizeAnswer(a) === given);
}

/**
 * Pairs of items the response puts in the same relative order as the key, out of all n(n−1)/2
 * pairs. Unknown ids and repeats (after the first) are dropped; an item left out earns none of
 * the pairs it belongs to.
 */
function orderedPairsShare(question: QuestionOf<"ordering">, response: string[]): number {
  const rank = new Map(question.answer.map((id, i) => [id, i]));
  const seen = new Set<string>();
  const ranks: number[] = [];
  for (const id of response) {
    const r = rank.get(id);
    if (r === undefined || seen.has(id)) continue;
    seen.add(id);
    ranks.push(r);
  }
  let inOrder = 0;
  for (let i = 0; i < ranks.length; i++) {
    for (let j = i + 1; j < ranks.length; j++) if (ranks[i]! < ranks[j]!) inOrder++;
  }
  const n = question.answer.length;
  return inOrder / ((n * (n - 1)) / 2);
}

// A record from JSON may carry "__proto__" or "toString" as keys; read own properties only.
const own = (record: Record<string, string>, key: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

const textOf = (items: readonly Choice[], id: string) => items.find((c) => c.id === id)?.text;

const formatNumber = (n: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 10 }).format(n);

/** The key as a person reads it. */
/** The key as a person reads it: the one place expected answers are written out. */
export function describeKey(question: Question): string {
  switch (question.type) {
    case "single":
      return textOf(question.options, question.answer) ?? question.answer;
    case "multiple":
      return question.options
        .filter((o) => question.answer.includes(o.id))
        .map((o) => o.text)
        .join("; ");
    case "truefalse":
      return question.answer ? "True" : "False";
    case "numeric": {
      const unit = question.unit ? ` ${question.unit}` : "";
      const tolerance = question.tolerance > 0 ? ` ± ${formatNumber(question.tolerance)}` : "";
      return `${formatNumber(question.answer)}${unit}${tolerance}`;
    }
    case "short":
      return question.answer[0]!;
    case "blank":
      return question.answer.map((accepted) => accepted[0]!).join("; ");
    case "ordering":
      return question.answer.map((id) => textOf(question.items, id) ?? id).join(" → ");
    case "matching":
      return question.left
        .map((l) => `${l.text} → ${textOf(question.right, question.answer[l.id]!) ?? question.answer[l.id]}`)
        .join("; ");
  }
}

/** "Your answer" as readable text, in the same shape as `expected`; "—" when there is none. */
export function describeResponse(question: Question, response: unknown): string {
  const joined = (parts: (string | undefined)[], sep: string) => {
    const kept = parts.filter((p): p is string => p !== undefined && p !== "");
    return kept.length ? kept.join(sep) : NO_ANSWER;
  };
  switch (question.type) {
    case "single": {
      const r = responseSchemas.single.safeParse(response);
      return (r.success && textOf(question.options, r.data)) || NO_ANSWER;
    }
    case "multiple": {
      const r = responseSchemas.multiple.safeParse(response);
      if (!r.success) return NO_ANSWER;
      return joined(
        question.options.filter((o) => r.data.includes(o.id)).map((o) => o.text),
        "; ",
      );
    }
    case "truefalse": {
      const r = responseSchemas.truefalse.safeParse(response);
      return r.success ? (r.data ? "True" : "False") : NO_ANSWER;
    }
    case "numeric": {
      const r = responseSchemas.numeric.safeParse(response);
      if (!r.success) return NO_ANSWER;
      return joined([typeof r.data === "number" ? formatNumber(r.data) : r.data.trim()], "");
    }
    case "short": {
      const r = responseSchemas.short.safeParse(response);
      return r.success ? joined([r.data.trim()], "") : NO_ANSWER;
    }
    case "blank": {
      const r = responseSchemas.blank.safeParse(response);
      if (!r.success || r.data.every((s) => s.trim() === "")) return NO_ANSWER;
      return question.answer.map((_, i) => r.data[i]?.trim() || NO_ANSWER).join("; ");
    }
    case "ordering": {
      const r = responseSchemas.ordering.safeParse(response);
      if (!r.success) return NO_ANSWER;
      return joined(
        [...new Set(r.data)].map((id) => textOf(question.items, id)),
        " → ",
      );
    }
    case "matching": {
      const r = responseSchemas.matching.safeParse(response);
      if (!r.success) return NO_ANSWER;
      const given = r.data;
      return joined(
        question.left.map((l) => {
          const right = own(given, l.id);
          const text = right === undefined ? undefined : textOf(question.right, right);
          return text === undefined ? undefined : `${l.text} → ${text}`;
        }),
        "; ",
      );
    }
  }
}
