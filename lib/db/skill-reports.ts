import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { SkillRow } from "@/lib/classes/skill-report";
import type { Conn } from "./types";
import { assignments, attempts, questions, quizzes, responses } from "./schema";


/** Every graded response of a class's submitted attempts (or one student's), with its question's skill. */
export async function listSkillRows({ db, classId, userId }: { db: Conn; classId: string; userId?: string }): Promise<SkillRow[]> {
  const rows = await db
    .select({
      skill: questions.skill,
      points: responses.points,
      maxPoints: responses.maxPoints,
      userId: attempts.userId,
      attemptId: attempts.id,
      assignmentId: assignments.id,
      assignmentTitle: quizzes.title,
      when: sql<Date>`coalesce(${assignments.dueAt}, ${assignments.createdAt})`.mapWith(assignments.createdAt),
      submittedAt: attempts.submittedAt,
    })
    .from(responses)
    .innerJoin(attempts, eq(attempts.id, responses.attemptId))
    .innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
    .innerJoin(questions, eq(questions.id, responses.questionId))
    .where(
      and(
        eq(assignments.classId, classId),
        eq(attempts.status, "submitted"),
        ...(userId ? [eq(attempts.userId, userId)] : []),
      ),
    );
  return rows.map((r) => ({ ...r, submittedAt: r.submittedAt ?? r.when }));
}
