import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getPreferences, savePreferences } from "@/lib/db/preferences";
import { readJson, route } from "@/lib/http";
import { preferencesPatchSchema } from "@/lib/reading/preferences";

export const dynamic = "force-dynamic";

/** The signed-in user's reading settings (text size, line spacing, read-aloud speed). */
export const GET = route(async () => {
  const user = await requireUser();
  return NextResponse.json({ preferences: await getPreferences({ db: await getDb(), userId: user.id }) });
});

export const PATCH = route(async (request: Request) => {
  const user = await requireUser();
  const changes = await readJson(request, preferencesPatchSchema);
  return NextResponse.json({ preferences: await savePreferences({ db: await getDb(), userId: user.id, changes }) });
});
