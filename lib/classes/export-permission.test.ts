import { describe, expect, it } from "vitest";
import { canExportQuiz, type Actor } from "./permissions";

const teacher: Actor = { id: "t1", role: "teacher" };
const other: Actor = { id: "t2", role: "teacher" };
const student: Actor = { id: "s1", role: "student" };

describe("exporting a quiz (it carries the keys)", () => {
  it("is for the owner, drafts included", () => {
    expect(canExportQuiz(teacher, { ownerId: "t1", status: "draft", library: false })).toBe(true);
    expect(canExportQuiz(other, { ownerId: "t1", status: "draft", library: false })).toBe(false);
  });
  it("is open to every teacher for published library quizzes", () => {
    expect(canExportQuiz(other, { ownerId: null, status: "published", library: true })).toBe(true);
    expect(canExportQuiz(other, { ownerId: "t1", status: "draft", library: true })).toBe(false);
    expect(canExportQuiz(other, { ownerId: "t1", status: "published", library: true })).toBe(true);
    expect(canExportQuiz(other, { ownerId: "t1", status: "published", library: false })).toBe(false);
  });
  it("is never for a student", () => {
    expect(canExportQuiz(student, { ownerId: null, status: "published", library: true })).toBe(false);
    expect(canExportQuiz({ id: "t1", role: "student" }, { ownerId: "t1", status: "draft", library: false })).toBe(false);
  });
});
