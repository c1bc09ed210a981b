import { NextResponse } from "next/server";
import { z } from "zod";
import { requireTeacher } from "@/lib/auth/session";
import { getEditableQuiz } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { setQuizLibrary } from "@/lib/db/quizzes";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

type Context = { params: Promise<{ id: string }> };

const bodySchema = z.strictObject({ library: z.boolean() });

/**
 * Shares the owner's quiz to the public library (every account may see and practise it once it
 * is published; other teachers may assign it) or takes it back to the owner's classes only.
 */
export const POST = route(async (request: Request, { params }: Context) => {
  const user = await requireTeacher();
  const id = await idParam(params, "quiz");
  const db = await getDb();
  await getEditableQuiz({ db, id, actor: user });
  const { library } = await readJson(request, bodySchema);
  await setQuizLibrary({ db, id, library });
  return NextResponse.json({ quiz: { id, library } });
});
