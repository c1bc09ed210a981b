import "server-only";
import { and, asc, eq, lte } from "drizzle-orm";
import type { ReviewCardValues } from "./attempts";
import { assignments, attempts, questions, quizzes, reviewCards } from "./schema";
import type { Conn } from "./types";

const cardColumns = {
  due: reviewCards.due,
  stability: reviewCards.stability,
  difficulty: reviewCards.difficulty,
  elapsedDays: reviewCards.elapsedDays,
  scheduledDays: reviewCards.scheduledDays,
  learningSteps: reviewCards.learningSteps,
  reps: reviewCards.reps,
  lapses: reviewCards.lapses,
  state: reviewCards.state,
  lastReview: reviewCards.lastReview,
};

function selectCards(db: Conn) {
  return db
    .select({
      questionId: reviewCards.questionId,
      attemptId: reviewCards.attemptId,
      ...cardColumns,
      quizId: quizzes.id,
      quizTitle: quizzes.title,
      articleId: quizzes.articleId,
      kind: attempts.kind,
      assignmentId: attempts.assignmentId,
      opensAt: assignments.opensAt,
      dueAt: assignments.dueAt,
      allowLate: assignments.allowLate,
      attemptLimit: assignments.attemptLimit,
      reviewPolicy: assignments.reviewPolicy,
      heldReview: assignments.heldReview,
      feedback: assignments.feedback,
    })
    .from(reviewCards)
    .innerJoin(attempts, eq(attempts.id, reviewCards.attemptId))
    .innerJoin(questions, eq(questions.id, reviewCards.questionId))
    .innerJoin(quizzes, eq(quizzes.id, questions.quizId))
    .leftJoin(assignments, eq(assignments.id, attempts.assignmentId));
}

/**
 * A learner's review cards due by `now`, soonest first, with what decides whether the attempt
 * they were missed in may show its key (its kind and its assignment's review rules).
 */
export async function listDueCards({ db, userId, now, limit = 200 }: { db: Conn; userId: string; now: Date; limit?: number }) {
  return selectCards(db)
    .where(and(eq(reviewCards.userId, userId), lte(reviewCards.due, now)))
    .orderBy(asc(reviewCards.due))
    .limit(limit);
}
export type DueCard = Awaited<ReturnType<typeof listDueCards>>[number];

/** One card of a learner's, with the same facts as `listDueCards`. */
export async function getCard({ db, userId, questionId }: { db: Conn; userId: string; questionId: string }) {
  const [card] = await selectCards(db).where(and(eq(reviewCards.userId, userId), eq(reviewCards.questionId, questionId)));
  return card;
}

/**
 * Stores a card's next schedule, only if nobody reviewed it since it was read (same `reps`): two
 * tabs answering the same card reschedule it once.
 */
export async function rescheduleCard({
  db,
  userId,
  questionId,
  expectedReps,
  next,
}: {
  db: Conn;
  userId: string;
  questionId: string;
  expectedReps: number;
  next: ReviewCardValues;
}) {
  const updated = await db
    .update(reviewCards)
    .set(next)
    .where(and(eq(reviewCards.userId, userId), eq(reviewCards.questionId, questionId), eq(reviewCards.reps, expectedReps)))
    .returning({ due: reviewCards.due });
  return updated[0] ?? null;
}

