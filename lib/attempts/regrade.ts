/**
 * Regrading and overriding recorded grades, as plain data: what a corrected key would change,
 * and a teacher's hand-set points. Points come from `gradeQuestion`, totals from `totals`.
 */
import { gradeQuestion, totals } from "@/lib/quiz/grade";
import type { Question } from "@/lib/quiz/schema";
import type { RecordedResponse } from "./grading";

/** A submitted attempt as a regrade sees it. */
export type RegradeAttempt = { attemptId: string; studentName: string; recorded: RecordedResponse[] };

export type ResponseChange = {
  attemptId: string;
  questionId: string;
  /** The corrected version that grades it now. */
  gradedQuestionId: string;
  before: { points: number; maxPoints: number; correct: boolean };
  after: { points: number; maxPoints: number; correct: boolean };
};

export type RegradePlan = {
  /** Every response that moves to a corrected version, with its grade before and after. */
  changes: ResponseChange[];
  /** How many of those keep the same grade (only the key's text or explanation changed). */
  unchanged: number;
  /** Per attempt, its score before and after. */
  attempts: { attemptId: string; studentName: string; before: number; after: number; maxBefore: number; maxAfter: number }[];
  /** Questions that cannot be regraded automatically, and why. */
  skipped: { ref: string; reason: string }[];
};

/**
 * What regrading with the live (corrected) version of each question would do. A response is
 * regraded when its question's live version — same ref — is a different row of the same type;
 * a question whose type changed, or that was removed, is left as graded and reported.
 */
export function planRegrade({
  attempts,
  refOf,
  live,
}: {
  attempts: RegradeAttempt[];
  /** question id → { ref, type } for every version any response used. */
  refOf: Map<string, { ref: string; type: Question["type"] }>;
  /** ref → the live version. */
  live: Map<string, { id: string; question: Question }>;
}): RegradePlan {
  const changes: ResponseChange[] = [];
  const skipped = new Map<string, string>();
  let unchanged = 0;
  const perAttempt: RegradePlan["attempts"] = [];
  for (const a of attempts) {
    const after = a.recorded.map((r) => {
      const graded = r.gradedQuestionId ?? r.questionId;
      const version = refOf.get(graded);
      const current = version ? live.get(version.ref) : undefined;
      if (!version || !current) {
        if (version) skipped.set(version.ref, "removed from the quiz: left as graded");
        return r;
      }
      if (current.id === graded) return r;
      if (current.question.type !== version.type) {
        skipped.set(version.ref, `its type changed (${version.type} → ${current.question.type}): left as graded`);
        return r;
      }
      const grade = gradeQuestion(current.question, r.answer ?? undefined);
      const next = { ...r, points: grade.points, maxPoints: grade.maxPoints, correct: grade.correct, gradedQuestionId: current.id };
      const change: ResponseChange = {
        attemptId: a.attemptId,
        questionId: r.questionId,
        gradedQuestionId: current.id,
        before: { points: r.points, maxPoints: r.maxPoints, correct: r.correct },
        after: { points: grade.points, maxPoints: grade.maxPoints, correct: grade.correct },
      };
      const same =
        change.before.points === change.after.points && change.before.maxPoints === change.after.maxPoints && change.before.correct === change.after.correct;
      if (same) unchanged++;
      changes.push(change);
      return next;
    });
    const before = totals(a.recorded);
    const now = totals(after);
    perAttempt.push({ attemptId: a.attemptId, studentName: a.studentName, before: before.score, after: now.score, maxBefore: before.maxScore, maxAfter: now.maxScore });
  }
  return {
    changes,
    unchanged,
    attempts: perAttempt.filter((x) => x.before !== x.after || x.maxBefore !== x.maxAfter),
    skipped: [...skipped].map(([ref, reason]) => ({ ref, reason })),
  };
}

/** A teacher's hand-set points for one response, checked against the question's maximum. */
export function overrideOf(recorded: RecordedResponse, points: number): { points: number; correct: boolean } | { error: string } {
  if (!Number.isFinite(points) || points < 0 || points > recorded.maxPoints) {
    return { error: `Points must be between 0 and ${recorded.maxPoints}.` };
  }
  return { points: Math.round(points * 1000) / 1000, correct: points === recorded.maxPoints };
}
