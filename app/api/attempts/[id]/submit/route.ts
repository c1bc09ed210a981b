import { NextResponse } from "next/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { redact, submitAttempt } from "@/lib/db/attempts";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { responsesBodySchema } from "@/lib/quiz/schema";

type Context = { params: Promise<{ id: string }> };

const bodySchema = z.strictObject({ responses: responsesBodySchema.default({}) });

/** Grades the attempt from the stored key. Submitting again returns the recorded result unchanged. */
export const POST = route(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "attempt");
  const { responses } = await readJson(request, bodySchema, 200_000);
  const db = await getDb();
  const { alreadySubmitted, reviewAvailable, ...result } = await submitAttempt({ db, id, userId: user.id, answers: responses });
  return NextResponse.json({ ...(reviewAvailable ? result : redact(result)), reviewAvailable, alreadySubmitted });
});
