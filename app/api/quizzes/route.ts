import { NextResponse } from "next/server";
import { z } from "zod";
import { getSessionUser, requireTeacher } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getQuizById, listVisibleQuizzes, listQuizzesByOwner, newQuizSlug, saveQuizFile } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { parseWith, readJson, route } from "@/lib/http";
import { quizBodySchema } from "@/lib/quiz/inputs";

export const dynamic = "force-dynamic";

const querySchema = z.object({ mine: z.enum(["1", "true"]).optional() });

/**
 * The published quizzes the caller may see (the library, their own, those assigned to them);
 * with `?mine=1` a teacher's own quizzes, drafts included.
 */
export const GET = route(async (request: Request) => {
  const { mine } = parseWith(querySchema, Object.fromEntries(new URL(request.url).searchParams), "query");
  const db = await getDb();
  if (mine) {
    const user = await getSessionUser();
    if (!user) throw new AppError("unauthorized", "Sign in to see your quizzes.");
    return NextResponse.json({ quizzes: await listQuizzesByOwner({ db, ownerId: user.id }) });
  }
  const user = await getSessionUser();
  const quizzes = await listVisibleQuizzes({ db, userId: user?.id ?? null });
  return NextResponse.json({
    quizzes: quizzes.map(({ id, slug, title, questionCount }) => ({ id, slug, title, questionCount })),
  });
});

/** A teacher saves a quiz (usually the generator's draft, reviewed) as a new draft quiz. */
export const POST = route(async (request: Request) => {
  const user = await requireTeacher();
  const { quiz: file } = await readJson(request, quizBodySchema);
  const db = await getDb();
  const { id } = await db.transaction((tx) =>
    saveQuizFile({ tx, file: { ...file, slug: newQuizSlug(file.title) }, status: "draft", ownerId: user.id }),
  );
  return NextResponse.json({ quiz: await getQuizById({ db, id }) }, { status: 201 });
});
