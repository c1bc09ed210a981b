import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getManagedAssignment } from "@/lib/classes/access";
import { updateAssignmentSchema } from "@/lib/classes/inputs";
import { deleteAssignment, updateAssignment } from "@/lib/db/assignments";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

type Context = { params: Promise<{ id: string }> };

export const PATCH = route(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "assignment");
  const db = await getDb();
  const current = await getManagedAssignment({ db, id, actor: user });
  const changes = await readJson(request, updateAssignmentSchema);
  const opensAt = changes.opensAt === undefined ? current.opensAt : changes.opensAt;
  const dueAt = changes.dueAt === undefined ? current.dueAt : changes.dueAt;
  if (opensAt && dueAt && dueAt <= opensAt) {
    throw new AppError("validation_failed", "The due date must come after the open date.", [
      { path: "dueAt", message: "before the open date" },
    ]);
  }
  return NextResponse.json({ assignment: await updateAssignment({ db, id, ...changes }) });
});

/** Removes the assignment; attempts made for it stay on record, unassigned. */
export const DELETE = route(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "assignment");
  const db = await getDb();
  await getManagedAssignment({ db, id, actor: user });
  await deleteAssignment({ db, id });
  return new NextResponse(null, { status: 204 });
});
