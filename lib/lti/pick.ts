/**
 * The teacher's pick in the deep-linking flow, as one use case: the quiz is assigned to the
 * course's class and the signed response for the LMS is made. The picker page and its form
 * handler both go through here.
 */
import "server-only";
import { getManagedClass, getViewableQuiz } from "@/lib/classes/access";
import { canAssignQuiz, type Actor } from "@/lib/classes/permissions";
import { createAssignment } from "@/lib/db/assignments";
import { getPlatformById } from "@/lib/db/lti-platforms";
import { listAssignableQuizzes, listPublicQuestions } from "@/lib/db/quizzes";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { deepLinkingResponse, readPickContext, resourceLinkItem } from "./deep-linking";
import { LtiError } from "./errors";

/** What the picker shows: the class being filled and the quizzes the teacher may assign. */
export async function pickChoices({ db, actor, token }: { db: Db; actor: Actor; token: string }) {
  const context = await readPickContext(token, actor.id);
  const cls = await getManagedClass({ db, id: context.classId, actor });
  return { className: cls.name, quizzes: await listAssignableQuizzes({ db, teacherId: actor.id }) };
}

export async function completePick({ db, actor, token, quizId, launchUrl }: { db: Db; actor: Actor; token: string; quizId: string; launchUrl: string }) {
  const context = await readPickContext(token, actor.id);
  const platform = await getPlatformById({ db, id: context.platformId });
  if (!platform) throw new LtiError("unknown_platform", "The platform of this course is no longer registered.");
  const cls = await getManagedClass({ db, id: context.classId, actor });
  const quiz = await getViewableQuiz({ db, id: quizId, actor });
  if (!canAssignQuiz(actor, quiz, cls)) throw new AppError("validation_failed", "Only a published quiz can be added.", [{ path: "quizId", message: "quiz is not published" }]);
  const questions = await listPublicQuestions({ db, quizId });
  const assignment = await createAssignment({ db, classId: cls.id, quizId, opensAt: null, dueAt: null, attemptLimit: null, allowLate: false, reviewPolicy: "after_submit" });
  const item = resourceLinkItem(launchUrl, {
    assignmentId: assignment.id,
    title: quiz.title,
    scoreMaximum: questions.reduce((sum, q) => sum + q.points, 0),
  });
  const jwt = await deepLinkingResponse({ db, platform, context, items: [item] });
  return { returnUrl: context.returnUrl, jwt, frameOrigins: [new URL(platform.issuer).origin, new URL(context.returnUrl).origin] };
}
