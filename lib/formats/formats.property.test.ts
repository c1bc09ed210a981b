/**
 * Property: any quiz the schema accepts exports and re-imports to an equal quiz, modulo the
 * losses docs/formats.md lists for the format (and reported by the export).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BLANK_PATTERN, countBlanks, quizFileSchema, SKILLS, type Question, type QuizFile } from "@/lib/quiz/schema";
import { exportQuiz, importQuiz, type FormatId } from "./index";
import { keyView } from "./roundtrip";
import { validateQtiPackage } from "./qti-validate";

// Words that stress every format's escaping: GIFT's specials, XML/HTML markup, CDATA ends, cloze escapes.
const word = fc.constantFrom("Mali", "troops", "a", "the", "Serval", "{x}", "=", "~", "#", ":", "->", "<b>", "&", "&amp;", '"', "'", "\\", "]]>", "%50%", "$", "é", "4,000", "1.5", "//", "[tag:x]", "}", "/", "T", "..");
const text = (max = 6) => fc.array(word, { minLength: 1, maxLength: max }).map((ws) => ws.join(" "));
const uniqueTexts = (min: number, max: number) => fc.uniqueArray(text(3), { minLength: min, maxLength: max });
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,8}$/).filter((s) => !s.startsWith("ID_"));

const common = (article: string) =>
  fc.record({
    prompt: text(8),
    points: fc.constantFrom(0.5, 1, 2, 3),
    explanation: text(8),
    skill: fc.constantFrom(...SKILLS),
    difficulty: fc.integer({ min: 1, max: 3 }),
    evidence: fc
      .array(
        fc.tuple(fc.nat(article.length - 1), fc.integer({ min: 1, max: 40 })).map(([start, len]) => ({ start, end: Math.min(article.length, start + len) })),
        { minLength: 1, maxLength: 3 },
      ),
  });

const choices = (texts: string[], prefix: string) => texts.map((t, i) => ({ id: `${prefix}${i}`, text: t }));

const question = (article: string): fc.Arbitrary<Record<string, unknown>> =>
  fc.oneof(
    fc.tuple(common(article), uniqueTexts(2, 6), fc.nat()).map(([c, texts, k]) => ({ ...c, type: "single", options: choices(texts, "o"), answer: `o${k % texts.length}` })),
    fc.tuple(common(article), uniqueTexts(3, 6), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 })).map(([c, texts, picks]) => {
      const answer = texts.map((_, i) => `o${i}`).filter((_, i) => picks[i]);
      return { ...c, type: "multiple", options: choices(texts, "o"), answer: answer.length ? answer : ["o0"] };
    }),
    fc.tuple(common(article), fc.boolean()).map(([c, answer]) => ({ ...c, type: "truefalse", answer })),
    fc
      .tuple(common(article), fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: 0, max: 400 }), fc.option(fc.constantFrom("miles", "km", "soldiers")), fc.constantFrom([], ["mi"], ["troops", "men"]))
      .map(([c, n, t, unit, aliases]) => ({ ...c, type: "numeric", answer: n / 4, tolerance: t / 4, ...(unit ? { unit, unitAliases: aliases } : { unitAliases: [] }) })),
    fc.tuple(common(article), fc.uniqueArray(text(3), { minLength: 1, maxLength: 3 })).map(([c, answer]) => ({ ...c, type: "short", answer })),
    fc
      .tuple(common(article), fc.array(fc.tuple(text(3), fc.uniqueArray(text(2), { minLength: 1, maxLength: 2 })), { minLength: 1, maxLength: 3 }), text(3))
      .map(([c, parts, tail]) => ({ ...c, type: "blank", prompt: `${parts.map(([before]) => `${before} ___`).join(" ")} ${tail}`, answer: parts.map(([, a]) => a) })),
    fc.tuple(common(article), uniqueTexts(3, 5), fc.nat()).map(([c, texts, seed]) => {
      const items = choices(texts, "i");
      const answer = [...items].sort((a, b) => ((a.id.charCodeAt(1) * 31 + seed) % 7) - ((b.id.charCodeAt(1) * 31 + seed) % 7) || a.id.localeCompare(b.id)).map((i) => i.id);
      return { ...c, type: "ordering", items, answer };
    }),
    fc.tuple(common(article), uniqueTexts(2, 4), uniqueTexts(4, 6), fc.array(fc.nat(), { minLength: 4, maxLength: 4 })).map(([c, lefts, rights, picks]) => {
      const left = choices(lefts, "l");
      const right = choices(rights, "r");
      return { ...c, type: "matching", left, right, answer: Object.fromEntries(left.map((l, i) => [l.id, right[picks[i]! % right.length]!.id])) };
    }),
  );

const quizArb: fc.Arbitrary<QuizFile> = fc
  .array(fc.array(word, { minLength: 3, maxLength: 12 }).map((ws) => ws.join(" ")), { minLength: 1, maxLength: 3 })
  .map((paras) => paras.join("\n\n"))
  .chain((article) =>
    fc.tuple(fc.constant(article), text(4), fc.uniqueArray(id, { minLength: 1, maxLength: 6 }).chain((ids) => fc.tuple(fc.constant(ids), fc.array(question(article), { minLength: ids.length, maxLength: ids.length })))),
  )
  .map(([article, title, [ids, qs]]) =>
    quizFileSchema.parse({ slug: "prop", title, article: { title: "Article", text: article }, questions: qs.map((q, i) => ({ ...q, id: ids[i] })) }),
  );

/** What the format keeps of a question (null: dropped), by the documented mapping. */
function expected(q: Question, format: FormatId): Record<string, unknown> | null {
  const view = keyView(q);
  if (format === "json") return view;
  const canonicalBlank = q.type === "blank" ? { prompt: q.prompt.replace(BLANK_PATTERN, "___") } : {};
  if (format === "aiken") return q.type === "single" ? { prompt: view.prompt, options: view.options, answer: view.answer } : null;
  if (format === "gift") {
    if (q.type === "ordering" || (q.type === "blank" && countBlanks(q.prompt) !== 1)) return null;
    if (q.type === "numeric") return { ...view, unit: undefined, unitAliases: [] };
    if (q.type === "matching" && new Set(Object.values(q.answer)).size < Math.max(2, q.left.length)) return null;
    if (q.type === "matching") return { ...view, right: [...new Set(Object.values(q.answer).map((r) => q.right.find((x) => x.id === r)!.text))].sort() };
  }
  if (q.type === "numeric" && !q.unit) return { ...view, unitAliases: [] };
  return { ...view, ...canonicalBlank };
}

function actual(q: Question, format: FormatId): Record<string, unknown> {
  const view = keyView(q);
  if (format === "aiken") return { prompt: view.prompt, options: view.options, answer: view.answer };
  return view;
}

describe.each(["json", "qti", "moodle", "gift", "aiken"] as FormatId[])("%s round trip (property)", (format) => {
  it("re-imports every kept question equal, drops only what it reports", () => {
    fc.assert(
      fc.property(quizArb, (quiz) => {
        const out = exportQuiz(quiz, format);
        const kept = quiz.questions.map((q) => expected(q, format)).filter((v): v is Record<string, unknown> => v !== null);
        const dropped = quiz.questions.filter((q) => expected(q, format) === null);
        expect(out.exported).toBe(kept.length);
        if (format === "qti") expect(validateQtiPackage(out.body)).toEqual([]);
        for (const q of dropped) expect(out.losses.some((l) => l.questionId === q.id && l.kind === "dropped")).toBe(true);
        if (!kept.length) return;
        const back = importQuiz(out.body);
        expect(back.skipped).toEqual([]);
        expect(back.quiz.questions.map((q) => actual(q, format))).toEqual(kept);
        if (format !== "aiken") expect(back.quiz.article?.text).toBe(quiz.article.text);
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});
