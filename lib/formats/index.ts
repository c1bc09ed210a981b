/**
 * The format registry: export a quiz to any format with a report of what the format could not
 * hold, and import any supported file (detected from its content) into a draft quiz with a
 * report of what was skipped. Pure: bytes in, bytes out.
 */
import { strToU8 } from "fflate";
import type { Question, QuizFile } from "@/lib/quiz/schema";
import { exportAiken, importAiken } from "./aiken";
import { exportGift, importGift } from "./gift";
import { exportJson, importJson } from "./json";
import { exportMoodleXml, importMoodleXml } from "./moodle-xml";
import { exportQti, zipFiles } from "./qti-export";
import { importQti } from "./qti-import";
import { assess, importNotes, QUIZ_LEVEL_LOSSES } from "./capabilities";
import { canonicalize, remapSpan } from "./text";
import { FORMAT_NAMES, FormatError, type ExportOutcome, type FormatId, type ImportOutcome, type Loss } from "./types";
import { isZip, readZip } from "./zip";
import { parseXml } from "./xml";

export * from "./types";

/** Uploads larger than this are refused before anything is parsed. */
export const MAX_IMPORT_BYTES = 5_000_000;

const fileStem = (quiz: QuizFile) => quiz.slug.replace(/[^a-z0-9-]/g, "") || "quiz";

type SpanLike = { start: number; end: number };

/**
 * The quiz as HTML-based formats will read back: article whitespace canonical (runs of spaces
 * one space, paragraphs split by exactly one blank line) and every span moved onto it.
 */
export function canonicalQuiz(quiz: QuizFile): QuizFile {
  const source = quiz.article.text;
  const { text, at } = canonicalize(source);
  if (text === source) return quiz;
  const move = (spans: SpanLike[]) => spans.map((s) => remapSpan(s, source, at)).filter((s): s is SpanLike => s !== null);
  return {
    ...quiz,
    article: { ...quiz.article, text },
    questions: quiz.questions.map((q): Question => {
      const moved = { ...q, evidence: move(q.evidence) };
      // The evidence type's key is spans too.
      return moved.type === "evidence" ? { ...moved, answer: move(moved.answer) } : moved;
    }),
  };
}

const WRITERS: Record<Exclude<FormatId, "json">, { extension: string; contentType: string; write: (quiz: QuizFile) => Uint8Array }> = {
  qti: { extension: "qti.zip", contentType: "application/zip", write: (quiz) => zipFiles(exportQti(quiz)) },
  moodle: { extension: "moodle.xml", contentType: "application/xml; charset=utf-8", write: (quiz) => strToU8(exportMoodleXml(quiz)) },
  gift: { extension: "gift.txt", contentType: "text/plain; charset=utf-8", write: (quiz) => strToU8(exportGift(quiz)) },
  aiken: { extension: "aiken.txt", contentType: "text/plain; charset=utf-8", write: (quiz) => strToU8(exportAiken(quiz)) },
};

/**
 * The quiz in `format`, with every loss reported: the questions the format cannot hold are left
 * out and what it approximates is said, both as lib/formats/capabilities.ts states it.
 */
export function exportQuiz(quiz: QuizFile, format: FormatId): ExportOutcome {
  const stem = fileStem(quiz);
  if (format === "json") {
    return { filename: `${stem}.quiz.json`, contentType: "application/json; charset=utf-8", body: strToU8(exportJson(quiz)), exported: quiz.questions.length, losses: [] };
  }
  const prepared = canonicalQuiz(quiz);
  const losses: Loss[] = [];
  if (prepared !== quiz) losses.push({ kind: "approximated", message: "Runs of spaces in the article became single spaces (HTML reads them so); evidence was moved with the text." });
  const quizLevel = QUIZ_LEVEL_LOSSES[format];
  const hasArticleExtras = Boolean(quiz.description || quiz.article.source || quiz.article.url || quiz.article.publishedOn || quiz.article.license);
  if (quizLevel.always) losses.push({ kind: "approximated", message: quizLevel.always });
  if (hasArticleExtras && quizLevel.extras) losses.push({ kind: "approximated", message: quizLevel.extras });
  const kept = prepared.questions.filter((q) => {
    const { fidelity, messages } = assess(format, q, prepared.article.text);
    const kind = fidelity === "none" ? "dropped" : "approximated";
    for (const message of messages) losses.push({ questionId: q.id, questionType: q.type, kind, message });
    return fidelity !== "none";
  });
  const writer = WRITERS[format];
  return { filename: `${stem}.${writer.extension}`, contentType: writer.contentType, body: writer.write({ ...prepared, questions: kept }), exported: kept.length, losses };
}

/** What kind of file this is, from its bytes (the file name is only a hint). */
export function detectFormat(bytes: Uint8Array, text: string | null): FormatId {
  if (isZip(bytes)) return "qti";
  if (text === null) throw new FormatError("wrong_format", "This is not a text file or a zip package that Readcheck can read.");
  const start = text.replace(/^\uFEFF/, "").trimStart();
  // Aiken: every question ends in an ANSWER: line (or, with one broken question, GIFT's braces never appear).
  const blocks = start.split(/\n[ \t]*\n/).filter((b) => b.trim());
  const answered = blocks.filter((b) => /^ANSWER:\s*[A-Z]\s*$/i.test(b.trim().split("\n").at(-1)!.trim()));
  if (answered.length && (answered.length === blocks.length || !/[{}]/.test(text))) return "aiken";
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  if (start.startsWith("<")) {
    const root = parseXml(text);
    if (root.name === "quiz") return "moodle";
    if (root.name === "qti-assessment-item") return "qti";
    if (root.name === "questestinterop" || root.name === "assessmentItem" || root.name === "assessmentTest") {
      throw new FormatError("wrong_format", `This is QTI ${root.name === "questestinterop" ? "1.2" : "2.x"}; Readcheck reads QTI 3.0 packages, Moodle XML, GIFT, Aiken and its own JSON.`);
    }
    throw new FormatError("wrong_format", `This XML (root <${root.name}>) is neither Moodle XML nor QTI 3.0.`);
  }

  if (/[{}]/.test(text) || /^::/m.test(start)) return "gift";
  throw new FormatError("wrong_format", "Readcheck could not tell what this file is. It reads QTI 3.0 (.zip), Moodle XML, GIFT, Aiken and Readcheck JSON.");
}

function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function importQuiz(bytes: Uint8Array, { format }: { format?: FormatId } = {}): ImportOutcome {
  if (bytes.length === 0) throw new FormatError("empty", "The file is empty.");
  if (bytes.length > MAX_IMPORT_BYTES) throw new FormatError("too_large", `The file is larger than ${MAX_IMPORT_BYTES / 1e6} MB.`);
  const zipped = isZip(bytes);
  const text = zipped ? null : decodeText(bytes);
  const detected = detectFormat(bytes, text);
  if (format && format !== detected) {
    throw new FormatError("wrong_format", `You chose ${FORMAT_NAMES[format]}, but this file looks like ${FORMAT_NAMES[detected]}.`);
  }
  let result: Omit<ImportOutcome, "format">;
  switch (detected) {
    case "qti":
      if (zipped) {
        const { xml, others } = readZip(bytes);
        result = importQti({ files: xml });
        if (others.length) result.notes.push(`${others.length} media or other file(s) in the package were not imported.`);
      } else result = importQti({ xml: text! });
      break;
    case "moodle":
      result = importMoodleXml(text!);
      break;
    case "gift":
      result = importGift(text!);
      break;
    case "aiken":
      result = importAiken(text!);
      break;
    case "json":
      result = importJson(text!);
      break;
  }
  fitEvidence(result);
  result.notes.push(...importNotes(detected, result.quiz.questions, result.quiz.article?.text ?? ""));
  if (!result.quiz.questions.length && !result.skipped.length) throw new FormatError("empty", "The file holds no questions.");
  return { format: detected, ...result };
}

/** Evidence only means something against the article it was cut from. */
function fitEvidence(result: Omit<ImportOutcome, "format">) {
  const length = result.quiz.article?.text.length ?? 0;
  let dropped = 0;
  result.quiz.questions = result.quiz.questions.map((q) => {
    const kept = q.evidence.filter((s) => s.end <= length);
    dropped += q.evidence.length - kept.length;
    return kept.length === q.evidence.length ? q : { ...q, evidence: kept };
  });
  if (dropped) result.notes.push(`${dropped} evidence span(s) pointed past the article's text and were removed; pick the evidence again in the editor.`);
}
