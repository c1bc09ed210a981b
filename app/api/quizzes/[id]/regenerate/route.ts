import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getEditableQuiz } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { getQuizFile } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { cleanText } from "@/lib/generate";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { regenerateSchema } from "@/lib/quiz/inputs";
import { candidateQuestionsOffThread } from "@/lib/workers/generate";

type Context = { params: Promise<{ id: string }> };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * A replacement for one question: the generator's next-best candidate that the caller has not
 * been offered yet (`exclude` holds the candidate ids of earlier presses and the editor's prompts)
 * and that asks about sentences no other saved question uses. Stateless and deterministic: the same
 * quiz and the same `exclude` give the same answer. Not saved — the editor shows it and the teacher saves.
 */
export const POST = route(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "quiz");
  const db = await getDb();
  await getEditableQuiz({ db, id, actor: user });
  const { questionId, exclude } = await readJson(request, regenerateSchema);
  const file = (await getQuizFile({ db, id }))!;
  if (cleanText(file.article.text) !== file.article.text) {
    throw new AppError("conflict", "This quiz's article was edited by hand, so questions cannot be regenerated for it.");
  }
  // Keep clear of every other saved question's sentences; the one being replaced may be asked anew.
  const used = file.questions.filter((q) => q.id !== questionId).flatMap((q) => q.evidence);
  const taken = new Set([...file.questions.map((q) => q.prompt), ...exclude]);
  // The whole generator pipeline runs for this: off the request loop, like /api/generate.
  const candidates = await candidateQuestionsOffThread(file.article.text, file.article.title);
  const pick = candidates.find(
    (c) => !taken.has(c.candidateId) && !taken.has(c.question.prompt) && !c.question.evidence.some((span) => used.some((u) => overlaps(span, u))),
  );
  if (!pick) throw new AppError("unprocessable", "The generator has no other question for this article.");
  return NextResponse.json({ question: { ...pick.question, id: questionId }, candidateId: pick.candidateId });
});
