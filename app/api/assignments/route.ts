import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { assignmentStatus } from "@/lib/classes/assignment-rules";
import { listAssignmentsForStudent } from "@/lib/db/assignments";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

/** The signed-in student's assignments across their classes, each with its status. */
export const GET = route(async () => {
  const user = await requireUser();
  const now = new Date();
  const rows = await listAssignmentsForStudent({ db: await getDb(), userId: user.id });
  return NextResponse.json({
    assignments: rows.map((a) => ({ ...a, status: assignmentStatus(a, a, now) })),
  });
});
