import { NextResponse } from "next/server";
import * as attemptService from "@/lib/attempts/service";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const attemptId = await idParam(params, "attempt");
  // The article (its whole text) is for the pages that show it beside the questions, not this answer.
  const { article: _article, ...view } = await attemptService.view({ db: await getDb(), actor: user, attemptId });
  return NextResponse.json(view);
});
