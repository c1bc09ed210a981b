/**
 * Property: any quiz the schema accepts exports and re-imports to an equal quiz, modulo the
 * losses capabilities.ts states for the format and question (and the export reports). For
 * Readcheck JSON, and every pair the map calls exact, that is equality.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/quiz/article-segments";
import { quizFileSchema, SKILLS, type Question, type QuizFile } from "@/lib/quiz/schema";
import { assess } from "./capabilities";
import { exportQuiz, importQuiz, type FormatId } from "./index";
import { keyView, withoutParts } from "./roundtrip";
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
    // Blanks anywhere: opening the prompt, touching punctuation, closing it.
    fc
      .tuple(
        common(article),
        fc.array(fc.tuple(fc.option(text(3), { nil: "" }), fc.uniqueArray(text(2), { minLength: 1, maxLength: 2 })), { minLength: 1, maxLength: 3 }),
        fc.constantFrom("", ".", "?", " today.", ", then more"),
      )
      .map(([c, parts, tail]) => ({ ...c, type: "blank", prompt: `${parts.map(([before]) => (before ? `${before} ___` : "___")).join(" ")}${tail}`, answer: parts.map(([, a]) => a) })),
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
    // Select-evidence: the key is whole sentences of the article, as the editor picks them.
    fc.tuple(common(article), fc.shuffledSubarray(splitSentences(article), { minLength: 1, maxLength: Math.min(4, splitSentences(article).length) }), fc.integer({ min: 0, max: 2 })).map(([c, picked, extra]) => {
      const answer = picked.map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
      return { ...c, type: "evidence", answer, maxSelect: Math.min(6, answer.length + extra) };
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

/** What the format keeps of a question (null: left out), as capabilities.ts claims it. */
function expected(q: Question, format: FormatId, articleText: string): Record<string, unknown> | null {
  const { fidelity, lost } = assess(format, q, articleText);
  return fidelity === "none" ? null : withoutParts(keyView(q), lost);
}

describe.each(["json", "qti", "moodle", "gift", "aiken"] as FormatId[])("%s round trip (property)", (format) => {
  it("re-imports every kept question equal, drops only what it reports", () => {
    fc.assert(
      fc.property(quizArb, (quiz) => {
        const out = exportQuiz(quiz, format);
        const claims = quiz.questions.map((q) => ({ q, view: expected(q, format, quiz.article.text), lost: assess(format, q, quiz.article.text).lost }));
        const kept = claims.filter((x) => x.view !== null);
        const dropped = claims.filter((x) => x.view === null).map((x) => x.q);
        expect(out.exported).toBe(kept.length);
        if (format === "qti") expect(validateQtiPackage(out.body)).toEqual([]);
        for (const q of dropped) expect(out.losses.some((l) => l.questionId === q.id && l.kind === "dropped")).toBe(true);
        if (!kept.length) return;
        const back = importQuiz(out.body);
        expect(back.skipped).toEqual([]);
        expect(back.quiz.questions.map((q, i) => withoutParts(keyView(q), kept[i]!.lost))).toEqual(kept.map((x) => x.view));
        if (format !== "aiken") expect(back.quiz.article?.text).toBe(quiz.article.text);
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});
