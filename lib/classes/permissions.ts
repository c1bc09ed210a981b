/**
 * Who may do what, as pure predicates. Route handlers, server actions and pages call these after
 * loading the rows; a resource the actor may not see is answered as if it did not exist (404).
 */
export type Actor = { id: string; role: "student" | "teacher" };
export type ClassRef = { teacherId: string };
export type QuizRef = { ownerId: string | null; status: "draft" | "published" | "archived"; library: boolean };

export const isTeacher = (actor: Actor) => actor.role === "teacher";

/** Rename, archive, regenerate the code, manage the roster and assignments, read the gradebook. */
export const canManageClass = (actor: Actor, cls: ClassRef) => isTeacher(actor) && cls.teacherId === actor.id;

export const canViewClass = (actor: Actor, cls: ClassRef, { enrolled }: { enrolled: boolean }) =>
  canManageClass(actor, cls) || enrolled;

/** An attempt is its student's, and readable by the teacher of the class it was assigned in. */
export const canViewAttempt = (
  actor: Actor,
  attempt: { userId: string },
  { teacherOfClass }: { teacherOfClass: boolean },
) => attempt.userId === actor.id || teacherOfClass;

/** Teachers edit their own quizzes; seeded quizzes (no owner) are read-only. */
export const canEditQuiz = (actor: Actor, quiz: QuizRef) => isTeacher(actor) && quiz.ownerId === actor.id;

/**
 * A quiz is seen by its owner (drafts too); once published, by everyone when it is in the library
 * (the quizzes/ files, or shared by its teacher), else only by students it is assigned to.
 */
export const canViewQuiz = (actor: Actor | null, quiz: QuizRef, { assigned }: { assigned: boolean }) =>
  (actor !== null && canEditQuiz(actor, quiz)) || (quiz.status === "published" && (quiz.library || (actor !== null && assigned)));

/** A teacher assigns their own published quizzes and the library's. */
export const canAssignQuiz = (actor: Actor, quiz: QuizRef, cls: ClassRef) =>
  canManageClass(actor, cls) && quiz.status === "published" && (quiz.library || quiz.ownerId === actor.id);
