import { NextResponse } from "next/server";
import { requireTeacher } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { createPlatform, listPlatformsForOwner } from "@/lib/db/lti-platforms";
import { readJson, route } from "@/lib/http";
import { platformInputSchema } from "@/lib/lti/platform-input";

/** The signed-in teacher's registered LMS platforms. */
export const GET = route(async () => {
  const user = await requireTeacher();
  return NextResponse.json({ platforms: await listPlatformsForOwner({ db: await getDb(), ownerId: user.id }) });
});

/** Registers an LMS platform (issuer, client id, deployments, its endpoints). */
export const POST = route(async (request: Request) => {
  const user = await requireTeacher();
  const input = await readJson(request, platformInputSchema);
  const platform = await createPlatform({ db: await getDb(), ownerId: user.id, ...input });
  return NextResponse.json({ platform }, { status: 201 });
});
