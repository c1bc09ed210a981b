/**
 * The spaced-review queue: every question a learner missed comes back when FSRS says it is due
 * (lib/review/schedule.ts), with the part of its article it is about; answering it is graded on
 * the server and reschedules it. All state is in Postgres (review_cards), none in memory.
 *
 * A card shows its key only when the attempt it was missed in may (lib/attempts/policy.ts
 * `reviewLevel`): a question missed in a "never" assignment waits until its review opens, if ever.
 */
import "server-only";
import { checkOne } from "@/lib/attempts/grading";
import { reviewLevel, type GradedItem } from "@/lib/attempts/policy";
import type { AssignmentRules } from "@/lib/classes/assignment-rules";
import type { Actor } from "@/lib/classes/permissions";
import { getKeyedQuestions } from "@/lib/db/question-keys-cache";
import { getArticleById } from "@/lib/db/quizzes";
import { getCard, listDueCards, rescheduleCard, type DueCard } from "@/lib/db/review-cards";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { splitParagraphs } from "@/lib/quiz/article-segments";
import { toPublicQuestion, type PublicQuestion } from "@/lib/quiz/public";
import { responseSchemas } from "@/lib/quiz/schema";
import { cardAfterReview } from "./schedule";

function rulesOf(c: DueCard): AssignmentRules | null {
  if (!c.assignmentId || !c.reviewPolicy || c.allowLate === null || !c.heldReview || !c.feedback) return null;
  return {
    opensAt: c.opensAt,
    dueAt: c.dueAt,
    allowLate: c.allowLate,
    attemptLimit: c.attemptLimit,
    reviewPolicy: c.reviewPolicy,
    heldReview: c.heldReview,
    feedback: c.feedback,
    timeLimitMinutes: null, // a submitted attempt's review does not depend on its timing
  };
}

const open = (c: DueCard, now: Date) => reviewLevel({ kind: c.kind, rules: rulesOf(c) }, { teacherOfClass: false }, now) === "full";

export type ReviewPrompt = {
  questionId: string;
  quizId: string;
  quizTitle: string;
  articleTitle: string;
  /** The paragraphs of the article the question is about. */
  context: string[];
  question: PublicQuestion;
  due: string;
  reviews: number;
};

/** The questions due for review now, each with its article context; never a key. */
export async function dueReviews({ db, actor, now = new Date() }: { db: Db; actor: Actor; now?: Date }): Promise<ReviewPrompt[]> {
  const cards = (await listDueCards({ db, userId: actor.id, now })).filter((c) => open(c, now));
  if (!cards.length) return [];
  const keyed = await getKeyedQuestions({ db, ids: cards.map((c) => c.questionId) });
  const articles = new Map<string, Awaited<ReturnType<typeof getArticleById>>>();
  for (const id of new Set(cards.map((c) => c.articleId))) articles.set(id, await getArticleById({ db, id }));
  return cards.flatMap((c) => {
    const key = keyed.get(c.questionId);
    const article = articles.get(c.articleId);
    if (!key || !article) return [];
    const context = splitParagraphs(article.text)
      .filter((p) => key.evidence.some((e) => e.start < p.end && e.end > p.start))
      .map((p) => p.text.trim());
    return [
      {
        questionId: c.questionId,
        quizId: c.quizId,
        quizTitle: c.quizTitle,
        articleTitle: article.title,
        context,
        // A fresh order each time it comes back, the same on every reload of one review.
        question: { ...toPublicQuestion(key.question, `review:${c.questionId}:${c.reps}`), id: c.questionId },
        due: c.due.toISOString(),
        reviews: c.reps,
      },
    ];
  });
}

/** How many reviews are due now (what the dashboard and the header show). */
export async function countDueReviews({ db, actor, now = new Date() }: { db: Db; actor: Actor; now?: Date }) {
  return (await listDueCards({ db, userId: actor.id, now })).filter((c) => open(c, now)).length;
}

/**
 * Grades a review answer and reschedules the card: right → pushed out, wrong → back soon.
 * Answers with the full feedback and when it is next due. A card not due (or held back) is a 409.
 */
export async function answerReview({
  db,
  actor,
  questionId,
  answer,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  questionId: string;
  answer: unknown;
  now?: Date;
}): Promise<{ feedback: GradedItem; nextDue: string }> {
  const card = await getCard({ db, userId: actor.id, questionId });
  if (!card || !open(card, now)) throw new AppError("not_found", "No such review.");
  if (card.due > now) throw new AppError("conflict", "This question is not due for review yet.");
  const keyed = await getKeyedQuestions({ db, ids: [questionId] });
  const key = keyed.get(questionId);
  if (!key) throw new Error(`question ${questionId} has no stored key`);
  if (answer === null || answer === undefined || !responseSchemas[key.question.type].safeParse(answer).success) {
    throw new AppError("validation_failed", `Not a valid answer to a ${key.question.type} question.`, [{ path: "answer", message: "wrong shape for this question" }]);
  }
  const article = await getArticleById({ db, id: card.articleId });
  const feedback = checkOne(key, questionId, answer, article?.text ?? "");
  const next = cardAfterReview(card, feedback.correct, now);
  const stored = await rescheduleCard({ db, userId: actor.id, questionId, expectedReps: card.reps, next });
  if (!stored) throw new AppError("conflict", "This review was just answered elsewhere.");
  return { feedback, nextDue: next.due.toISOString() };
}
