import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUserPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { readAttemptPage } from "./read";

/**
 * The signed-in user's attempt with its article, for the taking and results pages. Signed out →
 * sign-in and back; a malformed id or someone else's attempt → 404. The data itself: read.ts
 * (apart from auth, so a test can count its statements).
 */
export async function loadAttemptPage(rawId: string, returnTo: string) {
  const user = await requireUserPage(returnTo);
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  const page = await readAttemptPage({ db: await getDb(), actor: user, attemptId: id.data });
  if (!page) notFound();
  return { user, ...page };
}
