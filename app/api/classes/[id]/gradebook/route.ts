import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getManagedClass } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { getGradebook } from "@/lib/db/gradebook";
import { route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { closeExpired } from "@/lib/attempts/service";

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "class");
  const db = await getDb();
  await getManagedClass({ db, id, actor: user });
  await closeExpired({ db, classId: id });
  return NextResponse.json(await getGradebook({ db, classId: id }));
});
