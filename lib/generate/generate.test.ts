import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quizFileSchema, type Question, type QuizFile } from "../quiz/schema";
import { GenerateError, candidateQuestions, generateQuiz, pipeline, splitHeadline } from "./index";
import { segment } from "./sentences";

const seed = readFileSync(new URL("../../tests/fixtures/serval-article.txt", import.meta.url), "utf8");

/** The right answer(s) of a question, as text. */
function keys(q: Question): string[] {
  switch (q.type) {
    case "single": return [q.options.find((o) => o.id === q.answer)!.text];
    case "multiple": return q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text);
    case "short": return q.answer;
    case "blank": return q.answer.flat();
    case "numeric": return [String(q.answer)];
    default: return [];
  }
}

const evidence = (quiz: QuizFile, q: Question) => q.evidence.map((e) => quiz.article.text.slice(e.start, e.end)).join(" ");
const find = (quiz: QuizFile, key: string, evidenceHas: string) =>
  quiz.questions.find((q) => keys(q).some((k) => k.toLowerCase() === key.toLowerCase()) && evidence(quiz, q).includes(evidenceHas));

describe("generateQuiz on the seed article", () => {
  const quiz = generateQuiz(seed, { count: 12, title: "France in Mali" });

  it("emits a schema-valid quiz over the cleaned text", () => {
    expect(quizFileSchema.safeParse(quiz).success).toBe(true);
    expect(quiz.article.text).toContain("Diabaly …");
    expect(quiz.article.text).not.toContain("â");
  });

  it("asks for the code name, Serval", () => {
    expect(find(quiz, "Serval", "code name Serval")).toBeDefined();
  });

  it("asks for the security levels: bright red below scarlet; red since 2005 is a candidate that passes the critic", () => {
    expect(find(quiz, "bright red", "one grade down from the highest level, scarlet")).toBeDefined();
    const run = pipeline(quiz.article.text, 12);
    const passed = run.candidates.filter((c) => !run.rejected.some((r) => r.candidate === c));
    expect(passed.some((c) => c.key.includes("2005") && /level red/.test(c.body.prompt))).toBe(true);
  });

  it("asks for the three origins of the weapons in one question", () => {
    const whole = quiz.questions.filter((q) => ["after the fall of Muammar Gaddafi", "the Malian army fled Gao", "The third wave"].every((p) => evidence(quiz, q).includes(p)));
    expect(whole).toHaveLength(1);
  });

  it("mixes at least four families with a central-idea and an evidence question, at most 30% gap-fills", () => {
    const ten = generateQuiz(seed, { count: 10 });
    // Issue 9 asks for 10 from every 400+ word article; the seed gives 8 while the 30% gap-fill cap,
    // the one-fact-per-question rule and the cross-question give-away rule (no key shown in another
    // question's stem or options) hold: fewer rather than unfair (docs/generator-evaluation.md).
    expect(ten.questions.length).toBeGreaterThanOrEqual(8);
    expect(ten.questions.some((q) => q.skill === "main-idea")).toBe(true);
    expect(ten.questions.some((q) => q.type === "evidence")).toBe(true);
    const gaps = ten.questions.filter((q) => /_{3,}/.test(q.prompt) && q.evidence.length === 1);
    expect(gaps.length).toBeLessThanOrEqual(3);
    expect(new Set(ten.questions.map((q) => `${q.type}:${q.skill}`)).size).toBeGreaterThanOrEqual(4);
  });

  it("takes evidence only from intact sentences", () => {
    const intact = new Set(segment(quiz.article.text).sentences.filter((s) => !s.broken).map((s) => `${s.start}:${s.end}`));
    for (const q of quiz.questions) for (const e of q.evidence) expect(intact.has(`${e.start}:${e.end}`)).toBe(true);
    expect(quiz.questions.some((q) => evidence(quiz, q).includes("said on The French"))).toBe(false);
  });

  it("never puts the key in the prompt", () => {
    for (const q of quiz.questions) for (const k of keys(q)) expect(q.prompt.toLowerCase()).not.toContain(` ${k.toLowerCase()} `);
  });
});

describe("headline and candidates", () => {
  it("takes the title from a headline line, not the first sentence, and keeps it out of the article", () => {
    const body = [
      "The council closed the bridge on Monday after engineers found cracks in its frame.",
      "About 12,000 cars crossed the bridge every day before it was closed.",
      "Council leader Maria Lopez said the repairs would take at least two years.",
      "Drivers now have to use the ring road, which adds 20 minutes to the journey.",
      "Engineer Tom Burke said the frame had rusted through in three places.",
      "The bridge was built in 1961 and was last repaired in 1998.",
    ].join(" ");
    const quiz = generateQuiz(`Town shuts old bridge\n\n${body}`);
    expect(quiz.title).toBe("Town shuts old bridge");
    expect(quiz.article.title).toBe("Town shuts old bridge");
    expect(quiz.article.text.startsWith("The council")).toBe(true);
    expect(splitHeadline("The council closed the bridge on Monday.\n\nMore text.").headline).toBeUndefined();
  });

  it("lists candidates under stable, distinct ids, best first", () => {
    const text = generateQuiz(seed).article.text;
    const a = candidateQuestions(text);
    const b = candidateQuestions(text);
    expect(a.map((c) => c.candidateId)).toEqual(b.map((c) => c.candidateId));
    expect(new Set(a.map((c) => c.candidateId)).size).toBe(a.length);
    // Regenerate needs spares beyond the quiz's own questions.
    expect(a.length).toBeGreaterThan(generateQuiz(seed).questions.length);
  });
});

describe("generateQuiz contract", () => {
  it("is deterministic: same input and options give identical JSON", () => {
    expect(JSON.stringify(generateQuiz(seed, { count: 8 }))).toBe(JSON.stringify(generateQuiz(seed, { count: 8 })));
  });

  it("returns no more questions than asked and honours the options", () => {
    const quiz = generateQuiz(seed, { count: 3, slug: "Mali Story!", source: "The Guardian", publishedOn: "2013-01-14" });
    expect(quiz.questions.length).toBeLessThanOrEqual(3);
    expect(quiz.slug).toBe("mali-story");
    expect(quiz.article).toMatchObject({ source: "The Guardian", publishedOn: "2013-01-14" });
  });

  it.each([
    ["empty", "   \n\n  "],
    ["not-english", "Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, das die Rechte der Mieter stärkt und die Mieten begrenzt."],
    ["not-english", "Министр заявил, что правительство примет новые меры для поддержки экономики страны в следующем году."],
    ["not-text", "\u0000\u0001\u0002binary\u0003\u0004\u0005\u0006 data \u0007\u0008"],
    ["no-questions", "The cat sat on the mat."],
  ])("throws GenerateError %s", (code, text) => {
    expect(() => generateQuiz(text)).toThrowError(expect.objectContaining({ code }));
  });

  it("rejects articles over 50,000 words", () => {
    expect(() => generateQuiz("word ".repeat(50_001))).toThrowError(expect.objectContaining({ code: "too-long" }));
  });
});

describe("any input yields a valid quiz or a GenerateError", () => {
  const outcome = (text: string) => {
    try {
      const quiz = generateQuiz(text, { count: 5 });
      return quizFileSchema.safeParse(quiz).success ? "quiz" : "invalid";
    } catch (e) {
      if (e instanceof GenerateError) return "error";
      throw e;
    }
  };
  const sentence = fc.constantFrom(
    "The minister, Jane Smith, said the plan would cost 300 million pounds.",
    '"We will not stop," said Tom Brown, a spokesman for the group.',
    "About 500 troops arrived in Paris in 2013.",
    "مرحبا بالعالم، هذه جملة عربية.",
    "שלום עולם זה משפט בעברית.",
    "Emoji 🎉🚀 everywhere 👍🏽 in this line.",
    "<p>Hello <b>world</b> &amp; friends</p>",
    "# Heading\n\n- a list **item**",
    "â€™ Ã© â¦ broken text",
  );

  it("for arbitrary strings, including binary and unicode", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme", maxLength: 300 })), (s) => {
        expect(outcome(s)).not.toBe("invalid");
      }),
      { numRuns: 150 },
    );
  });

  it("for mixtures of news sentences, HTML, Markdown, emoji and right-to-left text", { timeout: 60_000 }, () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 30 }), fc.constantFrom(" ", "\n", "\n\n"), (parts, sep) => {
        const o = outcome(parts.join(sep));
        seen.add(o);
        expect(o).not.toBe("invalid");
      }),
      { numRuns: 60 },
    );
    // The mixtures must exercise both outcomes, or the property proves little.
    expect([...seen].sort()).toEqual(["error", "quiz"]);
  });

  it("for a huge input", { timeout: 60_000 }, () => {
    const huge = seed.repeat(8);
    const quiz = generateQuiz(huge, { count: 50 });
    expect(quizFileSchema.safeParse(quiz).success).toBe(true);
    expect(quiz.questions.length).toBeGreaterThan(10);
  });
});
