/**
 * Runs before every request:
 * - a path with malformed %-encoding is answered 400 here, because Next's router answers it
 *   with a bare 500 before any app code runs (vercel/next.js#92527);
 * - pages get a Content-Security-Policy with a fresh nonce (lib/security-headers.ts);
 * - signed-out visitors of protected pages are redirected to sign-in early. Pages and route
 *   handlers still check the session themselves (lib/auth/session.ts).
 */
import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig, sessionCookieConfig } from "@/lib/auth/config";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { FRAME_COOKIE, frameAncestorsFrom } from "@/lib/lti/framing";
import { API_CSP, newNonce, pageCsp } from "@/lib/security-headers";

const { auth } = NextAuth((request) => ({ ...authConfig, ...sessionCookieConfig(request), secret: resolveAuthSecret() }));

// With a lazily built config, auth(handler) resolves to the wrapped handler.
const withAuth = auth((request) => {
  const nonce = newNonce();
  const frameAncestors = frameAncestorsFrom(request.cookies.get(FRAME_COOKIE)?.value);
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development", frameAncestors });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
});

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (!wellEncoded(request.nextUrl.pathname)) {
    const message = "The address has a malformed %-escape.";
    const response = request.nextUrl.pathname.startsWith("/api/")
      ? NextResponse.json({ error: { code: "bad_request", message } }, { status: 400 })
      : new NextResponse(`${message}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
    response.headers.set("content-security-policy", API_CSP);
    return response;
  }
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  // Typed for route handlers; in a proxy the second argument is the fetch event.
  const response = await (await withAuth)(request, event as never);
  // Auth.js answers the early redirect itself; give that answer a policy too.
  if (response && !response.headers.has("content-security-policy")) response.headers.set("content-security-policy", API_CSP);
  return response;
}

function wellEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Everything but built assets and static files, which are not HTML and never encoded oddly.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|txt)$).*)"],
};
