/**
 * Changing recorded grades after the fact: regrading a quiz's attempts with corrected keys, and a
 * teacher overriding one response. Both keep a history (grade_changes) and re-total the attempt,
 * so the gradebook and CSV follow.
 */
import "server-only";
import { getEditableQuiz } from "@/lib/classes/access";
import type { Actor } from "@/lib/classes/permissions";
import { getAttemptRecord } from "@/lib/db/attempts";
import { applyOverride, applyRegrade as applyRegradeRows, listLiveByRef, listQuestionVersions, listRegradableAttempts } from "@/lib/db/grade-changes";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { overrideOf, planRegrade } from "./regrade";

async function plan(db: Db, actor: Actor, quizId: string) {
  await getEditableQuiz({ db, id: quizId, actor });
  const [attempts, refOf, live] = await Promise.all([
    listRegradableAttempts({ db, quizId, teacherId: actor.id }),
    listQuestionVersions({ db, quizId }),
    listLiveByRef({ db, quizId }),
  ]);
  return planRegrade({ attempts, refOf, live });
}

/** What regrading the quiz's recorded attempts with its current keys would change. */
export async function previewRegrade({ db, actor, quizId }: { db: Db; actor: Actor; quizId: string }) {
  const p = await plan(db, actor, quizId);
  return { responses: p.changes.length, changed: p.changes.length - p.unchanged, attempts: p.attempts, skipped: p.skipped };
}

/** Regrades them, in one transaction, with the history kept. */
export async function applyRegrade({ db, actor, quizId }: { db: Db; actor: Actor; quizId: string }) {
  const p = await plan(db, actor, quizId);
  const applied = await applyRegradeRows({ db, changes: p.changes, teacherId: actor.id });
  return { responses: applied, changed: p.changes.length - p.unchanged, attempts: p.attempts, skipped: p.skipped };
}

/** The class's teacher sets one response's points by hand, with a note the student sees. */
export async function overrideGrade({
  db,
  actor,
  attemptId,
  questionId,
  points,
  note,
}: {
  db: Db;
  actor: Actor;
  attemptId: string;
  questionId: string;
  points: number;
  note: string | null;
}) {
  const a = await getAttemptRecord({ db, id: attemptId, withArticle: false });
  if (!a || actor.role !== "teacher" || a.classTeacherId !== actor.id) throw new AppError("not_found", "No such attempt.");
  if (a.status !== "submitted") throw new AppError("conflict", "Only a submitted attempt's grades can be changed.");
  const recorded = a.recorded.find((r) => r.questionId === questionId);
  if (!recorded) throw new AppError("not_found", "No such question in this attempt.");
  const next = overrideOf(recorded, points);
  if ("error" in next) throw new AppError("validation_failed", next.error, [{ path: "points", message: next.error }]);
  await applyOverride({ db, attemptId, questionId, teacherId: actor.id, before: recorded, after: next, note });
  return { points: next.points, correct: next.correct, note };
}
