import { NextResponse } from "next/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { getManagedClass } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { removeStudent, setAccommodations } from "@/lib/db/classes";
import { accommodationsSchema } from "@/lib/classes/inputs";
import { listStudentAttemptsInClass } from "@/lib/db/gradebook";
import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { closeExpired } from "@/lib/attempts/service";

type Context = { params: Promise<{ id: string; userId: string }> };

async function studentParam(params: Context["params"]) {
  const parsed = z.uuid().safeParse((await params).userId);
  if (!parsed.success) throw new AppError("not_found", "That student is not in this class.");
  return parsed.data;
}

/** The gradebook drill-down: one student's attempts on this class's assignments. */
export const GET = route(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "class");
  const userId = await studentParam(params);
  const db = await getDb();
  await getManagedClass({ db, id, actor: user });
  await closeExpired({ db, classId: id });
  return NextResponse.json({ attempts: await listStudentAttemptsInClass({ db, classId: id, userId }) });
});

export const DELETE = route(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "class");
  const userId = await studentParam(params);
  const db = await getDb();
  await getManagedClass({ db, id, actor: user });
  await removeStudent({ db, classId: id, userId });
  return new NextResponse(null, { status: 204 });
});

/**
 * Sets a student's accommodations in this class: extra time (×1.5, ×2) on every timed
 * assignment, a due-date extension in hours, larger text when taking. Applied from then on.
 */
export const PATCH = route(async (request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "class");
  const userId = await studentParam(params);
  const db = await getDb();
  await getManagedClass({ db, id, actor: user });
  const values = await readJson(request, accommodationsSchema);
  return NextResponse.json({ accommodations: await setAccommodations({ db, classId: id, userId, values }) });
});
