import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Whether a teacher account may be created: always when no TEACHER_SIGNUP_CODE is configured,
 * otherwise only with that code (compared in constant time, case and spaces ignored).
 */
export function teacherSignupAllowed(configured: string | undefined, given: string | undefined): boolean {
  if (!configured) return true;
  const digest = (s: string) => createHash("sha256").update(s.trim().toLowerCase()).digest();
  return timingSafeEqual(digest(configured), digest(given ?? ""));
}
