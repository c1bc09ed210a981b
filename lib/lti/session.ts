/**
 * Signs a launched user in: the same Auth.js session token the credentials sign-in issues (the
 * claims lib/auth/config.ts's jwt callback writes, encoded by Auth.js's own `encode`), so
 * lib/auth/session.ts checks it like any other. A launch is a cross-site POST that Auth.js's
 * sign-in endpoints would refuse (CSRF token), hence minting here.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { authConfig, servedOverHttps } from "@/lib/auth/config";
import { resolveAuthSecret } from "@/lib/auth/secret";
import type { LaunchUser } from "./provision";

export type CookieToSet = {
  name: string;
  value: string;
  options: { httpOnly: true; path: "/"; secure: boolean; sameSite: "none" | "lax"; maxAge: number };
};

/**
 * The session cookie for a launch. Over https it is SameSite=None; Secure, so it is sent inside
 * the LMS iframe (where the browser allows third-party cookies); over http (local development,
 * tests on one host) Lax, which browsers accept without Secure.
 */
export async function launchSessionCookie(request: Request, user: LaunchUser): Promise<CookieToSet> {
  const secure = servedOverHttps(request);
  const name = `${secure ? "__Secure-" : ""}authjs.session-token`;
  const maxAge = authConfig.session.maxAge;
  const value = await encode({
    salt: name,
    secret: resolveAuthSecret(),
    maxAge,
    token: { sub: user.id, name: user.name, email: user.email, uid: user.id, role: user.role, sv: user.sessionVersion, sid: randomUUID() },
  });
  return { name, value, options: { httpOnly: true, path: "/", secure, sameSite: secure ? "none" : "lax", maxAge } };
}
