"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { startAttempt } from "@/lib/db/attempts";
import { getQuizById } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";

export type StartAttemptState = { message?: string };

const quizIdSchema = z.uuid();

/** Starts (or resumes) the signed-in student's attempt at a quiz and opens it. */
export async function startAttemptAction(_prev: StartAttemptState, formData: FormData): Promise<StartAttemptState> {
  const parsed = quizIdSchema.safeParse(formData.get("quizId"));
  if (!parsed.success) return { message: "That quiz could not be found." };
  const quizId = parsed.data;
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/quizzes/${quizId}`)}`);
  let attemptId: string;
  try {
    const db = await getDb();
    const quiz = await getQuizById({ db, id: quizId });
    if (!quiz || quiz.status !== "published") return { message: "That quiz could not be found." };
    attemptId = (await startAttempt({ db, userId: user.id, quizId })).id;
  } catch (err) {
    if (err instanceof AppError) return { message: err.message };
    console.error("[start attempt]", err);
    return { message: "The quiz could not be started. Try again in a moment." };
  }
  redirect(`/attempts/${attemptId}`);
}
