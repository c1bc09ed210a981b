import { NextResponse } from "next/server";
import { z } from "zod";
import * as attemptService from "@/lib/attempts/service";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

type Context = { params: Promise<{ id: string }> };

const bodySchema = z.strictObject({ questionId: z.uuid(), answer: z.unknown() });

/**
 * Immediate feedback (practice, or an assignment set to check answers as you go): grades one
 * answer, makes it final, and answers with right/wrong, the key, the explanation and the evidence.
 */
export const POST = route(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const attemptId = await idParam(params, "attempt");
  const { questionId, answer } = await readJson(request, bodySchema, 50_000);
  const checked = await attemptService.check({ db: await getDb(), actor: user, attemptId, questionId, answer });
  return NextResponse.json(checked);
});
