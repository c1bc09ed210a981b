import { NextResponse } from "next/server";
import { requireTeacher } from "@/lib/auth/session";
import { getEditableQuiz } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { createQuizCopy } from "@/lib/db/quiz-copies";
import { getQuizFile } from "@/lib/db/quizzes";
import { getUserByEmail } from "@/lib/db/users";
import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { shareSchema } from "@/lib/quiz/inputs";
import { copyTitle } from "@/lib/quiz/ownership";

type Context = { params: Promise<{ id: string }> };

/**
 * Gives another teacher their own draft copy (a copy, not access: their edits never touch this
 * quiz or its results). Only teacher accounts can receive one.
 */
export const POST = route(async (request: Request, { params }: Context) => {
  const user = await requireTeacher();
  const id = await idParam(params, "quiz");
  const db = await getDb();
  const quiz = await getEditableQuiz({ db, id, actor: user });
  const { email } = await readJson(request, shareSchema);
  const to = await getUserByEmail({ db, email });
  if (!to || to.role !== "teacher") {
    throw new AppError("not_found", "No teacher has a Readcheck account with that email address.", [
      { path: "email", message: "No teacher has a Readcheck account with that email address." },
    ]);
  }
  if (to.id === user.id) {
    throw new AppError("validation_failed", "That is your own address; use “Duplicate” for a copy of your own.", [
      { path: "email", message: "That is your own address." },
    ]);
  }
  const file = await getQuizFile({ db, id });
  if (!file) throw new AppError("not_found", "No such quiz.");
  const title = copyTitle(quiz.title, { shared: true });
  const review = [file.review, `Shared by ${user.name || user.email}.`].filter(Boolean).join("\n");
  await db.transaction((tx) => createQuizCopy({ tx, file: { ...file, review }, ownerId: to.id, title }));
  return NextResponse.json({ shared: { email: to.email, name: to.name } }, { status: 201 });
});
