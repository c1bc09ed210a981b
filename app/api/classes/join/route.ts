import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { joinClassSchema } from "@/lib/classes/inputs";
import { getDb } from "@/lib/db/client";
import { joinClassByCode } from "@/lib/db/classes";
import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http";

/** A student joins a class by its code; joining again changes nothing. */
export const POST = route(async (request: Request) => {
  const user = await requireUser();
  if (user.role !== "student") throw new AppError("forbidden", "Teachers cannot join classes as students.");
  const { code } = await readJson(request, joinClassSchema);
  const cls = await joinClassByCode({ db: await getDb(), userId: user.id, code });
  return NextResponse.json({ class: cls });
});
