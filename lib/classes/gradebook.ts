/**
 * The gradebook: students × assignments, each cell the student's best submitted score, marked
 * late or missing; and its CSV export.
 */
import { stringify } from "csv-stringify/sync";

export type GradebookStudent = { id: string; name: string; email: string };
export type GradebookAssignment = { id: string; title: string; dueAt: Date | null };
export type GradebookAttempt = {
  userId: string;
  assignmentId: string;
  attemptId: string;
  score: number;
  maxScore: number;
  submittedAt: Date;
};
export type GradebookCell =
  | { state: "done"; attemptId: string; score: number; maxScore: number; percent: number; late: boolean; attempts: number; submittedAt: Date }
  | { state: "missing" }
  | { state: "not_due" };

export type Gradebook = {
  students: (GradebookStudent & { cells: GradebookCell[]; average: number | null })[];
  assignments: (GradebookAssignment & { average: number | null; submitted: number })[];
};

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function buildGradebook(
  students: GradebookStudent[],
  assignments: GradebookAssignment[],
  attempts: GradebookAttempt[],
  now: Date,
): Gradebook {
  const rows = students.map((student) => {
    const cells = assignments.map((a): GradebookCell => {
      const mine = attempts.filter((t) => t.userId === student.id && t.assignmentId === a.id);
      if (!mine.length) return a.dueAt && now > a.dueAt ? { state: "missing" } : { state: "not_due" };
      const best = bestAttempt(mine)!;
      return {
        state: "done",
        attemptId: best.attemptId,
        score: best.score,
        maxScore: best.maxScore,
        percent: best.maxScore ? (100 * best.score) / best.maxScore : 0,
        late: Boolean(a.dueAt && best.submittedAt > a.dueAt),
        attempts: mine.length,
        submittedAt: best.submittedAt,
      };
    });
    const percents = cells.flatMap((c) => (c.state === "done" ? [c.percent] : c.state === "missing" ? [0] : []));
    return { ...student, cells, average: mean(percents) };
  });
  return {
    students: rows,
    assignments: assignments.map((a, i) => {
      const done = rows.flatMap((r) => (r.cells[i]!.state === "done" ? [(r.cells[i] as { percent: number }).percent] : []));
      return { ...a, average: mean(done), submitted: done.length };
    }),
  };
}

/** The attempt that counts for an assignment: the best score (the earliest of equals). */
export function bestAttempt<T extends { score: number; maxScore: number; submittedAt: Date }>(attempts: T[]): T | undefined {
  const ratio = (t: T) => (t.maxScore ? t.score / t.maxScore : 0);
  return attempts.reduce<T | undefined>(
    (b, t) => (!b || ratio(t) > ratio(b) || (ratio(t) === ratio(b) && t.submittedAt < b.submittedAt) ? t : b),
    undefined,
  );
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / carriage return) as a formula.
 * Text cells that do are prefixed with an apostrophe, as OWASP advises.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * RFC 4180 CSV (CRLF, quotes doubled) of the gradebook, one row per student, for a spreadsheet
 * or an LMS import without hand editing: per assignment its points, max points, percent, status
 * (submitted / late / missing / not due) and submission time, each in its own column; numbers as
 * plain numbers, times as ISO 8601 UTC.
 */
export function gradebookCsv(book: Gradebook): string {
  const header = [
    "Student",
    "Email",
    ...book.assignments.flatMap((a) => [`${a.title}: points`, `${a.title}: max points`, `${a.title}: percent`, `${a.title}: status`, `${a.title}: submitted at`]),
    "Average percent",
  ];
  const rows = book.students.map((s) => [
    s.name,
    s.email,
    ...s.cells.flatMap((c) =>
      c.state === "done"
        ? [String(c.score), String(c.maxScore), String(round(c.percent)), c.late ? "late" : "submitted", c.submittedAt.toISOString()]
        : ["", "", "", c.state === "missing" ? "missing" : "not due", ""],
    ),
    s.average === null ? "" : String(round(s.average)),
  ]);
  return stringify([header, ...rows].map((row) => row.map(neutralizeFormula)), { record_delimiter: "\r\n" });
}

const round = (n: number) => Math.round(n * 10) / 10;
