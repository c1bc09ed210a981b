import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getSession } from "@/lib/auth/session";

/**
 * Auth.js's own endpoints, with two fixes in front:
 * - a callbackUrl that is not a path on this site is replaced before Auth.js sees it: its
 *   config check answers `javascript:…` or `\\evil.example` with a bare 500 (InvalidCallbackUrl);
 * - its session endpoint honours revocation (lib/auth/session.ts).
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname === "/api/auth/session" && !(await getSession())) return Response.json(null);
  return handlers.GET(withSafeCallback(request));
}

export async function POST(request: NextRequest) {
  return handlers.POST(withSafeCallback(request));
}

function withSafeCallback(request: NextRequest): NextRequest {
  const raw = request.nextUrl.searchParams.get("callbackUrl");
  if (raw === null) return request;
  const safe = safeCallbackUrl(raw, "/");
  if (safe === raw) return request;
  const url = request.nextUrl.clone();
  url.searchParams.set("callbackUrl", safe);
  return new NextRequest(url, request);
}
