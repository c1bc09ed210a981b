import "server-only";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { auth } from "./auth";
import { sessionUserSchema, type SessionUser } from "./config";

/** The signed-in user, or null. The session is validated, never trusted as typed. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await auth();
  const parsed = sessionUserSchema.safeParse(session?.user);
  return parsed.success ? parsed.data : null;
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
