import { NextResponse } from "next/server";
import { requireTeacher } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { deletePlatform, updatePlatform } from "@/lib/db/lti-platforms";
import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { platformInputSchema } from "@/lib/lti/platform-input";

type Context = { params: Promise<{ id: string }> };

const notYours = () => new AppError("not_found", "No such platform.");

/** Replaces a registration's details; another teacher's platform is a 404. */
export const PUT = route(async (request: Request, { params }: Context) => {
  const user = await requireTeacher();
  const id = await idParam(params, "platform");
  const input = await readJson(request, platformInputSchema);
  const platform = await updatePlatform({ db: await getDb(), id, ownerId: user.id, ...input });
  if (!platform) throw notYours();
  return NextResponse.json({ platform });
});

/** Removes a registration with its links (launches from it stop working). */
export const DELETE = route(async (_request: Request, { params }: Context) => {
  const user = await requireTeacher();
  const id = await idParam(params, "platform");
  if (!(await deletePlatform({ db: await getDb(), id, ownerId: user.id }))) throw notYours();
  return new NextResponse(null, { status: 204 });
});
