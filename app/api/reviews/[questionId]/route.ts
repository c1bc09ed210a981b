import { NextResponse } from "next/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { answerReview } from "@/lib/review/queue";

type Context = { params: Promise<{ questionId: string }> };

const questionParam = async (params: Context["params"]) => idParam(params.then((p) => ({ id: p.questionId })), "review");

const bodySchema = z.strictObject({ answer: z.unknown() });

/** Grades a due review on the server and reschedules it (FSRS); answers with the feedback. */
export const POST = route(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const questionId = await questionParam(params);
  const { answer } = await readJson(request, bodySchema, 50_000);
  return NextResponse.json(await answerReview({ db: await getDb(), actor: user, questionId, answer }));
});
