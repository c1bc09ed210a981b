import { NextResponse } from "next/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { getManagedClass } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { removeStudent } from "@/lib/db/classes";
import { listStudentAttemptsInClass } from "@/lib/db/gradebook";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

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
