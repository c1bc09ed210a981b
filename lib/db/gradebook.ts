import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { buildGradebook } from "@/lib/classes/gradebook";
import { analyseItems, type ItemQuestion, type ItemResponse } from "@/lib/classes/item-analysis";
import type { Conn } from "./types";
import { listRoster } from "./classes";
import { getQuestionsWithKeys } from "./quizzes";
import { assignments, attempts, quizzes, responses } from "./schema";


/** Students × assignments for one class, from submitted attempts. */
export async function getGradebook({ db, classId, now = new Date() }: { db: Conn; classId: string; now?: Date }) {
  const roster = await listRoster({ db, classId });
  const list = await db
    .select({ id: assignments.id, title: quizzes.title, dueAt: assignments.dueAt })
    .from(assignments)
    .innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
    .where(eq(assignments.classId, classId))
    .orderBy(asc(assignments.createdAt));
  const submitted = list.length
    ? await db
        .select({
          userId: attempts.userId,
          assignmentId: attempts.assignmentId,
          attemptId: attempts.id,
          score: attempts.score,
          maxScore: attempts.maxScore,
          submittedAt: attempts.submittedAt,
        })
        .from(attempts)
        .where(and(inArray(attempts.assignmentId, list.map((a) => a.id)), eq(attempts.status, "submitted")))
    : [];
  return buildGradebook(
    roster,
    list,
    submitted.map((t) => ({
      userId: t.userId,
      assignmentId: t.assignmentId!,
      attemptId: t.attemptId,
      score: t.score ?? 0,
      maxScore: t.maxScore ?? 0,
      submittedAt: t.submittedAt!,
    })),
    now,
  );
}

/** One student's attempts on a class's assignments, newest first: the gradebook drill-down. */
export async function listStudentAttemptsInClass({ db, classId, userId }: { db: Conn; classId: string; userId: string }) {
  return db
    .select({
      id: attempts.id,
      assignmentId: attempts.assignmentId,
      quizTitle: quizzes.title,
      status: attempts.status,
      score: attempts.score,
      maxScore: attempts.maxScore,
      startedAt: attempts.startedAt,
      submittedAt: attempts.submittedAt,
      dueAt: assignments.dueAt,
    })
    .from(attempts)
    .innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .where(and(eq(assignments.classId, classId), eq(attempts.userId, userId)))
    .orderBy(asc(quizzes.title), asc(attempts.startedAt));
}

/**
 * Item statistics for an assignment, from each student's first submitted attempt (later attempts
 * have seen the feedback, so they measure memory more than reading).
 */
export async function getItemAnalysis({ db, assignmentId }: { db: Conn; assignmentId: string }) {
  const submitted = await db
    .select({ id: attempts.id, userId: attempts.userId, slots: attempts.slots, submittedAt: attempts.submittedAt })
    .from(attempts)
    .where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.status, "submitted")))
    .orderBy(asc(attempts.submittedAt));
  const first = new Map<string, (typeof submitted)[number]>();
  for (const t of submitted) if (!first.has(t.userId)) first.set(t.userId, t);
  const chosen = [...first.values()];

  // Questions in the order the quiz presents them; every question any chosen attempt was given.
  const questionIds = [...new Set(chosen.flatMap((t) => t.slots.map((s) => s.questionId)))];
  const keyed = await getQuestionsWithKeys({ db, ids: questionIds });
  const items: (ItemQuestion & { points: number; ref: string })[] = keyed.map(({ id, question }) => ({
    id,
    ref: question.id,
    type: question.type,
    prompt: question.prompt,
    points: question.points,
    ...(question.type === "single" || question.type === "multiple"
      ? {
          options: question.options.map((o) => ({
            id: o.id,
            text: o.text,
            correct: question.type === "single" ? o.id === question.answer : question.answer.includes(o.id),
          })),
        }
      : {}),
  }));
  const order = new Map(questionIds.map((id, i) => [id, i]));
  items.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  const rows = chosen.length
    ? await db
        .select()
        .from(responses)
        .where(inArray(responses.attemptId, chosen.map((t) => t.id)))
    : [];
  const perAttempt: ItemResponse[][] = chosen.map((t) =>
    rows
      .filter((r) => r.attemptId === t.id)
      .map((r) => ({ questionId: r.questionId, points: r.points, maxPoints: r.maxPoints, answer: r.answer })),
  );
  const stats = analyseItems(items, perAttempt);
  return {
    students: chosen.length,
    items: items.map((q, i) => ({ ...q, ...stats[i]! })),
  };
}
