import { after, NextResponse } from "next/server";
import { applyRegrade, previewRegrade } from "@/lib/attempts/grade-changes";
import { requireTeacher } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { syncScoresInBackground } from "@/lib/lti/scores";

type Context = { params: Promise<{ id: string }> };

/** What regrading this quiz's recorded attempts with its current keys would change (nothing is written). */
export const GET = route(async (_request: Request, { params }: Context) => {
  const user = await requireTeacher();
  const quizId = await idParam(params, "quiz");
  return NextResponse.json(await previewRegrade({ db: await getDb(), actor: user, quizId }));
});

/** Applies the regrade in one transaction; the history is kept in grade_changes. */
export const POST = route(async (_request: Request, { params }: Context) => {
  const user = await requireTeacher();
  const quizId = await idParam(params, "quiz");
  const db = await getDb();
  const applied = await applyRegrade({ db, actor: user, quizId });
  after(() => syncScoresInBackground(db)); // changed scores go to the LMS again (LTI AGS)
  return NextResponse.json(applied);
});
