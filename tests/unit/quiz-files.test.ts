/**
 * Every quiz in quizzes/ parses, cites whole sentences as evidence and keys answers the evidence
 * supports; the Serval seed quiz covers what the brief asks of it. Also: how loadQuizFiles fails.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadQuizFiles, parseQuizFile, QUIZ_FILE_SUFFIX } from "@/lib/quiz/files";
import { gradeQuestion } from "@/lib/quiz/grade";
import { normalizeAnswer } from "@/lib/quiz/normalize";
import { QUESTION_TYPES, type Question, type QuizFile } from "@/lib/quiz/schema";

const DIR = path.join(process.cwd(), "quizzes");
const names = readdirSync(DIR).filter((n) => n.endsWith(QUIZ_FILE_SUFFIX)).sort();
const quizzes = names.map((name) => [name, parseQuizFile(readFileSync(path.join(DIR, name), "utf8"), name)] as const);

/**
 * Text that went missing from an article leaves a broken sentence before the gap. Evidence may not
 * touch these fragments, but a whole sentence that survives right after a gap may be cited.
 */
const BROKEN: Record<string, string[]> = {
  serval: [
    "Fighting continued on Monday morning as French aircraft and Malian government troops sought to repel rebel forces who overran the garrison town of Diabaly, in central ",
    "Omar Ould Hamaha, a spokesman for the Movement of Unity and Jihad in West Africa, one of the main factions in the rebel alliance, said on ",
    // A quotation that never closes, then the stub of a sentence cut short.
    `"We won't diminish the threat by giving in to terrorists. Like other countries, `,
    `"The Russians on learning of a western military operation let their arms dealers in `,
  ],
};

const TERMINAL = /[.!?…]["'”’)\]]*$/;

function brokenRanges(quiz: QuizFile) {
  return (BROKEN[quiz.slug] ?? []).map((fragment) => {
    const start = quiz.article.text.indexOf(fragment);
    return { fragment, start, end: start + fragment.length };
  });
}

function startsSentence(text: string, at: number, afterGaps: number[]): boolean {
  if (!/^["'“‘(\[]?[\p{Lu}\d]/u.test(text.slice(at, at + 2))) return false;
  return at === 0 || text[at - 1] === "\n" || afterGaps.includes(at) || /[.!?…]["'”’)\]]*\s$/.test(text.slice(Math.max(0, at - 4), at));
}

function endsSentence(text: string, at: number): boolean {
  return TERMINAL.test(text.slice(Math.max(0, at - 4), at)) && (at === text.length || /\s/.test(text[at]!));
}

const STOPWORDS = new Set("the and with from for that this into they their them its are was were has have had been any".split(" "));
const contentWords = (s: string) => normalizeAnswer(s).split(" ").filter((w) => w.length >= 3 && !STOPWORDS.has(w));

/** Most of the key's content words (compared by their first five letters) occur in the evidence. */
function supported(key: string, evidence: string): boolean {
  const words = contentWords(key);
  const stems = new Set(contentWords(evidence).map((w) => w.slice(0, 5)));
  const found = words.filter((w) => stems.has(w.slice(0, 5))).length;
  return words.length > 0 && found * 2 >= words.length;
}

/** The textual keys a reader should find in the evidence, one string each. */
function textualKeys(q: Question): string[] {
  switch (q.type) {
    case "single":
      return [q.options.find((o) => o.id === q.answer)!.text];
    case "multiple":
      return q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text);
    case "short":
      return [q.answer[0]!];
    case "blank":
      return q.answer.map((accepted) => accepted[0]!);
    default:
      return [];
  }
}

const evidenceText = (quiz: QuizFile, q: Question) => q.evidence.map((s) => quiz.article.text.slice(s.start, s.end)).join("\n");

describe("quizzes/", () => {
  it("holds at least the Serval quiz, each file named after its slug", () => {
    expect(names).toContain("serval.quiz.json");
    for (const [name, quiz] of quizzes) expect(name).toBe(`${quiz.slug}${QUIZ_FILE_SUFFIX}`);
  });

  it("loads through loadQuizFiles with unique slugs", async () => {
    const loaded = await loadQuizFiles(DIR);
    expect(loaded.map((q) => q.slug)).toEqual(quizzes.map(([, q]) => q.slug));
  });
});

describe.each(quizzes)("%s", (_, quiz) => {
  const text = quiz.article.text;
  const broken = brokenRanges(quiz);

  it("has paragraphs separated by one blank line and no mojibake", () => {
    expect(text).not.toMatch(/\n{3,}|[^\n]\n[^\n]|\r/);
    expect(text).not.toMatch(/[ÂÃâ][\u0080-\u00BF]|\uFFFD/);
  });

  it("knows where its broken sentences are", () => {
    for (const b of broken) expect(b.start, b.fragment).toBeGreaterThanOrEqual(0);
  });

  it("cites whole sentences as evidence, never a broken one", () => {
    const afterGaps = broken.map((b) => b.end);
    for (const q of quiz.questions) {
      for (const span of q.evidence) {
        const cited = JSON.stringify(text.slice(span.start, span.end));
        expect(startsSentence(text, span.start, afterGaps), `${q.id} starts mid-sentence: ${cited}`).toBe(true);
        expect(endsSentence(text, span.end), `${q.id} ends mid-sentence: ${cited}`).toBe(true);
        for (const b of broken) {
          expect(span.end <= b.start || span.start >= b.end, `${q.id} cites a broken sentence: ${cited}`).toBe(true);
        }
      }
    }
  });

  it("keys answers that the evidence supports", () => {
    for (const q of quiz.questions) {
      const evidence = evidenceText(quiz, q);
      for (const key of textualKeys(q)) expect(supported(key, evidence), `${q.id}: "${key}" not in its evidence`).toBe(true);
    }
  });

  it("never puts the key of a short or blank question in its prompt", () => {
    for (const q of quiz.questions) {
      if (q.type !== "short" && q.type !== "blank") continue;
      for (const key of textualKeys(q)) expect(normalizeAnswer(q.prompt)).not.toContain(normalizeAnswer(key));
    }
  });

  it("never makes the key of a single question the one long option", () => {
    for (const q of quiz.questions) {
      if (q.type !== "single") continue;
      const key = q.options.find((o) => o.id === q.answer)!.text.length;
      const longestOther = Math.max(...q.options.filter((o) => o.id !== q.answer).map((o) => o.text.length));
      // A few letters between short options ("September" vs "October") give nothing away.
      expect(key, `${q.id}: the key is much longer than every distractor`).toBeLessThanOrEqual(
        Math.max(longestOther * 1.1, longestOther + 3),
      );
    }
  });

  it("asks each question once", () => {
    const prompts = quiz.questions.map((q) => normalizeAnswer(q.prompt));
    expect(new Set(prompts).size).toBe(prompts.length);
  });

  it("gives full marks for its own key", () => {
    for (const q of quiz.questions) {
      const key = q.type === "short" ? q.answer[0] : q.type === "blank" ? q.answer.map((a) => a[0]) : q.answer;
      expect(gradeQuestion(q, key).correct, q.id).toBe(true);
    }
  });
});

describe("the Serval quiz", () => {
  const quiz = quizzes.find(([, q]) => q.slug === "serval")![1];
  const expected = quiz.questions.map((q) => gradeQuestion(q, undefined).expected);
  const keyed = (...parts: string[]) =>
    expected.some((e) => parts.every((p) => normalizeAnswer(e).includes(normalizeAnswer(p))));

  const prompted = (key: string, ...inPrompt: string[]) =>
    quiz.questions.some(
      (q) =>
        normalizeAnswer(gradeQuestion(q, undefined).expected) === normalizeAnswer(key) &&
        inPrompt.every((p) => normalizeAnswer(q.prompt).includes(normalizeAnswer(p))),
    );

  it("has 12 to 16 questions using every question type the taking page renders", () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(12);
    expect(quiz.questions.length).toBeLessThanOrEqual(16);
    // The evidence type joins the seed once its taking page is on main (scripts/review-serval-quiz.ts).
    expect(new Set(quiz.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES.filter((t) => t !== "evidence")));
  });

  it("is dated the Monday after the intervention began and records its review", () => {
    expect(quiz.article.publishedOn).toBe("2013-01-14");
    expect(quiz.article.source).toBe("The Guardian");
    expect(quiz.review).toMatch(/^Generated by readcheck-generate .* reviewed by a person/);
    expect(quiz.review).toMatch(/Added by hand: /);
  });

  it("repairs the truncated ellipsis but keeps the gaps in the text", () => {
    expect(quiz.article.text).toContain("They took Diabaly … after fierce fighting");
    expect(quiz.article.text).toContain("said on The French interior minister");
  });

  it("asks for the code name Serval and what a serval is", () => {
    const code = quiz.questions.find((q) => q.type === "short" && gradeQuestion(q, "Serval").correct);
    expect(code).toBeDefined();
    expect(keyed("small African cat")).toBe(true);
  });

  it("covers the security levels: bright red, below scarlet, red since the 2005 London bombings", () => {
    expect(prompted("bright red", "one grade down from the highest level, scarlet")).toBe(true);
    expect(prompted("2005", "bombings in London", "level red")).toBe(true);
  });

  it("covers the three origins of the weapons as one question: Libya, Gao and the black market", () => {
    expect(keyed("Libya", "after the fall of Muammar Gaddafi", "Gao", "black market", "September")).toBe(true);
  });

  it("asks how far from Bamako the rebels were, in miles", () => {
    const distance = quiz.questions.find((q) => q.id === "distance-before")!;
    expect(gradeQuestion(distance, "420 miles").correct).toBe(true);
    expect(gradeQuestion(distance, "420").correct).toBe(true);
    expect(gradeQuestion(distance, "250 miles").correct).toBe(false);
    expect(gradeQuestion(distance, "420 km").correct).toBe(false);
  });
});

describe("loadQuizFiles", () => {
  const [, serval] = quizzes.find(([, q]) => q.slug === "serval")!;
  const dirs: string[] = [];
  const folder = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), "quizzes-"));
    dirs.push(dir);
    for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("reads only *.quiz.json files, in name order", async () => {
    const other = { ...serval, slug: "another" };
    const dir = folder({
      "serval.quiz.json": JSON.stringify(serval),
      "another.quiz.json": JSON.stringify(other),
      "notes.json": "not a quiz",
      "README.md": "# quizzes",
    });
    expect((await loadQuizFiles(dir)).map((q) => q.slug)).toEqual(["another", "serval"]);
  });

  it("names the file and the path of every problem", async () => {
    const bad = structuredClone(serval) as Record<string, any>;
    const single = bad.questions.findIndex((q: { type: string }) => q.type === "single");
    bad.questions[single].answer = "no-such-option";
    bad.questions[1].evidence = [{ start: 0, end: 999_999 }];
    const dir = folder({ "broken.quiz.json": JSON.stringify(bad) });
    const error = await loadQuizFiles(dir).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^broken\.quiz\.json: /);
    expect((error as Error).message).toContain(`questions.${single}.answer: answer must be one of the option ids`);
    expect((error as Error).message).toContain("questions.1.evidence.0:");
  });

  it("names a file that is not JSON", async () => {
    const dir = folder({ "typo.quiz.json": "{ slug: serval }" });
    await expect(loadQuizFiles(dir)).rejects.toThrow(/^typo\.quiz\.json: not valid JSON/);
  });

  it("refuses two files with the same slug", async () => {
    const dir = folder({ "a.quiz.json": JSON.stringify(serval), "b.quiz.json": JSON.stringify(serval) });
    await expect(loadQuizFiles(dir)).rejects.toThrow('b.quiz.json: slug "serval" is already used by a.quiz.json');
  });
});
