/**
 * Aiken (docs.moodle.org/en/Aiken_format): single-choice questions only, one line of question,
 * lettered options "A." or "A)", then "ANSWER: B". Too small a format to need a library; read
 * line by line, and a malformed question is skipped with its lines.
 */
import type { QuizFile } from "@/lib/quiz/schema";
import { QuestionCollector } from "./collect";
import type { ImportedQuiz, Loss, Skipped } from "./types";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

export function exportAiken(quiz: QuizFile): { text: string; exported: number; losses: Loss[] } {
  const losses: Loss[] = [];
  const blocks: string[] = [];
  for (const q of quiz.questions) {
    if (q.type !== "single") {
      losses.push({ questionId: q.id, questionType: q.type, kind: "dropped", message: `Aiken holds single-choice questions only; this ${q.type} question has no Aiken equivalent.` });
      continue;
    }
    const letter = LETTERS[q.options.findIndex((o) => o.id === q.answer)]!;
    blocks.push([oneLine(q.prompt), ...q.options.map((o, i) => `${LETTERS[i]}. ${oneLine(o.text)}`), `ANSWER: ${letter}`].join("\n"));
  }
  if (blocks.length) {
    losses.push({ kind: "approximated", message: "Aiken keeps only the question, its options and the key: the article, explanations, evidence, points, skill and difficulty are not in the file." });
  }
  return { text: blocks.length ? `${blocks.join("\n\n")}\n` : "", exported: blocks.length, losses };
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
