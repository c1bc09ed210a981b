/**
 * Spaced review of missed questions, scheduled by FSRS through ts-fsrs (never by hand). Pure:
 * cards in, cards out, the clock passed in — so the schedule is tested with any "now".
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import type { ReviewCardValues } from "@/lib/db/attempts";

// Fuzz spreads due dates randomly; a fixed schedule keeps reviews reproducible and testable.
// Whole days, no minute-long learning steps: a missed question comes back on a later day, not
// a minute after the quiz.
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

const toCard = (v: ReviewCardValues): Card => ({
  due: v.due,
  stability: v.stability,
  difficulty: v.difficulty,
  elapsed_days: v.elapsedDays,
  scheduled_days: v.scheduledDays,
  learning_steps: v.learningSteps,
  reps: v.reps,
  lapses: v.lapses,
  state: v.state,
  last_review: v.lastReview ?? undefined,
});

const fromCard = (c: Card): ReviewCardValues => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsed_days,
  scheduledDays: c.scheduled_days,
  learningSteps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  lastReview: c.last_review ?? null,
});

/** The card a question starts with when it is missed at `now`: the miss counts as its first review, rated Again. */
export function cardAfterMiss(now: Date): ReviewCardValues {
  return fromCard(scheduler.next(createEmptyCard(now), now, Rating.Again).card);
}

/** Reschedules after a review: right → Good (pushed out), wrong → Again (brought back soon). */
export function cardAfterReview(card: ReviewCardValues, correct: boolean, now: Date): ReviewCardValues {
  const grade: Grade = correct ? Rating.Good : Rating.Again;
  return fromCard(scheduler.next(toCard(card), now, grade).card);
}
