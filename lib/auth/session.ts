/**
 * The one place pages, actions and routes get the signed-in user. A token is only a claim: it is
 * honoured while its account exists, its session was not signed out, and it carries the account's
 * current session version — one primary-key read per request, which also reads the role as it
 * is now, so a demotion counts on the next request. The busiest routes (start, autosave, submit)
 * fold that read into their own first statement instead: they take the bare claim
 * (`requireSessionClaim`) and the use case checks it (lib/db/users.ts `sessionUserColumn`).
 */
import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { getSessionCheck, type SessionClaim } from "@/lib/db/users";
import { AppError, signInRequired } from "@/lib/errors";
import { auth } from "./auth";
import { sessionClaimsSchema, type SessionUser } from "./config";

export type SignedInSession = { user: SessionUser; sid: string };

/** What the request's token claims, not yet checked against the database; null without a valid token. */
const getSessionClaim = cache(async (): Promise<SessionClaim | null> => {
  const claims = sessionClaimsSchema.safeParse(await auth());
  if (!claims.success) return null;
  return { userId: claims.data.user.id, sid: claims.data.sid, sv: claims.data.sv };
});

/** The signed-in user and their session id, or null. Memoized per request (React `cache`). */
export const getSession = cache(async (): Promise<SignedInSession | null> => {
  const claim = await getSessionClaim();
  if (!claim) return null;
  const user = await getSessionCheck({ db: await getDb(), claim });
  return user ? { user, sid: claim.sid } : null;
});

/**
 * For route handlers whose use case checks the session in its own first statement: the token's
 * claim, or a 401 when there is no valid token at all. The claim alone authorizes nothing.
 */
export async function requireSessionClaim(): Promise<SessionClaim> {
  const claim = await getSessionClaim();
  if (!claim) throw signInRequired();
  return claim;
}

/** The signed-in user, or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  return (await getSession())?.user ?? null;
}

/** For route handlers: the user, or a 401 JSON error. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw signInRequired();
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
