/**
 * Early redirects only: pages and route handlers check the session themselves (lib/auth/session.ts).
 */
import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";
import { resolveAuthSecret } from "@/lib/auth/secret";

const { auth } = NextAuth(() => ({ ...authConfig, secret: resolveAuthSecret() }));
export const proxy = auth;

export const config = {
  // Everything except API routes (they answer 401 JSON themselves), static files and images.
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|txt)$).*)"],
};
