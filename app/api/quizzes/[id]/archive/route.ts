import { NextResponse } from "next/server";
import { requireTeacher } from "@/lib/auth/session";
import { getEditableQuiz } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { setQuizStatus } from "@/lib/db/quizzes";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { archiveSchema } from "@/lib/quiz/inputs";

type Context = { params: Promise<{ id: string }> };

/** Archives a quiz (results kept; students cannot start it, teachers cannot assign it) or restores it as a draft. */
export const POST = route(async (request: Request, { params }: Context) => {
  const user = await requireTeacher();
  const id = await idParam(params, "quiz");
  const db = await getDb();
  await getEditableQuiz({ db, id, actor: user });
  const { archived } = await readJson(request, archiveSchema);
  const status = archived ? "archived" : "draft";
  await setQuizStatus({ db, id, status });
  return NextResponse.json({ quiz: { id, status } });
});
