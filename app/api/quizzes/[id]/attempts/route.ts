import { NextResponse } from "next/server";
import { z } from "zod";
import * as attemptService from "@/lib/attempts/service";
import { requireSessionClaim } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { parseWith, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

type Context = { params: Promise<{ id: string }> };

const querySchema = z.strictObject({ practice: z.enum(["1", "true"]).optional() });

/**
 * Starts an attempt at a quiz (201) or resumes the caller's unfinished one (200). A quiz assigned
 * to the student opens the assignment's attempt; `?practice=1` asks for practice explicitly,
 * which the assignment's review rules may refuse (403 with the reason).
 */
export const POST = route(async (request: Request, { params }: Context) => {
  // The session is checked in the use case's own first statement (lib/attempts/caller.ts).
  const claim = await requireSessionClaim();
  const quizId = await idParam(params, "quiz");
  const { practice } = parseWith(querySchema, Object.fromEntries(new URL(request.url).searchParams), "query");
  const started = await attemptService.start({ db: await getDb(), claim, request: { quizId, practice: Boolean(practice) } });
  return NextResponse.json(attemptService.startResponse(started), { status: started.created ? 201 : 200 });
});
