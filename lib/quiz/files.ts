/**
 * Reads the quiz files in a folder (`quizzes/*.quiz.json`) and validates each against the quiz
 * model. A bad file fails loudly, naming the file and every problem with its path inside it, so
 * a typo in a hand-written quiz is found at seed time rather than by a student.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { quizFileSchema, type QuizFile } from "./schema";

export const QUIZ_FILE_SUFFIX = ".quiz.json";

/** Every `*.quiz.json` in `dir`, parsed, in file-name order. Throws on the first bad file. */
export async function loadQuizFiles(dir: string): Promise<QuizFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(QUIZ_FILE_SUFFIX)).sort();
  const files: QuizFile[] = [];
  const slugs = new Map<string, string>();
  for (const name of names) {
    const file = parseQuizFile(await readFile(path.join(dir, name), "utf8"), name);
    const other = slugs.get(file.slug);
    if (other) throw new Error(`${name}: slug "${file.slug}" is already used by ${other}`);
    slugs.set(file.slug, name);
    files.push(file);
  }
  return files;
}

/** Parse and validate one quiz file's text; `name` only labels the error. */
export function parseQuizFile(raw: string, name: string): QuizFile {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new Error(`${name}: not valid JSON (${(e as Error).message})`);
  }
  const result = quizFileSchema.safeParse(json);
  if (!result.success) throw new Error(`${name}: not a valid quiz file\n${formatIssues(result.error.issues)}`);
  return result.data;
}

/** One line per issue: `questions.3.answer: answer must be one of the option ids`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((i) => `  ${i.path.length ? i.path.map(String).join(".") : "(file)"}: ${i.message}`).join("\n");
}
