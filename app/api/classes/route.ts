import { NextResponse } from "next/server";
import { requireTeacher, requireUser } from "@/lib/auth/session";
import { createClassSchema } from "@/lib/classes/inputs";
import { getDb } from "@/lib/db/client";
import { createClass, listClassesForStudent, listClassesForTeacher } from "@/lib/db/classes";
import { readJson, route } from "@/lib/http";

export const dynamic = "force-dynamic";

/** A teacher's classes, or the classes a student has joined. */
export const GET = route(async () => {
  const user = await requireUser();
  const db = await getDb();
  const classes =
    user.role === "teacher"
      ? await listClassesForTeacher({ db, teacherId: user.id })
      : await listClassesForStudent({ db, userId: user.id });
  return NextResponse.json({ classes });
});

export const POST = route(async (request: Request) => {
  const user = await requireTeacher();
  const { name } = await readJson(request, createClassSchema);
  const cls = await createClass({ db: await getDb(), teacherId: user.id, name });
  return NextResponse.json({ class: cls }, { status: 201 });
});
