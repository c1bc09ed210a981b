import { NextResponse } from "next/server";
import { getSessionUser, requireUser } from "@/lib/auth/session";
import { getEditableQuiz, getViewableQuiz } from "@/lib/classes/access";
import { canEditQuiz } from "@/lib/classes/permissions";
import { getDb } from "@/lib/db/client";
import { getQuizFile, saveQuizFile } from "@/lib/db/quizzes";
import { deleteQuizRows, getQuizUsage, lockQuiz } from "@/lib/db/quiz-copies";
import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { articleEditIssues, quizBodySchema } from "@/lib/quiz/inputs";
import { deleteRefusal } from "@/lib/quiz/ownership";

type Context = { params: Promise<{ id: string }> };

/** Published quizzes: a summary for anyone. The owner also gets the full quiz, keys included. */
export const GET = route(async (_request: Request, { params }: Context) => {
  const user = await getSessionUser();
  const id = await idParam(params, "quiz");
  const db = await getDb();
  const quiz = await getViewableQuiz({ db, id, actor: user });
  const summary = { id: quiz.id, slug: quiz.slug, title: quiz.title, description: quiz.description, status: quiz.status, questionCount: quiz.questionCount };
  if (!user || !canEditQuiz(user, quiz)) return NextResponse.json({ quiz: summary });
  return NextResponse.json({ quiz: summary, file: await getQuizFile({ db, id }) });
});

/**
 * Saves the owner's edits. Questions are copy-on-write: a changed question becomes a new version,
 * so attempts already made keep the question (and result) they had. The article's headline,
 * source and date may change; its text may not, since every evidence span points into it.
 */
export const PUT = route(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "quiz");
  const db = await getDb();
  const quiz = await getEditableQuiz({ db, id, actor: user });
  const { quiz: file } = await readJson(request, quizBodySchema);
  const saved = await getQuizFile({ db, id });
  const issues = saved ? articleEditIssues(saved.article, file.article) : [];
  if (issues.length) throw new AppError("validation_failed", issues[0]!.message, issues);
  const status = quiz.status === "published" ? "published" : "draft";
  await db.transaction((tx) => saveQuizFile({ tx, file: { ...file, slug: quiz.slug }, status, ownerId: user.id }));
  return NextResponse.json({ quiz: { id, status }, file: await getQuizFile({ db, id }) });
});

/** Deletes a quiz nobody has used; one with attempts or assignments is refused, with the reason (409). */
export const DELETE = route(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "quiz");
  const db = await getDb();
  await getEditableQuiz({ db, id, actor: user });
  await db.transaction(async (tx) => {
    await lockQuiz({ tx, id });
    const refusal = deleteRefusal(await getQuizUsage({ db: tx, id }));
    if (refusal) throw new AppError("conflict", refusal);
    await deleteQuizRows({ tx, id });
  });
  return new Response(null, { status: 204 });
});
