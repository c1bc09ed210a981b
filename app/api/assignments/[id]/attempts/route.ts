import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getAssignedToStudent } from "@/lib/classes/access";
import { canStartAttempt } from "@/lib/classes/assignment-rules";
import { countSubmittedAttempts, rulesOf } from "@/lib/db/assignments";
import { getAttemptView, startAttempt } from "@/lib/db/attempts";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

type Context = { params: Promise<{ id: string }> };

/**
 * Starts an attempt at an assignment (201) or resumes the unfinished one (200), within its dates
 * and attempt limit.
 */
export const POST = route(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "assignment");
  const db = await getDb();
  const assignment = await getAssignedToStudent({ db, id, actor: user });
  const submittedAttempts = await countSubmittedAttempts({ db, assignmentId: id, userId: user.id });
  const verdict = canStartAttempt(rulesOf(assignment), { submittedAttempts }, new Date());
  const { id: attemptId, created } = await startAttempt({
    db,
    userId: user.id,
    quizId: assignment.quizId,
    assignmentId: id,
    // An unfinished attempt may always be resumed; a new one must be allowed.
    mayCreate: () => {
      if (!verdict.ok) throw new AppError("forbidden", verdict.message);
    },
  });
  const view = await getAttemptView({ db, id: attemptId, actor: user });
  return NextResponse.json(
    { attemptId, resumed: !created, questions: view.questions, responses: view.responses },
    { status: created ? 201 : 200 },
  );
});
