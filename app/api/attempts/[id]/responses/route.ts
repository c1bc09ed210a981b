import { NextResponse } from "next/server";
import { z } from "zod";
import * as attemptService from "@/lib/attempts/service";
import { requireSessionClaim } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { responsesBodySchema } from "@/lib/quiz/schema";

type Context = { params: Promise<{ id: string }> };

const bodySchema = z.strictObject({ responses: responsesBodySchema });

/** Autosave: merges the given answers into the attempt's saved draft. */
export const PUT = route(async (request: Request, { params }: Context) => {
  // The session is checked in the use case's own first statement (lib/attempts/caller.ts).
  const claim = await requireSessionClaim();
  const attemptId = await idParam(params, "attempt");
  const { responses } = await readJson(request, bodySchema, 200_000);
  const { savedAt } = await attemptService.save({ db: await getDb(), claim, attemptId, answers: responses });
  return NextResponse.json({ savedAt: savedAt.toISOString() });
});
