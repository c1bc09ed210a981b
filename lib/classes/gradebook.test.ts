import { describe, expect, it } from "vitest";
import { buildGradebook, gradebookCsv, neutralizeFormula } from "./gradebook";

const now = new Date("2026-03-10T12:00:00Z");
const past = new Date("2026-03-09T12:00:00Z");
const future = new Date("2026-03-11T12:00:00Z");

const students = [
  { id: "s1", name: "Ada", email: "ada@example.test" },
  { id: "s2", name: '=HYPERLINK("http://evil","x")', email: "evil@example.test" },
];
const assignments = [
  { id: "a1", title: "Serval, part 1", dueAt: past },
  { id: "a2", title: "Everest", dueAt: future },
];
const attempts = [
  { userId: "s1", assignmentId: "a1", attemptId: "t1", score: 6, maxScore: 12, submittedAt: new Date("2026-03-08T00:00:00Z") },
  { userId: "s1", assignmentId: "a1", attemptId: "t2", score: 9, maxScore: 12, submittedAt: new Date("2026-03-09T13:00:00Z") },
];

describe("buildGradebook", () => {
  const book = buildGradebook(students, assignments, attempts, now);

  it("keeps each student's best attempt and marks it late when submitted after the due date", () => {
    expect(book.students[0]!.cells[0]).toEqual({
      state: "done",
      attemptId: "t2",
      score: 9,
      maxScore: 12,
      percent: 75,
      late: true,
      attempts: 2,
      submittedAt: new Date("2026-03-09T13:00:00Z"),
    });
  });

  it("marks missing work only once it is due", () => {
    expect(book.students[1]!.cells[0]).toEqual({ state: "missing" });
    expect(book.students[1]!.cells[1]).toEqual({ state: "not_due" });
  });

  it("averages students (missing counts as zero) and assignments (submitted only)", () => {
    expect(book.students[0]!.average).toBe(75);
    expect(book.students[1]!.average).toBe(0);
    expect(book.assignments[0]).toMatchObject({ average: 75, submitted: 1 });
    expect(book.assignments[1]).toMatchObject({ average: null, submitted: 0 });
  });
});

describe("gradebookCsv", () => {
  const csv = gradebookCsv(buildGradebook(students, assignments, attempts, now));

  it("quotes per RFC 4180 and ends records with CRLF", () => {
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      'Student,Email,"Serval, part 1: points","Serval, part 1: max points","Serval, part 1: percent","Serval, part 1: status",' +
        '"Serval, part 1: submitted at",Everest: points,Everest: max points,Everest: percent,Everest: status,Everest: submitted at,Average percent',
    );
    expect(lines[1]).toBe("Ada,ada@example.test,9,12,75,late,2026-03-09T13:00:00.000Z,,,,not due,,75");
  });

  it("has one row per student, numbers only in number columns, status in its own", () => {
    const rows = csv.trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(students.length);
    expect(rows[1]).toContain(",,,,missing,,");
    expect(rows[1]!.endsWith(",0")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    for (const bad of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx"]) expect(neutralizeFormula(bad)).toBe(`'${bad}`);
    expect(neutralizeFormula("Ada")).toBe("Ada");
  });
});
