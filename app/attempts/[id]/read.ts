import "server-only";
import { z } from "zod";
import * as attemptService from "@/lib/attempts/service";
import type { Actor } from "@/lib/classes/permissions";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { publicQuestionSchema } from "@/lib/quiz/public";

/** What the attempt pages show, for a user already signed in; null when it is not theirs to see. */
export async function readAttemptPage({ db, actor, attemptId }: { db: Db; actor: Actor; attemptId: string }) {
  let view;
  try {
    view = await attemptService.view({ db, attemptId, actor });
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") return null;
    throw err;
  }
  const article = view.article; // read with the attempt, in the same statement
  // Validated, not cast: only the public fields of a question ever reach the browser.
  const questions = z.array(publicQuestionSchema).parse(view.questions);
  // A teacher may open a student's attempt from the gradebook; only a student answers their own.
  const isOwner = view.ownedByViewer;
  return { view, questions, article, isOwner };
}
