import { NextResponse } from "next/server";
import { z } from "zod";
import { requireTeacher } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http";
import { syncRoster } from "@/lib/lti/roster";

const bodySchema = z.strictObject({ classId: z.uuid() });

/** Pulls the LMS course roster (NRPS) into the teacher's linked class. */
export const POST = route(async (request: Request) => {
  const user = await requireTeacher();
  const { classId } = await readJson(request, bodySchema);
  return NextResponse.json(await syncRoster({ db: await getDb(), classId, actor: user }));
});
