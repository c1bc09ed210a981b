import { after, NextResponse } from "next/server";
import { z } from "zod";
import * as attemptService from "@/lib/attempts/service";
import { requireSessionClaim } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { responsesBodySchema } from "@/lib/quiz/schema";
import { syncScoresInBackground } from "@/lib/lti/scores";

type Context = { params: Promise<{ id: string }> };

const bodySchema = z.strictObject({ responses: responsesBodySchema.default({}) });

/**
 * Grades the attempt from the stored key and answers with the result as far as the review rules
 * allow (`level`: score, correctness or full). Submitting again returns the recorded result.
 */
export const POST = route(async (request: Request, { params }: Context) => {
  // The session is checked in the use case's own first statement (lib/attempts/caller.ts).
  const claim = await requireSessionClaim();
  const attemptId = await idParam(params, "attempt");
  const { responses } = await readJson(request, bodySchema, 200_000);
  const db = await getDb();
  const { result, alreadySubmitted, level, passGrade } = await attemptService.submit({ db, claim, attemptId, answers: responses });
  if (passGrade) after(() => syncScoresInBackground(db, { attemptId })); // LTI grade passback, after the answer is sent
  return NextResponse.json({ ...result, level, reviewAvailable: level === "full", alreadySubmitted });
});
