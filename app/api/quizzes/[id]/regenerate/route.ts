import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getEditableQuiz } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { getQuizFile } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { regenerateSchema } from "@/lib/quiz/inputs";
import { generateQuizOffThread } from "@/lib/workers/generate";

type Context = { params: Promise<{ id: string }> };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * A replacement for one question: the generator's best question about a sentence no other
 * question of the quiz already uses. Not saved — the editor shows it and the teacher saves.
 */
export const POST = route(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "quiz");
  const db = await getDb();
  await getEditableQuiz({ db, id, actor: user });
  const { questionId, exclude } = await readJson(request, regenerateSchema);
  const file = (await getQuizFile({ db, id }))!;
  // Keep clear of every saved question — the one being replaced too, or it could come straight back.
  const used = file.questions.flatMap((q) => q.evidence);
  const candidates = await generateQuizOffThread(file.article.text, { title: file.title, count: 50 });
  if (candidates.article.text !== file.article.text) {
    throw new AppError("conflict", "This quiz's article was edited by hand, so questions cannot be regenerated for it.");
  }
  const taken = new Set([...file.questions.map((q) => q.prompt), ...exclude]);
  const pick = candidates.questions.find(
    (q) => !taken.has(q.prompt) && !taken.has(q.id) && !q.evidence.some((span) => used.some((u) => overlaps(span, u))),
  );
  if (!pick) throw new AppError("unprocessable", "The generator has no other question for this article.");
  return NextResponse.json({ question: { ...pick, id: questionId } });
});
