import { NextResponse } from "next/server";
import { requireTeacher } from "@/lib/auth/session";
import { getEditableQuiz } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { createQuizCopy } from "@/lib/db/quiz-copies";
import { getQuizFile } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { copyTitle } from "@/lib/quiz/ownership";

type Context = { params: Promise<{ id: string }> };

/** A draft copy of the owner's quiz, article and keys included, for a variant or another year. */
export const POST = route(async (_request: Request, { params }: Context) => {
  const user = await requireTeacher();
  const id = await idParam(params, "quiz");
  const db = await getDb();
  const quiz = await getEditableQuiz({ db, id, actor: user });
  const file = await getQuizFile({ db, id });
  if (!file) throw new AppError("not_found", "No such quiz.");
  const title = copyTitle(quiz.title, { shared: false });
  const copy = await db.transaction((tx) => createQuizCopy({ tx, file, ownerId: user.id, title }));
  return NextResponse.json({ quiz: { id: copy.id, title, status: "draft" } }, { status: 201 });
});
