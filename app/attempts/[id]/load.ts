import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUserPage } from "@/lib/auth/session";
import * as attemptService from "@/lib/attempts/service";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { publicQuestionSchema } from "@/lib/quiz/public";

/**
 * The signed-in user's attempt with its article, for the taking and results pages. Signed out →
 * sign-in and back; a malformed id or someone else's attempt → 404.
 */
export async function loadAttemptPage(rawId: string, returnTo: string) {
  const user = await requireUserPage(returnTo);
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  const db = await getDb();
  let view;
  try {
    view = await attemptService.view({ db, attemptId: id.data, actor: user });
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
  const article = view.article; // read with the attempt, in the same statement
  // Validated, not cast: only the public fields of a question ever reach the browser.
  const questions = z.array(publicQuestionSchema).parse(view.questions);
  // A teacher may open a student's attempt from the gradebook; only a student answers their own.
  const isOwner = view.ownedByViewer;
  return { user, view, questions, article, isOwner };
}
