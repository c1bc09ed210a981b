import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getViewableQuiz } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { getAttemptView, startAttempt } from "@/lib/db/attempts";
import { route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

type Context = { params: Promise<{ id: string }> };

/** Starts an attempt (201), or resumes the caller's unfinished one (200). */
export const POST = route(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const quizId = await idParam(params, "quiz");
  const db = await getDb();
  // Published quizzes for anyone; a draft for its owner, to preview it as a student would.
  await getViewableQuiz({ db, id: quizId, actor: user });
  const { id, created } = await startAttempt({ db, userId: user.id, quizId });
  const view = await getAttemptView({ db, id, actor: user });
  return NextResponse.json(
    { attemptId: id, resumed: !created, questions: view.questions, responses: view.responses },
    { status: created ? 201 : 200 },
  );
});
