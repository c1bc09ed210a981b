/**
 * The database-free half of the auth configuration, safe to load in proxy.ts. Providers that
 * need the database are added in lib/auth/auth.ts.
 */
import type { NextAuthConfig } from "next-auth";
import { z } from "zod";

export const sessionUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string().nullish(),
  role: z.enum(["student", "teacher"]),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

const PROTECTED_PREFIXES = ["/attempts", "/history", "/classes", "/teach"];

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
        token.uid = user.id;
        token.role = (user as { role?: string }).role;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") {
        Object.assign(session.user, { id: token.uid, role: token.role });
      }
      return session;
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
