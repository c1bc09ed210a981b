import { describe, expect, it } from "vitest";
import { buildTeacherDashboard, type DashboardAssignment } from "./teacher-dashboard";

const now = new Date("2030-03-10T12:00:00Z");
const day = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);
const row = (over: Partial<DashboardAssignment>): DashboardAssignment => ({
  id: "a",
  classId: "c",
  className: "Year 9",
  quizTitle: "Quiz",
  opensAt: null,
  dueAt: null,
  students: 20,
  submittedStudents: 0,
  ...over,
});

describe("buildTeacherDashboard", () => {
  it("lists work due in the next seven days, soonest first, and nothing further out or already past", () => {
    const { dueSoon } = buildTeacherDashboard(
      [row({ id: "later", dueAt: day(5) }), row({ id: "soon", dueAt: day(1) }), row({ id: "far", dueAt: day(30) }), row({ id: "past", dueAt: day(-1) })],
      now,
    );
    expect(dueSoon.map((a) => a.id)).toEqual(["soon", "later"]);
  });

  it("flags recently past-due work with students missing, with how many, but not work everyone handed in", () => {
    const { attention } = buildTeacherDashboard(
      [
        row({ id: "missing", dueAt: day(-2), students: 20, submittedStudents: 17 }),
        row({ id: "complete", dueAt: day(-2), students: 20, submittedStudents: 20 }),
        row({ id: "old", dueAt: day(-40), students: 20, submittedStudents: 3 }),
      ],
      now,
    );
    expect(attention.map((a) => [a.id, a.reason, a.missing])).toEqual([["missing", "missing_work", 3]]);
  });

  it("flags open work in a class nobody has joined yet", () => {
    const { attention } = buildTeacherDashboard([row({ id: "empty", students: 0 }), row({ id: "not-open", students: 0, opensAt: day(3) })], now);
    expect(attention.map((a) => [a.id, a.reason])).toEqual([["empty", "no_students"]]);
  });
});
