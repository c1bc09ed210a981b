import { describe, expect, it } from "vitest";
import { homePathFor } from "./home-path";

describe("homePathFor", () => {
  it("sends teachers to the teacher dashboard and students to their quizzes", () => {
    expect(homePathFor("teacher")).toBe("/teach");
    expect(homePathFor("student")).toBe("/quizzes");
  });
});
