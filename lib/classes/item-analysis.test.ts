import { describe, expect, it } from "vitest";
import { analyseItems, pearson, type ItemQuestion, type ItemResponse } from "./item-analysis";

const q1: ItemQuestion = {
  id: "q1",
  type: "single",
  prompt: "Which?",
  options: [
    { id: "a", text: "A", correct: true },
    { id: "b", text: "B", correct: false },
    { id: "c", text: "C", correct: false },
  ],
};
const q2: ItemQuestion = { id: "q2", type: "short", prompt: "Who?" };
const q3: ItemQuestion = { id: "q3", type: "truefalse", prompt: "True?" };

const r = (questionId: string, points: number, answer: unknown = null): ItemResponse => ({ questionId, points, maxPoints: 1, answer });

describe("analyseItems", () => {
  // Strong students (1, 2) get q1 right, weak ones (3, 4) wrong: q1 discriminates well.
  // q3 is answered right by the weak students only: negative discrimination, a flawed item.
  const q4: ItemQuestion = { id: "q4", type: "short", prompt: "Where?" };
  const attempts = [
    [r("q1", 1, "a"), r("q2", 1), r("q3", 0), r("q4", 1)],
    [r("q1", 1, "a"), r("q2", 1), r("q3", 0), r("q4", 1)],
    [r("q1", 0, "b"), r("q2", 1), r("q3", 1), r("q4", 0)],
    [r("q1", 0, "b"), r("q2", 0), r("q3", 1), r("q4", 0)],
  ];
  const [s1, s2, s3] = analyseItems([q1, q2, q3, q4], attempts);

  it("reports facility as the mean share of marks", () => {
    expect(s1!.facility).toBe(0.5);
    expect(s2!.facility).toBe(0.75);
  });

  it("reports discrimination against the rest of the quiz", () => {
    expect(s1!.discrimination).toBeGreaterThan(0.5);
    expect(s3!.discrimination).toBeLessThan(0);
  });

  it("counts how many picked each option, so a distractor that misfires shows", () => {
    expect(s1!.options).toEqual([
      { id: "a", text: "A", correct: true, count: 2 },
      { id: "b", text: "B", correct: false, count: 2 },
      { id: "c", text: "C", correct: false, count: 0 },
    ]);
    expect(s2!.options).toBeUndefined();
  });

  it("gives no discrimination with fewer than two attempts or no variation", () => {
    expect(analyseItems([q1], [[r("q1", 1, "a")]])[0]!.discrimination).toBeNull();
    expect(pearson([1, 1, 1], [0, 1, 2])).toBeNull();
    expect(analyseItems([q1], [])[0]).toEqual({
      questionId: "q1",
      responses: 0,
      facility: null,
      discrimination: null,
      options: [
        { id: "a", text: "A", correct: true, count: 0 },
        { id: "b", text: "B", correct: false, count: 0 },
        { id: "c", text: "C", correct: false, count: 0 },
      ],
    });
  });
});
