import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { FeedbackMode, HeldReview, ReviewPolicy } from "@/lib/classes/assignment-rules";
import type { Conn, Tx } from "./types";
import { assignments, classes, enrolments, quizzes } from "./schema";


export type AssignmentInput = {
  quizId: string;
  opensAt: Date | null;
  dueAt: Date | null;
  attemptLimit: number | null;
  allowLate: boolean;
  reviewPolicy: ReviewPolicy;
  heldReview?: HeldReview;
  feedback?: FeedbackMode;
  timeLimitMinutes?: number | null;
};

export async function createAssignment({ db, classId, ...values }: { db: Conn; classId: string } & AssignmentInput) {
  const [row] = await db.insert(assignments).values({ classId, ...values }).returning();
  return row!;
}

/** The same quiz and rules for several classes, in the caller's transaction: all or none. */
export async function createAssignmentsForClasses({
  tx,
  classIds,
  ...values
}: { tx: Tx; classIds: string[] } & AssignmentInput) {
  return tx
    .insert(assignments)
    .values(classIds.map((classId) => ({ classId, ...values })))
    .returning();
}

export async function updateAssignment({
  db,
  id,
  ...values
}: { db: Conn; id: string } & Partial<Omit<AssignmentInput, "quizId">>) {
  const [row] = await db.update(assignments).set(values).where(eq(assignments.id, id)).returning();
  return row!;
}

export async function deleteAssignment({ db, id }: { db: Conn; id: string }) {
  await db.delete(assignments).where(eq(assignments.id, id));
}

/** An assignment's rules (lib/classes/assignment-rules.ts), as selected columns. */
const ruleColumns = {
  opensAt: assignments.opensAt,
  dueAt: assignments.dueAt,
  attemptLimit: assignments.attemptLimit,
  allowLate: assignments.allowLate,
  reviewPolicy: assignments.reviewPolicy,
  heldReview: assignments.heldReview,
  feedback: assignments.feedback,
  timeLimitMinutes: assignments.timeLimitMinutes,
};

/** The assignment with its class's teacher, for permission checks. */
export async function getAssignmentById({ db, id }: { db: Conn; id: string }) {
  const [row] = await db
    .select({
      id: assignments.id,
      classId: assignments.classId,
      className: classes.name,
      teacherId: classes.teacherId,
      classArchivedAt: classes.archivedAt,
      quizId: assignments.quizId,
      quizTitle: quizzes.title,
      ...ruleColumns,
      createdAt: assignments.createdAt,
    })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
    .where(eq(assignments.id, id));
  return row;
}

const submittedCount = sql<number>`(select count(*)::int from "attempts" t where t.assignment_id = "assignments"."id" and t.status = 'submitted')`;
const submittedStudents = sql<number>`(select count(distinct t.user_id)::int from "attempts" t where t.assignment_id = "assignments"."id" and t.status = 'submitted')`;

export async function listAssignmentsForClass({ db, classId }: { db: Conn; classId: string }) {
  return db
    .select({
      id: assignments.id,
      quizId: assignments.quizId,
      quizTitle: quizzes.title,
      ...ruleColumns,
      submittedAttempts: submittedCount,
      submittedStudents,
    })
    .from(assignments)
    .innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
    .where(eq(assignments.classId, classId))
    .orderBy(asc(assignments.dueAt), desc(assignments.createdAt));
}

/** Every assignment of every class the student is in, with their own progress on it. */
export async function listAssignmentsForStudent({ db, userId }: { db: Conn; userId: string }) {
  return db
    .select({
      id: assignments.id,
      classId: classes.id,
      className: classes.name,
      quizId: assignments.quizId,
      quizTitle: quizzes.title,
      ...ruleColumns,
      submittedAttempts: sql<number>`(select count(*)::int from "attempts" t where t.assignment_id = "assignments"."id" and t.user_id = ${userId} and t.status = 'submitted')`,
      bestPercent: sql<number | null>`(select max(100 * t.score / nullif(t.max_score, 0)) from "attempts" t where t.assignment_id = "assignments"."id" and t.user_id = ${userId} and t.status = 'submitted')`,
      openAttemptId: sql<string | null>`(select t.id from "attempts" t where t.assignment_id = "assignments"."id" and t.user_id = ${userId} and t.status = 'in_progress' limit 1)`,
    })
    .from(enrolments)
    .innerJoin(classes, and(eq(classes.id, enrolments.classId), sql`${classes.archivedAt} is null`))
    .innerJoin(assignments, eq(assignments.classId, classes.id))
    .innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
    .where(eq(enrolments.userId, userId))
    .orderBy(sql`${assignments.dueAt} asc nulls last`, asc(quizzes.title));
}

