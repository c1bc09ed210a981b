/**
 * npm run eval:generate -- <folder> [more folders] [--count N] [--show]
 * Runs the generator over every .txt article (and every *.quiz.json, using its article.text) and
 * prints, per article, questions by type and family, the share of one-sentence gap-fills, the
 * critic's rejections by reason (with one example each), and the automatic checks on the output.
 * `--candidates FAMILY` lists that family's candidates with their scores and fates. Exits non-zero
 * only when the generator crashes or emits a quiz that fails the schema.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { cleanText, generateQuiz, GenerateError, pipeline, splitHeadline } from "../lib/generate";
import { REASONS } from "../lib/generate/critic";
import { isGapFill } from "../lib/generate/rank";
import { segment } from "../lib/generate/sentences";
import { quizFileSchema, QUESTION_TYPES, type Question, type QuizFile } from "../lib/quiz/schema";
import { formatQuestion } from "./generate";

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const has = (hay: string, needle: string) => ` ${norm(hay)} `.includes(` ${norm(needle)} `);
const NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

type Check = { name: string; failures: string[] };

function keysOf(q: Question): { keys: string[]; distractors: string[] } {
  switch (q.type) {
    case "single": return { keys: [q.options.find((o) => o.id === q.answer)!.text], distractors: q.options.filter((o) => o.id !== q.answer).map((o) => o.text) };
    case "multiple": return { keys: q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text), distractors: q.options.filter((o) => !q.answer.includes(o.id)).map((o) => o.text) };
    case "numeric": return { keys: [String(q.answer)], distractors: [] };
    case "short": return { keys: [q.answer[0]!], distractors: [] };
    case "blank": return { keys: q.answer.map((a) => a[0]!), distractors: [] };
    case "ordering": return { keys: q.items.map((i) => i.text), distractors: [] };
    case "matching": return { keys: [...q.left.map((l) => l.text), ...q.right.filter((r) => Object.values(q.answer).includes(r.id)).map((r) => r.text)], distractors: [] };
    case "truefalse": return { keys: [], distractors: [] };
    case "evidence": return { keys: [], distractors: [] };
  }
}

const shape = (s: string) => (/^\d{4}$/.test(s) ? "year" : /^[\d.,%$£€]+$/.test(s) ? "number" : /^\p{Lu}/u.test(s) ? "name" : "phrase");

export function checkQuiz(quiz: QuizFile): Check[] {
  const text = quiz.article.text;
  const doc = segment(text);
  const intact = new Set(doc.sentences.filter((s) => !s.broken).map((s) => `${s.start}:${s.end}`));
  const checks: Record<string, string[]> = { "key supported by evidence": [], "key not in stem": [], "distractors distinct and same kind": [], "evidence intact": [], "no duplicate facts": [] };
  const seen = new Map<string, string>();
  quiz.questions.forEach((q) => {
    const ev = q.evidence.map((e) => text.slice(e.start, e.end)).join(" ");
    const { keys, distractors } = keysOf(q);
    // A meaning (vocabulary) or a whole statement is checked by the critic, not by string matching.
    for (const k of q.skill === "vocabulary" || q.skill === "main-idea" || q.skill === "cause-effect" ? [] : keys) {
      const n = Number(k);
      const digits = ev.replace(/(\d),(?=\d{3})/g, "$1");
      const ok = has(ev, k) ||
        // A person's surname alone names them ("Valls told Le Parisien").
        (/^\p{Lu}/u.test(k) && k.includes(" ") && has(ev, k.split(" ").at(-1)!)) ||
        (Number.isFinite(n) && (new RegExp(`(^|[^\\d.])${k.replace(".", "\\.")}(?![\\d])`).test(digits) || (NUM_WORDS[n] !== undefined && has(ev, NUM_WORDS[n]!))));
      if (!ok) checks["key supported by evidence"]!.push(`${q.id}: "${k}" not in its evidence`);
      if (q.type !== "ordering" && q.type !== "matching" && has(q.prompt, k)) checks["key not in stem"]!.push(`${q.id}: "${k}" appears in the prompt`);
    }
    const all = [...keys.slice(0, q.type === "multiple" ? keys.length : 1), ...distractors].map(norm);
    if (distractors.length && new Set(all).size !== all.length) checks["distractors distinct and same kind"]!.push(`${q.id}: repeated option`);
    for (const d of distractors) {
      if (shape(d) !== shape(keys[0]!)) checks["distractors distinct and same kind"]!.push(`${q.id}: "${d}" is not the same kind as "${keys[0]}"`);
      const r = Math.max(d.length, keys[0]!.length) / Math.max(1, Math.min(d.length, keys[0]!.length));
      if (r > 2.6) checks["distractors distinct and same kind"]!.push(`${q.id}: "${d}" and "${keys[0]}" differ a lot in length`);
    }
    for (const e of q.evidence) if (!intact.has(`${e.start}:${e.end}`)) checks["evidence intact"]!.push(`${q.id}: [${e.start}, ${e.end}) is not an intact sentence`);
    for (const k of keys.length ? keys : ["tf"]) {
      for (const e of q.evidence) {
        const fact = `${norm(k)}@${e.start}`;
        if (seen.has(fact)) checks["no duplicate facts"]!.push(`${q.id} repeats ${seen.get(fact)} ("${k}")`);
        seen.set(fact, q.id);
      }
    }
  });
  return Object.entries(checks).map(([name, failures]) => ({ name, failures }));
}

function inputs(folders: string[]): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const f of folders) {
    const files = statSync(f).isDirectory() ? readdirSync(f).sort().map((x) => join(f, x)) : [f];
    for (const file of files) {
      if (file.endsWith(".txt")) out.push({ name: file, text: readFileSync(file, "utf8") });
      else if (file.endsWith(".quiz.json")) {
        const parsed = quizFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
        if (parsed.success) out.push({ name: file, text: parsed.data.article.text });
        else console.log(`${file}: skipped, not a valid quiz file`);
      }
    }
  }
  return out;
}

function main() {
  const args = process.argv.slice(2);
  const show = args.includes("--show");
  const fi = args.indexOf("--candidates");
  const family = fi >= 0 ? args[fi + 1] : undefined;
  const ci = args.indexOf("--count");
  const count = ci >= 0 ? Number(args[ci + 1]) : undefined;
  const folders = args.filter((a, i) => !a.startsWith("--") && !(ci >= 0 && i === ci + 1) && !(fi >= 0 && i === fi + 1));
  if (!folders.length) {
    console.error("usage: npm run eval:generate -- <folder> [more folders] [--count N] [--show]");
    process.exit(2);
  }
  let crashed = 0;
  const totals = { articles: 0, questions: 0, failures: 0, byType: Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<string, number> };
  const failByCheck = new Map<string, number>();
  const rejectTotals = new Map<string, number>();
  for (const { name, text } of inputs(folders)) {
    totals.articles++;
    let quiz: QuizFile;
    try {
      quiz = generateQuiz(text, { count });
    } catch (e) {
      if (e instanceof GenerateError) {
        console.log(`\n## ${name}\n   no quiz: ${e.code} (${e.message})`);
        continue;
      }
      crashed++;
      console.log(`\n## ${name}\n   CRASH: ${(e as Error).stack}`);
      continue;
    }
    const valid = quizFileSchema.safeParse(quiz);
    if (!valid.success) {
      crashed++;
      console.log(`\n## ${name}\n   SCHEMA-INVALID: ${valid.error.message}`);
      continue;
    }
    const byType = new Map<string, number>();
    for (const q of quiz.questions) byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
    for (const [t, n] of byType) totals.byType[t]! += n;
    totals.questions += quiz.questions.length;
    const checks = checkQuiz(quiz);
    // The critic's view: every rejection, by reason.
    const { headline, body } = splitHeadline(cleanText(text));
    const run = pipeline(body, count ?? 10, headline ?? "");
    const byReason = new Map<string, typeof run.rejected>();
    for (const r of run.rejected) byReason.set(r.reason, [...(byReason.get(r.reason) ?? []), r]);
    for (const [r, n] of byReason) rejectTotals.set(r, (rejectTotals.get(r) ?? 0) + n.length);
    const families = new Map<string, number>();
    for (const c of run.chosen) families.set(c.family ?? c.body.type, (families.get(c.family ?? c.body.type) ?? 0) + 1);
    const gaps = run.chosen.filter(isGapFill).length;
    const failures = checks.reduce((a, c) => a + c.failures.length, 0);
    totals.failures += failures;
    console.log(`\n## ${name}: ${quiz.questions.length} questions — ${[...byType].map(([t, n]) => `${t} ${n}`).join(", ")}`);
    console.log(`   families (${families.size}): ${[...families].map(([f, n]) => `${f} ${n}`).join(", ")}; one-sentence gap-fills ${gaps}/${run.chosen.length}; ${run.candidates.length} candidates`);
    console.log(`   critic rejected ${run.rejected.length}: ${[...byReason].map(([r, xs]) => `${r} ${xs.length}`).join(", ") || "none"}`);
    for (const [r, xs] of byReason) console.log(`     · ${r} (${REASONS[r as keyof typeof REASONS]}), e.g. ${xs[0]!.detail} — ${xs[0]!.candidate.body.prompt.slice(0, 110)}`);
    if (family) {
      for (const c of run.candidates.filter((x) => x.family === family)) {
        const fate = run.chosen.includes(c) ? "CHOSEN" : run.rejected.find((r) => r.candidate === c)?.reason ?? "not picked";
        console.log(`     [${c.score.toFixed(2)} ${fate}] ${c.body.prompt.slice(0, 160)} → ${c.key.join(" | ").slice(0, 120)} ✗ ${c.distractors.join(" | ").slice(0, 200)}`);
      }
    }
    for (const c of checks) {
      failByCheck.set(c.name, (failByCheck.get(c.name) ?? 0) + c.failures.length);
      console.log(`   ${c.failures.length ? "✗" : "✓"} ${c.name}${c.failures.length ? ": " + c.failures.join("; ") : ""}`);
    }
    if (show) for (const [i, q] of quiz.questions.entries()) console.log(formatQuestion(q, quiz.article.text, i + 1));
  }
  console.log(`\n## Critic rejections, all articles: ${[...rejectTotals].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(", ") || "none"}`);
  console.log(`\n## Totals: ${totals.articles} articles, ${totals.questions} questions (${Object.entries(totals.byType).map(([t, n]) => `${t} ${n}`).join(", ")}), ${totals.failures} check failures${[...failByCheck].filter(([, n]) => n).map(([c, n]) => `; ${c}: ${n}`).join("")}, ${crashed} crashes/invalid`);
  process.exit(crashed ? 1 : 0);
}

main();
