import { NextResponse } from "next/server";
import * as attemptService from "@/lib/attempts/service";
import { requireSessionClaim } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

type Context = { params: Promise<{ id: string }> };

/**
 * Starts an attempt at an assignment (201) or resumes the unfinished one (200), within its dates
 * and attempt limit.
 */
export const POST = route(async (_request: Request, { params }: Context) => {
  // The session is checked in the use case's own first statement (lib/attempts/caller.ts).
  const claim = await requireSessionClaim();
  const assignmentId = await idParam(params, "assignment");
  const started = await attemptService.start({ db: await getDb(), claim, request: { assignmentId } });
  return NextResponse.json(attemptService.startResponse(started), { status: started.created ? 201 : 200 });
});
