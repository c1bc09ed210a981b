/**
 * Shared vocabulary of the format modules: what an export hands back, what an import finds, and
 * the one error a hostile or broken file turns into. Pure: no I/O, nothing from Next or the database.
 */
import type { Article, Question } from "@/lib/quiz/schema";

export const FORMATS = ["qti", "moodle", "gift", "aiken", "json"] as const;
export type FormatId = (typeof FORMATS)[number];

export const FORMAT_LABELS: Record<FormatId, string> = {
  qti: "QTI 3.0 package (.zip)",
  moodle: "Moodle XML (.xml)",
  gift: "GIFT (.txt)",
  aiken: "Aiken (.txt)",
  json: "Readcheck JSON (.json)",
};

/** The format's name in a sentence ("exported as GIFT"). */
export const FORMAT_NAMES: Record<FormatId, string> = { qti: "QTI 3.0", moodle: "Moodle XML", gift: "GIFT", aiken: "Aiken", json: "Readcheck JSON" };

/** Something a format could not hold: a question left out, or kept with less than it had. */
export type Loss = {
  questionId?: string;
  questionType?: string;
  kind: "dropped" | "approximated";
  message: string;
};

export type ExportOutcome = {
  filename: string;
  contentType: string;
  body: Uint8Array;
  /** Questions written to the file. */
  exported: number;
  losses: Loss[];
};

/**
 * A quiz read from a file: what the file held, in our model. The article may be missing
 * (Aiken, foreign files) and evidence may be empty: the editor asks for both before saving.
 */
export type ImportedQuiz = {
  title: string;
  description?: string;
  article: Article | null;
  questions: Question[];
};

/** A question the import left out, with its original text so nothing silently disappears. */
export type Skipped = { index: number; name?: string; reason: string; original: string };

export type ImportOutcome = {
  format: FormatId;
  quiz: ImportedQuiz;
  skipped: Skipped[];
  /** Things kept with less than they had ("question 3: HTML formatting removed"). */
  notes: string[];
};

export type FormatErrorCode = "too_large" | "malformed" | "unsafe" | "wrong_format" | "empty";

/** A file that cannot be read at all. Routes answer it as a 4xx naming the problem. */
export class FormatError extends Error {
  constructor(
    readonly code: FormatErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "FormatError";
  }
}
