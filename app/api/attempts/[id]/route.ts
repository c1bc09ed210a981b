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
  return NextResponse.json(await attemptService.view({ db: await getDb(), actor: user, attemptId }));
});
