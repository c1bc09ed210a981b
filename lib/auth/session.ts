/**
 * The one place pages, actions and routes get the signed-in user. A token is only a claim: it is
 * honoured while its account exists, its session was not signed out, and it carries the account's
 * current session version — one primary-key read per request, which also reads the role as it
 * is now, so a demotion counts on the next request.
 */
import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { getSessionCheck } from "@/lib/db/users";
import { AppError } from "@/lib/errors";
import { auth } from "./auth";
import { sessionClaimsSchema, type SessionUser } from "./config";

export type SignedInSession = { user: SessionUser; sid: string };

/** The signed-in user and their session id, or null. Memoized per request (React `cache`). */
export const getSession = cache(async (): Promise<SignedInSession | null> => {
  const claims = sessionClaimsSchema.safeParse(await auth());
  if (!claims.success) return null;
  const { user, sid, sv } = claims.data;
  const row = await getSessionCheck({ db: await getDb(), id: user.id, sid });
  if (!row || row.revoked || row.sessionVersion !== sv) return null;
  return { user: { id: row.id, email: row.email, name: row.name, role: row.role }, sid };
});

/** The signed-in user, or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  return (await getSession())?.user ?? null;
}

/** For route handlers: the user, or a 401 JSON error. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("unauthorized", "Sign in to do this.");
  return user;
}

/** For pages: the user, or a redirect to sign-in that comes back here. */
export async function requireUserPage(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For route handlers that only teachers may use: 401 signed out, 403 for students. */
export async function requireTeacher(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "teacher") throw new AppError("forbidden", "Only teachers can do this.");
  return user;
}

/** For teacher pages: students are sent to their dashboard. */
export async function requireTeacherPage(returnTo: string): Promise<SessionUser> {
  const user = await requireUserPage(returnTo);
  if (user.role !== "teacher") redirect("/");
  return user;
}
