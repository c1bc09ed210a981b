/**
 * Loads a resource and applies the permission predicates in one step, so every route, action and
 * page asks the same question the same way. A resource the actor may not touch is a 404, never
 * a 403 that would confirm it exists. (The adapter beside the pure rules in permissions.ts.)
 */
import "server-only";
import type { Db } from "@/lib/db/types";
import { getAssignmentById } from "@/lib/db/assignments";
import { getClassById, isEnrolled } from "@/lib/db/classes";
import { getQuizById, isQuizAssignedToStudent } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { canEditQuiz, canManageClass, canViewClass, canViewQuiz, type Actor } from "./permissions";

export async function getManagedClass({ db, id, actor }: { db: Db; id: string; actor: Actor }) {
  const cls = await getClassById({ db, id });
  if (!cls || !canManageClass(actor, cls)) throw new AppError("not_found", "No such class.");
  return cls;
}

export async function getVisibleClass({ db, id, actor }: { db: Db; id: string; actor: Actor }) {
  const cls = await getClassById({ db, id });
  const enrolled = cls ? await isEnrolled({ db, classId: cls.id, userId: actor.id }) : false;
  if (!cls || !canViewClass(actor, cls, { enrolled })) throw new AppError("not_found", "No such class.");
  return { cls, managed: canManageClass(actor, cls) };
}

export async function getManagedAssignment({ db, id, actor }: { db: Db; id: string; actor: Actor }) {
  const assignment = await getAssignmentById({ db, id });
  if (!assignment || !canManageClass(actor, { teacherId: assignment.teacherId })) {
    throw new AppError("not_found", "No such assignment.");
  }
  return assignment;
}

/** An assignment of a class the student is in (archived classes are closed to them). */
export async function getAssignedToStudent({ db, id, actor }: { db: Db; id: string; actor: Actor }) {
  const assignment = await getAssignmentById({ db, id });
  const enrolled = assignment ? await isEnrolled({ db, classId: assignment.classId, userId: actor.id }) : false;
  if (!assignment || !enrolled || assignment.classArchivedAt) throw new AppError("not_found", "No such assignment.");
  return assignment;
}

export async function getEditableQuiz({ db, id, actor }: { db: Db; id: string; actor: Actor }) {
  const quiz = await getQuizById({ db, id });
  if (!quiz || !canEditQuiz(actor, quiz)) throw new AppError("not_found", "No such quiz.");
  return quiz;
}

export async function getViewableQuiz({ db, id, actor }: { db: Db; id: string; actor: Actor | null }) {
  const quiz = await getQuizById({ db, id });
  // Asking whether it is assigned only when that is what decides.
  const assigned = Boolean(
    quiz && actor && quiz.status === "published" && !quiz.library && quiz.ownerId !== actor.id &&
      (await isQuizAssignedToStudent({ db, quizId: quiz.id, userId: actor.id })),
  );
  if (!quiz || !canViewQuiz(actor, quiz, { assigned })) throw new AppError("not_found", "No such quiz.");
  return quiz;
}
