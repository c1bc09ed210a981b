import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { RecordedResponse } from "@/lib/attempts/grading";
import type { ResponseChange } from "@/lib/attempts/regrade";
import { totals } from "@/lib/quiz/grade";
import { questionSchema } from "@/lib/quiz/schema";
import { assignments, attempts, classes, gradeChanges, questionKeys, questions, responses, users } from "./schema";
import type { Conn, Db } from "./types";

const recordedSchema = z.array(
  z.object({
    questionId: z.string(),
    answer: z.unknown(),
    points: z.number(),
    maxPoints: z.number(),
    correct: z.boolean(),
    gradedQuestionId: z.string().nullable(),
    note: z.string().nullable(),
  }),
);

/**
 * The submitted attempts of a quiz that its owner may regrade: practice attempts and attempts
 * in the owner's own classes (other teachers' gradebooks are theirs to change), with what was recorded.
 */
export async function listRegradableAttempts({ db, quizId, teacherId }: { db: Conn; quizId: string; teacherId: string }) {
  const rows = await db
    .select({
      attemptId: attempts.id,
      studentName: users.name,
      recorded: sql<unknown>`(select coalesce(json_agg(json_build_object(
          'questionId', r.question_id, 'answer', r.answer, 'points', r.points, 'maxPoints', r.max_points,
          'correct', r.correct, 'gradedQuestionId', r.graded_question_id, 'note', r.note)), '[]'::json)
        from "responses" r where r.attempt_id = "attempts"."id")`,
    })
    .from(attempts)
    .innerJoin(users, eq(users.id, attempts.userId))
    .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .leftJoin(classes, eq(classes.id, assignments.classId))
    .where(and(eq(attempts.quizId, quizId), eq(attempts.status, "submitted"), sql`(${attempts.kind} = 'practice' or ${classes.teacherId} = ${teacherId})`));
  return rows.map((r) => ({ ...r, recorded: recordedSchema.parse(r.recorded) as RecordedResponse[] }));
}

/** Every version of a quiz's questions: id → ref and type. */
export async function listQuestionVersions({ db, quizId }: { db: Conn; quizId: string }) {
  const rows = await db.select({ id: questions.id, ref: questions.ref, type: questions.type }).from(questions).where(eq(questions.quizId, quizId));
  return new Map(rows.map((r) => [r.id, { ref: r.ref, type: r.type as ReturnType<typeof questionSchema.parse>["type"] }]));
}

/** The live version of each question of a quiz, by ref. */
export async function listLiveByRef({ db, quizId }: { db: Conn; quizId: string }) {
  const rows = await db
    .select({ id: questions.id, ref: questions.ref, definition: questionKeys.definition })
    .from(questions)
    .innerJoin(questionKeys, eq(questionKeys.questionId, questions.id))
    .where(and(eq(questions.quizId, quizId), isNull(questions.retiredAt)));
  return new Map(rows.map((r) => [r.ref, { id: r.id, question: questionSchema.parse(r.definition) }]));
}

/**
 * Applies a regrade in one transaction: each response takes its new grade and graded version,
 * each change is recorded in grade_changes, and each attempt's score is re-totalled.
 */
export async function applyRegrade({ db, changes, teacherId }: { db: Db; changes: ResponseChange[]; teacherId: string }) {
  if (changes.length === 0) return 0;
  return db.transaction(async (tx) => {
    for (const c of changes) {
      await tx
        .update(responses)
        .set({ points: c.after.points, maxPoints: c.after.maxPoints, correct: c.after.correct, gradedQuestionId: c.gradedQuestionId })
        .where(and(eq(responses.attemptId, c.attemptId), eq(responses.questionId, c.questionId)));
    }
    await tx.insert(gradeChanges).values(
      changes.map((c) => ({
        attemptId: c.attemptId,
        questionId: c.questionId,
        kind: "regrade" as const,
        changedBy: teacherId,
        beforePoints: c.before.points,
        afterPoints: c.after.points,
        beforeCorrect: c.before.correct,
        afterCorrect: c.after.correct,
      })),
    );
    await retotal(tx, [...new Set(changes.map((c) => c.attemptId))]);
    return changes.length;
  });
}

/** A teacher sets one response's points by hand, with a note; recorded and re-totalled in one transaction. */
export async function applyOverride({
  db,
  attemptId,
  questionId,
  teacherId,
  before,
  after,
  note,
}: {
  db: Db;
  attemptId: string;
  questionId: string;
  teacherId: string;
  before: { points: number; correct: boolean };
  after: { points: number; correct: boolean };
  note: string | null;
}) {
  await db.transaction(async (tx) => {
    await tx
      .update(responses)
      .set({ points: after.points, correct: after.correct, note })
      .where(and(eq(responses.attemptId, attemptId), eq(responses.questionId, questionId)));
    await tx.insert(gradeChanges).values({
      attemptId,
      questionId,
      kind: "override",
      changedBy: teacherId,
      beforePoints: before.points,
      afterPoints: after.points,
      beforeCorrect: before.correct,
      afterCorrect: after.correct,
      note,
    });
    await retotal(tx, [attemptId]);
  });
}

/** Each attempt's score from its responses as they now stand (totals from lib/quiz/grade.ts). */
async function retotal(tx: Conn, attemptIds: string[]) {
  const rows = await tx
    .select({ attemptId: responses.attemptId, points: responses.points, maxPoints: responses.maxPoints })
    .from(responses)
    .where(inArray(responses.attemptId, attemptIds));
  for (const id of attemptIds) {
    const t = totals(rows.filter((r) => r.attemptId === id));
    await tx.update(attempts).set({ score: t.score, maxScore: t.maxScore }).where(eq(attempts.id, id));
  }
}

/** An attempt's grade history, newest first. */
export async function listGradeChanges({ db, attemptId }: { db: Conn; attemptId: string }) {
  return db
    .select({
      questionId: gradeChanges.questionId,
      kind: gradeChanges.kind,
      beforePoints: gradeChanges.beforePoints,
      afterPoints: gradeChanges.afterPoints,
      note: gradeChanges.note,
      at: gradeChanges.at,
      by: users.name,
    })
    .from(gradeChanges)
    .leftJoin(users, eq(users.id, gradeChanges.changedBy))
    .where(eq(gradeChanges.attemptId, attemptId))
    .orderBy(sql`${gradeChanges.at} desc`);
}
