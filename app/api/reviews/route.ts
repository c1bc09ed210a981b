import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http";
import { dueReviews } from "@/lib/review/queue";

/** The caller's questions due for spaced review now, with article context; never a key. */
export const GET = route(async () => {
  const user = await requireUser();
  return NextResponse.json({ reviews: await dueReviews({ db: await getDb(), actor: user }) });
});
