/**
 * Which LMS may frame Readcheck. Pages refuse framing (`frame-ancestors 'none'`) unless this
 * browser came through an LTI launch: the launch sets a cookie naming the platform's origins,
 * and proxy.ts then allows exactly those. Only the platform can make a browser hold the cookie
 * (it is set by a verified launch), so a third site still cannot frame Readcheck to clickjack.
 * Pure and database-free: proxy.ts imports it.
 */
import { servedOverHttps } from "@/lib/auth/config";

export const FRAME_COOKIE = "readcheck-lti-frame";
const FRAME_COOKIE_MAX_AGE_S = 12 * 60 * 60;
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

/** The origins a frame cookie names, ignoring anything that is not a plain origin. */
export function frameAncestorsFrom(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(" ")
    .filter((o) => ORIGIN.test(o))
    .slice(0, 5);
}

export function frameCookie(request: Request, origins: string[]) {
  const secure = servedOverHttps(request);
  return {
    name: FRAME_COOKIE,
    value: origins.filter((o) => ORIGIN.test(o)).join(" "),
    options: { httpOnly: true, path: "/", secure, sameSite: secure ? ("none" as const) : ("lax" as const), maxAge: FRAME_COOKIE_MAX_AGE_S },
  };
}
