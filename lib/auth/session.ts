/**
 * The one place pages, actions and routes get the signed-in user. A token is only a claim: it is
 * honoured while its account exists, its session was not signed out, and it carries the account's
 * current session version — one primary-key read per request, which also reads the role as it
 * is now, so a demotion counts on the next request. The busiest routes (start, autosave, submit)
 * fold that read into their own first statement instead: they take the bare claim
 * (`requireSessionClaim`) and the use case checks it (lib/db/users.ts `sessionUserColumn`).
 */
import "server-only";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getSessionCheck, type SessionClaim } from "@/lib/db/users";
import { AppError, signInRequired } from "@/lib/errors";
import type { SessionUser } from "./config";
import { resolveAuthSecret } from "./secret";
import { claimsReader } from "./token-claims";

export type SignedInSession = { user: SessionUser; sid: string };

/**
 * Auth.js names the session cookie, and salts its key, by whether the site is served over https,
 * which it decides from AUTH_URL or else the forwarded protocol (https when none is given).
 */
function servedSecurely(requestHeaders: Headers): boolean {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  if (configured) return new URL(configured).protocol === "https:";
  return (requestHeaders.get("x-forwarded-proto") ?? "https").split(",")[0]!.trim() === "https";
}

const readClaims = claimsReader();

/**
 * What the request's token claims, not yet checked against the database; null without a valid
 * token. The token is decrypted straight from the cookie: `auth()` would also run the session
 * callbacks and encrypt a renewed token that a route handler cannot send back — more than half
 * of a busy route's CPU. Only the cookie is handed over, so a bearer header is not a session.
 * Each token is decrypted once per process (lib/auth/token-claims.ts).
 */
const getSessionClaim = cache(async (): Promise<SessionClaim | null> => {
  const requestHeaders = await headers();
  const params = {
    req: { headers: { cookie: requestHeaders.get("cookie") ?? "" } },
    secret: resolveAuthSecret(),
    secureCookie: servedSecurely(requestHeaders),
  };
  const token = await getToken({ ...params, raw: true });
  if (!token) return null;
  // Keyed by the cookie's name too: a token decrypts only under the name it was made for.
  return readClaims(`${params.secureCookie ? "__Secure-" : ""}${token}`, () => getToken(params));
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
