import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getManagedAssignment } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { getItemAnalysis } from "@/lib/db/gradebook";
import { route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { closeExpired } from "@/lib/attempts/service";

type Context = { params: Promise<{ id: string }> };

/** Facility, discrimination and option counts per question. */
export const GET = route(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "assignment");
  const db = await getDb();
  const assignment = await getManagedAssignment({ db, id, actor: user });
  await closeExpired({ db, classId: assignment.classId });
  return NextResponse.json(await getItemAnalysis({ db, assignmentId: id }));
});
