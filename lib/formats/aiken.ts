/**
 * Aiken (docs.moodle.org/en/Aiken_format): single-choice questions only, one line of question,
 * lettered options "A." or "A)", then "ANSWER: B". Too small a format to need a library; read
 * line by line, and a malformed question is skipped with its lines.
 */
import type { QuizFile } from "@/lib/quiz/schema";
import { QuestionCollector } from "./collect";
import { unrepresentable } from "./capabilities";
import type { ImportedQuiz, Skipped } from "./types";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** The quiz as Aiken; every question must be single choice (capabilities.ts). */
export function exportAiken(quiz: QuizFile): string {
  const blocks = quiz.questions.map((q) => {
    if (q.type !== "single") return unrepresentable("aiken", q);
    const letter = LETTERS[q.options.findIndex((o) => o.id === q.answer)]!;
    return [oneLine(q.prompt), ...q.options.map((o, i) => `${LETTERS[i]}. ${oneLine(o.text)}`), `ANSWER: ${letter}`].join("\n");
  });
  return blocks.length ? `${blocks.join("\n\n")}\n` : "";
}

const OPTION = /^([A-Z])[.)]\s+(.*)$/;
const ANSWER = /^ANSWER:\s*([A-Z])\s*$/i;

export function importAiken(source: string): { quiz: ImportedQuiz; skipped: Skipped[]; notes: string[] } {
  const c = new QuestionCollector();
  const lines = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  let block: string[] = [];
  const finish = () => {
    const kept = block.filter((l) => l.trim());
    block = [];
    if (!kept.length) return;
    const original = kept.join("\n");
    const [prompt, ...rest] = kept.map((l) => l.trim());
    const answerLine = rest.at(-1);
    const options = rest.slice(0, -1).map((l) => OPTION.exec(l));
    const answer = answerLine ? ANSWER.exec(answerLine) : null;
    if (!answer || options.length < 2 || options.some((m) => !m)) {
      c.skip({ original, reason: "Not an Aiken question: expected a question line, lettered options (A. …) and an ANSWER: line." });
      return;
    }
    const letters = options.map((m) => m![1]!.toUpperCase());
    if (letters.some((l, i) => l !== LETTERS[i])) {
      c.skip({ original, reason: "Aiken options must be lettered A, B, C… in order." });
      return;
    }
    c.add(
      {
        type: "single",
        prompt,
        explanation: "",
        options: options.map((m, i) => ({ id: `o${i + 1}`, text: m![2]!.trim() })),
        answer: `o${letters.indexOf(answer[1]!.toUpperCase()) + 1}`,
      },
      { original },
    );
  };
  for (const line of lines) {
    block.push(line);
    if (ANSWER.test(line.trim()) || !line.trim()) finish();
  }
  finish();
  return { quiz: { title: "Imported quiz", article: null, questions: c.questions }, skipped: c.skipped, notes: c.notes };
}
