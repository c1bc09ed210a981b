import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getManagedClass, getVisibleClass } from "@/lib/classes/access";
import { updateClassSchema } from "@/lib/classes/inputs";
import { listAssignmentsForClass } from "@/lib/db/assignments";
import { getDb } from "@/lib/db/client";
import { listRoster, updateClass } from "@/lib/db/classes";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

type Context = { params: Promise<{ id: string }> };

/** The class: for its teacher with code and roster; for an enrolled student, name and assignments. */
export const GET = route(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "class");
  const db = await getDb();
  const { cls, managed } = await getVisibleClass({ db, id, actor: user });
  const assignments = await listAssignmentsForClass({ db, classId: id });
  if (!managed) {
    return NextResponse.json({ class: { id: cls.id, name: cls.name, archivedAt: cls.archivedAt }, assignments });
  }
  return NextResponse.json({ class: cls, roster: await listRoster({ db, classId: id }), assignments });
});

/** Rename or (un)archive. */
export const PATCH = route(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "class");
  const db = await getDb();
  await getManagedClass({ db, id, actor: user });
  const changes = await readJson(request, updateClassSchema);
  return NextResponse.json({ class: await updateClass({ db, id, ...changes }) });
});
