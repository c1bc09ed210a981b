import { NextResponse } from "next/server";
import { requireTeacher } from "@/lib/auth/session";
import { getManagedClass, getViewableQuiz } from "@/lib/classes/access";
import { assignToClassesSchema } from "@/lib/classes/inputs";
import { canAssignQuiz } from "@/lib/classes/permissions";
import { createAssignmentsForClasses } from "@/lib/db/assignments";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

type Context = { params: Promise<{ id: string }> };

/** Assigns a published quiz to several of the teacher's classes at once, with one set of rules. */
export const POST = route(async (request: Request, { params }: Context) => {
  const user = await requireTeacher();
  const id = await idParam(params, "quiz");
  const db = await getDb();
  const quiz = await getViewableQuiz({ db, id, actor: user });
  const { classIds, ...rules } = await readJson(request, assignToClassesSchema);
  const classes = await Promise.all(
    classIds.map((classId, i) =>
      getManagedClass({ db, id: classId, actor: user }).catch((err: unknown) => {
        if (err instanceof AppError && err.code === "not_found") {
          throw new AppError("not_found", "One of the classes does not exist.", [{ path: `classIds.${i}`, message: "No such class." }]);
        }
        throw err;
      }),
    ),
  );
  const archived = classes.find((c) => c.archivedAt);
  if (archived) throw new AppError("conflict", `“${archived.name}” is archived; restore it to assign work.`);
  if (!classes.every((cls) => canAssignQuiz(user, quiz, cls))) {
    throw new AppError("validation_failed", "Only a published quiz can be assigned; publish it first.", [
      { path: "quizId", message: "quiz is not published" },
    ]);
  }
  const assignments = await db.transaction((tx) => createAssignmentsForClasses({ tx, classIds, quizId: id, ...rules }));
  return NextResponse.json({ assignments }, { status: 201 });
});
