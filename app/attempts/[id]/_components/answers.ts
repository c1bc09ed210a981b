/**
 * The taking page's answer model: what each question type holds while being edited, when it
 * counts as answered, and what is sent to the API (lib/quiz/schema.ts `responseSchemas`).
 */
import type { PublicQuestion } from "@/lib/quiz/public";

export type Answers = Record<string, unknown>;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => (typeof x === "string" ? x : "")) : []);

export const asString = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
export const asStringArray = strings;
export const asRecord = (v: unknown): Record<string, string> =>
  v && typeof v === "object" && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === "string"))
    : {};

export function isAnswered(q: PublicQuestion, v: unknown): boolean {
  switch (q.type) {
    case "single":
      return typeof v === "string" && v !== "";
    case "multiple":
      return strings(v).length > 0;
    case "truefalse":
      return typeof v === "boolean";
    case "numeric":
    case "short":
      return asString(v).trim() !== "";
    case "blank": {
      const filled = strings(v);
      return Array.from({ length: q.blanks }, (_, i) => filled[i] ?? "").every((s) => s.trim() !== "");
    }
    case "ordering":
      return strings(v).length === q.items.length;
    case "matching": {
      const pairs = asRecord(v);
      return q.left.every((l) => Boolean(pairs[l.id]));
    }
    case "evidence":
      return Array.isArray(v) && v.length > 0;
  }
}

/** The value to store: null clears a saved answer (an emptied field, no choice left). */
export function toPayload(q: PublicQuestion, v: unknown): unknown {
  switch (q.type) {
    case "single":
      return typeof v === "string" && v ? v : null;
    case "multiple":
      return strings(v).length ? strings(v) : null;
    case "truefalse":
      return typeof v === "boolean" ? v : null;
    case "numeric":
    case "short":
      // Numbers go as typed ("420 miles", "6,000"): the server parses them.
      return asString(v).trim() ? asString(v) : null;
    case "blank":
      return strings(v).some((s) => s.trim()) ? strings(v) : null;
    case "ordering":
      return strings(v).length ? strings(v) : null;
    case "matching": {
      const pairs = Object.fromEntries(Object.entries(asRecord(v)).filter(([, r]) => r));
      return Object.keys(pairs).length ? pairs : null;
    }
  }
}

/** "questions 3, 7 and 9" */
export function listNumbers(numbers: number[]): string {
  if (numbers.length === 1) return `question ${numbers[0]}`;
  return `questions ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
}
