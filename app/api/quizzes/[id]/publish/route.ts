import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getEditableQuiz } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { setQuizStatus } from "@/lib/db/quizzes";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { publishSchema } from "@/lib/quiz/inputs";

type Context = { params: Promise<{ id: string }> };

/** Publishes (students can take it, teachers can assign it) or returns it to draft. */
export const POST = route(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "quiz");
  const db = await getDb();
  await getEditableQuiz({ db, id, actor: user });
  const { published } = await readJson(request, publishSchema);
  const status = published ? "published" : "draft";
  await setQuizStatus({ db, id, status });
  return NextResponse.json({ quiz: { id, status } });
});
