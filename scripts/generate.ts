/**
 * npm run generate -- <article file> [--count N] [--json]
 * Prints a readable quiz; with --json, exactly the quiz file JSON on stdout and nothing else.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { generateQuiz, GenerateError } from "../lib/generate";
import type { Question, QuizFile } from "../lib/quiz/schema";

function parseArgs(argv: string[]) {
  let file: string | undefined;
  let count: number | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") json = true;
    else if (a === "--count") count = Number(argv[++i]);
    else if (a.startsWith("--count=")) count = Number(a.slice(8));
    else if (!file) file = a;
  }
  return { file, count, json };
}

export function formatQuestion(q: Question, text: string, n: number): string {
  const lines = [`${n}. [${q.type} · ${q.skill} · difficulty ${q.difficulty}] ${q.prompt}`];
  switch (q.type) {
    case "single":
    case "multiple": {
      const keys = new Set(Array.isArray(q.answer) ? q.answer : [q.answer]);
      for (const o of q.options) lines.push(`   ${keys.has(o.id) ? "*" : " "} ${o.id}) ${o.text}`);
      break;
    }
    case "truefalse": lines.push(`   answer: ${q.answer ? "true" : "false"}`); break;
    case "numeric": lines.push(`   answer: ${q.answer}${q.unit ? " " + q.unit : ""}`); break;
    case "short": lines.push(`   answer: ${q.answer.join(" / ")}`); break;
    case "blank": lines.push(`   answer: ${q.answer.map((a) => a.join(" / ")).join(" | ")}`); break;
    case "ordering": lines.push(...q.answer.map((id, i) => `   ${i + 1}. ${q.items.find((x) => x.id === id)!.text}`)); break;
    case "matching":
      for (const l of q.left) lines.push(`   ${l.text} → ${q.right.find((r) => r.id === q.answer[l.id])!.text}`);
      break;
    case "evidence":
      for (const a of q.answer) lines.push(`   key sentence [${a.start}, ${a.end}): ${text.slice(a.start, a.end)}`);
      if (q.maxSelect) lines.push(`   students may select ${q.maxSelect}`);
      break;
  }
  for (const e of q.evidence) lines.push(`   evidence [${e.start}, ${e.end}): ${text.slice(e.start, e.end)}`);
  return lines.join("\n");
}

export function formatQuiz(quiz: QuizFile): string {
  return [`# ${quiz.title}`, "", ...quiz.questions.map((q, i) => formatQuestion(q, quiz.article.text, i + 1) + "\n")].join("\n");
}

function main() {
  const { file, count, json } = parseArgs(process.argv.slice(2));
  if (!file) {
    process.stderr.write("usage: npm run generate -- <article file> [--count N] [--json]\n");
    process.exit(2);
  }
  const text = readFileSync(file, "utf8");
  try {
    const quiz = generateQuiz(text, { count, slug: basename(file).replace(/\.[^.]+$/, "") });
    process.stdout.write(json ? JSON.stringify(quiz, null, 2) + "\n" : formatQuiz(quiz));
  } catch (e) {
    if (e instanceof GenerateError) {
      process.stderr.write(`cannot generate (${e.code}): ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

if (process.argv[1] && /(^|[\\/])generate\.ts$/.test(process.argv[1])) main();
