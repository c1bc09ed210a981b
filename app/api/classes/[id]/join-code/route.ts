import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getManagedClass } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { regenerateJoinCode } from "@/lib/db/classes";
import { route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

type Context = { params: Promise<{ id: string }> };

/** A new join code; the old one stops working at once. */
export const POST = route(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "class");
  const db = await getDb();
  await getManagedClass({ db, id, actor: user });
  const cls = await regenerateJoinCode({ db, id });
  return NextResponse.json({ joinCode: cls.joinCode });
});
