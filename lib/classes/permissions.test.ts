import { describe, expect, it } from "vitest";
import { canAssignQuiz, canEditQuiz, canManageClass, canViewAttempt, canViewClass, canViewQuiz, type Actor } from "./permissions";

const teacher: Actor = { id: "t1", role: "teacher" };
const otherTeacher: Actor = { id: "t2", role: "teacher" };
const student: Actor = { id: "s1", role: "student" };
const cls = { teacherId: "t1" };

describe("classes", () => {
  it("are managed only by their own teacher", () => {
    expect(canManageClass(teacher, cls)).toBe(true);
    expect(canManageClass(otherTeacher, cls)).toBe(false);
    expect(canManageClass({ id: "t1", role: "student" }, cls)).toBe(false);
  });

  it("are visible to their teacher and enrolled students", () => {
    expect(canViewClass(student, cls, { enrolled: true })).toBe(true);
    expect(canViewClass(student, cls, { enrolled: false })).toBe(false);
    expect(canViewClass(otherTeacher, cls, { enrolled: false })).toBe(false);
  });
});

describe("attempts", () => {
  it("are readable by their student and the class's teacher only", () => {
    expect(canViewAttempt(student, { userId: "s1" }, { teacherOfClass: false })).toBe(true);
    expect(canViewAttempt({ id: "s2", role: "student" }, { userId: "s1" }, { teacherOfClass: false })).toBe(false);
    expect(canViewAttempt(teacher, { userId: "s1" }, { teacherOfClass: true })).toBe(true);
    expect(canViewAttempt(otherTeacher, { userId: "s1" }, { teacherOfClass: false })).toBe(false);
  });
});

describe("quizzes", () => {
  const draft = { ownerId: "t1", status: "draft" as const, library: false };
  const published = { ownerId: "t1", status: "published" as const, library: false };
  const shared = { ownerId: "t1", status: "published" as const, library: true };
  const seeded = { ownerId: null, status: "published" as const, library: true };

  it("are edited by their owner only; seeded quizzes by nobody", () => {
    expect(canEditQuiz(teacher, draft)).toBe(true);
    expect(canEditQuiz(otherTeacher, draft)).toBe(false);
    expect(canEditQuiz(teacher, seeded)).toBe(false);
  });

  it("are visible to their owner; published ones to everyone if in the library, else to students they are assigned to", () => {
    expect(canViewQuiz(teacher, draft, { assigned: false })).toBe(true);
    expect(canViewQuiz(student, draft, { assigned: true })).toBe(false);
    expect(canViewQuiz(null, seeded, { assigned: false })).toBe(true);
    expect(canViewQuiz(null, shared, { assigned: false })).toBe(true);
    expect(canViewQuiz(null, published, { assigned: false })).toBe(false);
    expect(canViewQuiz(student, published, { assigned: false })).toBe(false);
    expect(canViewQuiz(otherTeacher, published, { assigned: false })).toBe(false);
    expect(canViewQuiz(student, published, { assigned: true })).toBe(true);
  });

  it("are assigned only when published, by the class's teacher, if theirs or seeded", () => {
    expect(canAssignQuiz(teacher, published, cls)).toBe(true);
    expect(canAssignQuiz(teacher, seeded, cls)).toBe(true);
    expect(canAssignQuiz(teacher, draft, cls)).toBe(false);
    expect(canAssignQuiz(otherTeacher, published, { teacherId: "t2" })).toBe(false);
    expect(canAssignQuiz(otherTeacher, shared, { teacherId: "t2" })).toBe(true);
  });
});
