import { NextResponse } from "next/server";
import { z } from "zod";
import { requireTeacher } from "@/lib/auth/session";
import { getManagedClass } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { resetStudentPassword } from "@/lib/db/users";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { temporaryPassword } from "@/lib/password/generate";
import { hashPassword } from "@/lib/password/hash";

type Context = { params: Promise<{ id: string; userId: string }> };

/**
 * The class's teacher gives a student a new password (many students have no email to reset
 * from). The answer carries it once, to hand over; every session the student had ends.
 */
export const POST = route(async (_request: Request, { params }: Context) => {
  const user = await requireTeacher();
  const id = await idParam(params, "class");
  const userId = z.uuid().safeParse((await params).userId);
  if (!userId.success) throw new AppError("not_found", "That student is not in this class.");
  const db = await getDb();
  await getManagedClass({ db, id, actor: user });
  const password = temporaryPassword();
  const done = await resetStudentPassword({ db, classId: id, userId: userId.data, passwordHash: await hashPassword(password) });
  if (!done) throw new AppError("not_found", "That student is not in this class.");
  return NextResponse.json({ password });
});
