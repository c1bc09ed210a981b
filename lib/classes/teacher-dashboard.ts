/**
 * What a teacher's home shows besides their classes and quizzes: work due soon, and work that
 * needs a look (past due with students missing, or open with nobody to take it). Pure: the query
 * in lib/db/teacher-dashboard.ts hands it rows.
 */
export type DashboardAssignment = {
  id: string;
  classId: string;
  className: string;
  quizTitle: string;
  opensAt: Date | null;
  dueAt: Date | null;
  students: number;
  submittedStudents: number;
};

export type AttentionReason = "missing_work" | "no_students";
export type Attention = DashboardAssignment & { reason: AttentionReason; missing: number };

/** How far ahead "due soon" looks, and how long a past-due assignment stays in "needs attention". */
export const DUE_SOON_DAYS = 7;
export const OVERDUE_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

export function buildTeacherDashboard(rows: DashboardAssignment[], now: Date) {
  const t = now.getTime();
  const dueSoon = rows
    .filter((a) => a.dueAt && a.dueAt.getTime() >= t && a.dueAt.getTime() <= t + DUE_SOON_DAYS * DAY)
    .sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime());
  const attention: Attention[] = [];
  for (const a of rows) {
    const missing = Math.max(0, a.students - a.submittedStudents);
    const open = !a.opensAt || a.opensAt.getTime() <= t;
    if (a.dueAt && a.dueAt.getTime() < t && a.dueAt.getTime() >= t - OVERDUE_DAYS * DAY && missing > 0) {
      attention.push({ ...a, reason: "missing_work", missing });
    } else if (open && a.students === 0) {
      attention.push({ ...a, reason: "no_students", missing: 0 });
    }
  }
  attention.sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity));
  return { dueSoon, attention };
}
