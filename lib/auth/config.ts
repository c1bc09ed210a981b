/**
 * The database-free half of the auth configuration, safe to load in proxy.ts. Providers that
 * need the database are added in lib/auth/auth.ts.
 *
 * A session token carries the user id, a session id (`sid`, so one session can be signed out)
 * and the user's session version (`sv`, so all of them can). Neither is trusted here: the check
 * against the database is lib/auth/session.ts, on every request that serves data.
 */
import type { NextAuthConfig } from "next-auth";
import { z } from "zod";
import { safeCallbackUrl } from "./callback-url";

export const sessionUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string().nullish(),
  role: z.enum(["student", "teacher"]),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** True when the browser reached us over https (directly or through a proxy that says so). */
export function servedOverHttps(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwarded ? forwarded === "https" : new URL(request.url).protocol === "https:";
}

/**
 * Over https the session cookie is SameSite=None, so it is still sent inside an LMS's iframe
 * (LTI launches, lib/lti); cross-site writes are refused by origin checks (lib/http.ts, Next's
 * server actions, Auth.js's CSRF token), not by the cookie. Plain http keeps Lax: browsers drop
 * a SameSite=None cookie that is not Secure.
 */
export function sessionCookieConfig(request: Request | undefined): Pick<NextAuthConfig, "cookies"> {
  if (!request || !servedOverHttps(request)) return {};
  return { cookies: { sessionToken: { options: { sameSite: "none", secure: true } } } };
}

const PROTECTED_PREFIXES = ["/attempts", "/history", "/classes", "/teach", "/account"];

export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // Behind Vercel the host is trusted automatically; elsewhere we run behind our own proxy.
  trustHost: true,
  providers: [],
  callbacks: {
    // Used by proxy.ts to send visitors to sign-in early. Pages still check for themselves.
    authorized({ auth, request }) {
      const signedIn = Boolean(auth?.user);
      return signedIn || !PROTECTED_PREFIXES.some((p) => request.nextUrl.pathname.startsWith(p));
    },
    jwt({ token, user }) {
      if (user) {
        const u = user as { id?: string; role?: string; sessionVersion?: number };
        token.uid = u.id;
        token.role = u.role;
        token.sv = u.sessionVersion ?? 0;
        token.sid = crypto.randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") {
        Object.assign(session.user, { id: token.uid, role: token.role });
        Object.assign(session, { sid: token.sid, sv: token.sv });
      }
      return session;
    },
    // Auth.js's default throws on a callbackUrl that is not a URL ("\\evil.example" → 500):
    // anything that is not a path on this site is ignored.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackUrl(url, "/")}`;
    },
  },
  logger: {
    // Failed sign-ins are expected traffic, not stack traces in the log.
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin") return;
      console.error(`[auth] ${type ?? error.name}: ${error.message}`);
    },
  },
} satisfies NextAuthConfig;
