import { describe, expect, it } from "vitest";
import type { QuestionOf } from "@/lib/quiz/schema";
import { exportQuiz, importQuiz } from "./index";
import { sampleQuiz } from "./fixtures/sample-quiz";
import { keyView } from "./roundtrip";

const gapFill = sampleQuiz.questions.find((q): q is QuestionOf<"blank"> => q.type === "blank")!;

describe("GIFT gap-fill with one blank", () => {
  // gift-pegjs cannot parse a stem that opens with the answer block, and it writes "stem _____ rest"
  // with a space on each side of the gap whatever the file said.
  it.each([
    ["at the start", "___ sent troops to Mali in 2013."],
    ["before punctuation", "France sent troops to ___."],
    ["inside a word's punctuation", "The operation (\"___\") was named after a cat."],
    ["in the middle", "France sent troops to ___ in 2013."],
    ["at the end", "France sent troops to ___"],
    ["alone", "___"],
  ])("round-trips with the blank %s", (_, prompt) => {
    const question = { ...gapFill, prompt, answer: [["Mali", "Republic of Mali"]] };
    const quiz = { ...sampleQuiz, questions: [question] };
    const first = exportQuiz(quiz, "gift");
    const back = importQuiz(first.body);
    expect(back.skipped).toEqual([]);
    expect(back.quiz.questions.map(keyView)).toEqual([keyView(question)]);
    const again = exportQuiz({ ...quiz, questions: back.quiz.questions }, "gift");
    expect(Buffer.from(again.body).toString()).toBe(Buffer.from(first.body).toString());
  });
});

describe("GIFT missing-word questions from other systems", () => {
  it.each([
    ["France sent troops to {=Mali}.", "France sent troops to ___."],
    ["The operation (\"{=Serval}\") was named after a cat.", "The operation (\"___\") was named after a cat."],
    ["{=Mali} is where France sent troops.", "___ is where France sent troops."],
    ["France sent troops to {=Mali} in 2013.", "France sent troops to ___ in 2013."],
  ])("reads %s as a gap-fill with the gap where Moodle shows it", (stem, prompt) => {
    const r = importQuiz(new TextEncoder().encode(`::q::${stem}\n`));
    expect(r.skipped).toEqual([]);
    expect(r.quiz.questions[0]).toMatchObject({ type: "blank", prompt });
  });
});
