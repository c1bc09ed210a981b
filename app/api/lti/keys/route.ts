import { NextResponse } from "next/server";
import { requireTeacher } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http";
import { rotateSigningKey } from "@/lib/lti/keys";

/**
 * Rotates the tool's signing key: a new key signs from now on, the old one stays in the JWKS for a
 * day so nothing it signed fails. The key is the tool's, shared by every registration; teachers
 * are this app's administrators, so any teacher may rotate it.
 */
export const POST = route(async () => {
  await requireTeacher();
  return NextResponse.json({ kid: await rotateSigningKey(await getDb()) }, { status: 201 });
});
