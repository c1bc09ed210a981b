"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import * as attemptService from "@/lib/attempts/service";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type StartAttemptState = { message?: string };

const formSchema = z.object({
  quizId: z.uuid(),
  practice: z.enum(["1"]).optional(),
  /** "Retry the ones I missed": a practice attempt of these questions only. */
  retryOf: z.uuid().optional(),
});

/**
 * Starts (or resumes) the signed-in user's attempt at a quiz and opens it — through the one
 * attempt service, so an assigned quiz opens its assignment and practice obeys its review rules.
 */
export async function startAttemptAction(_prev: StartAttemptState, formData: FormData): Promise<StartAttemptState> {
  const parsed = formSchema.safeParse({
    quizId: formData.get("quizId"),
    practice: formData.get("practice") ?? undefined,
    retryOf: formData.get("retryOf") ?? undefined,
  });
  if (!parsed.success) return { message: "That quiz could not be found." };
  const { quizId, practice, retryOf } = parsed.data;
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/quizzes/${quizId}`)}`);
  let attemptId: string;
  try {
    const db = await getDb();
    const started = await attemptService.start({ db, actor: user, request: { quizId, practice: Boolean(practice || retryOf), retryOf } });
    attemptId = started.attemptId;
  } catch (err) {
    if (err instanceof AppError) return { message: err.message };
    console.error("[start attempt]", err);
    return { message: "The quiz could not be started. Try again in a moment." };
  }
  redirect(`/attempts/${attemptId}`);
}
