import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getAttemptView, startAttempt } from "@/lib/db/attempts";
import { getQuizById } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

type Context = { params: Promise<{ id: string }> };

/** Starts an attempt (201), or resumes the caller's unfinished one (200). */
export const POST = route(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const quizId = await idParam(params, "quiz");
  const db = await getDb();
  const quiz = await getQuizById({ db, id: quizId });
  if (!quiz || quiz.status !== "published") throw new AppError("not_found", "No such quiz.");
  const { id, created } = await startAttempt({ db, userId: user.id, quizId });
  const view = await getAttemptView({ db, id, actor: user });
  return NextResponse.json(
    { attemptId: id, resumed: !created, questions: view.questions, responses: view.responses },
    { status: created ? 201 : 200 },
  );
});
