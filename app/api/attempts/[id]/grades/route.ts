import { after, NextResponse } from "next/server";
import { z } from "zod";
import { overrideGrade } from "@/lib/attempts/grade-changes";
import { requireTeacher } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { syncScoresInBackground } from "@/lib/lti/scores";

type Context = { params: Promise<{ id: string }> };

const bodySchema = z.strictObject({
  questionId: z.uuid(),
  points: z.number().finite().min(0),
  note: z.string().trim().max(1000).nullable().default(null).transform((v) => v || null),
});

/** The class's teacher overrides one response's points, with a note; the attempt is re-totalled. */
export const POST = route(async (request: Request, { params }: Context) => {
  const user = await requireTeacher();
  const attemptId = await idParam(params, "attempt");
  const { questionId, points, note } = await readJson(request, bodySchema, 10_000);
  const db = await getDb();
  const changed = await overrideGrade({ db, actor: user, attemptId, questionId, points, note });
  after(() => syncScoresInBackground(db, { attemptId })); // the new score goes to the LMS (LTI AGS)
  return NextResponse.json(changed);
});
