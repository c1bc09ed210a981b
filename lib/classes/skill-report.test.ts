import { describe, expect, it } from "vitest";
import { buildSkillReport, describeSeries, skillLabel, type SkillRow } from "./skill-report";

const d = (day: number) => new Date(Date.UTC(2030, 0, day));
const row = (over: Partial<SkillRow>): SkillRow => ({
  skill: "detail",
  points: 1,
  maxPoints: 1,
  userId: "u1",
  attemptId: "t1",
  assignmentId: "a1",
  assignmentTitle: "Quiz A",
  when: d(1),
  submittedAt: d(1),
  ...over,
});

describe("buildSkillReport", () => {
  it("gives each skill its share of marks per assignment, in date order, and overall", () => {
    const report = buildSkillReport([
      row({ assignmentId: "a2", assignmentTitle: "Quiz B", when: d(9), attemptId: "t2", points: 0 }),
      row({}),
      row({ skill: "inference", points: 0.5 }),
    ]);
    expect(report.map((s) => s.skill)).toEqual(["detail", "inference"]);
    const detail = report[0]!;
    expect(detail.points.map((p) => [p.title, p.percent])).toEqual([
      ["Quiz A", 100],
      ["Quiz B", 0],
    ]);
    expect(detail.percent).toBe(50);
    expect(report[1]!.percent).toBe(50);
  });

  it("counts only each student's first submitted attempt at an assignment", () => {
    const report = buildSkillReport([
      row({ attemptId: "first", submittedAt: d(2), points: 0 }),
      row({ attemptId: "retry", submittedAt: d(3), points: 1 }),
      row({ userId: "u2", attemptId: "other", submittedAt: d(2), points: 1 }),
    ]);
    expect(report[0]!.percent).toBe(50);
    expect(report[0]!.answers).toBe(2);
  });
});

describe("text alternatives", () => {
  it("say the overall figure, each assignment and the trend", () => {
    const [s] = buildSkillReport([
      row({ points: 0 }),
      row({ assignmentId: "a2", assignmentTitle: "Quiz B", when: d(9), attemptId: "t2", points: 1 }),
    ]);
    expect(describeSeries(s!)).toBe("Detail: 50% overall over 2 answers. By assignment: Quiz A 0%, Quiz B 100%. Rising.");
    expect(skillLabel("main-idea")).toBe("Main idea");
  });
});
