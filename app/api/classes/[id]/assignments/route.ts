import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getManagedClass, getViewableQuiz } from "@/lib/classes/access";
import { assignmentSchema } from "@/lib/classes/inputs";
import { canAssignQuiz } from "@/lib/classes/permissions";
import { createAssignment } from "@/lib/db/assignments";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

type Context = { params: Promise<{ id: string }> };

/** Assigns a published quiz to the class. */
export const POST = route(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "class");
  const db = await getDb();
  const cls = await getManagedClass({ db, id, actor: user });
  const input = await readJson(request, assignmentSchema);
  const quiz = await getViewableQuiz({ db, id: input.quizId, actor: user });
  if (!canAssignQuiz(user, quiz, cls)) {
    throw new AppError("validation_failed", "Only a published quiz can be assigned; publish it first.", [
      { path: "quizId", message: "quiz is not published" },
    ]);
  }
  if (cls.archivedAt) throw new AppError("conflict", "This class is archived; restore it to assign work.");
  const assignment = await createAssignment({ db, classId: id, ...input });
  return NextResponse.json({ assignment }, { status: 201 });
});
